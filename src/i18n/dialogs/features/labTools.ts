/** Strings of the labTools dialogs. Keys are prefixed 'labTools.'. */
export const labToolsEn = {} as const;

export const labToolsFr: Record<keyof typeof labToolsEn, string> = {};
