/** Console strings (menus, message boxes, details) of the failover feature; dialog strings live in i18n/dialogs. */
export const failoverUiEn = {} as const;

export const failoverUiFr: Record<keyof typeof failoverUiEn, string> = {};
