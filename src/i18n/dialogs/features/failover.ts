/** Strings of the failover dialogs. Keys are prefixed 'failover.'. */
export const failoverEn = {} as const;

export const failoverFr: Record<keyof typeof failoverEn, string> = {};
