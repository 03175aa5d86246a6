/** Console strings (menus, message boxes, details) of the lab feature; dialog strings live in i18n/dialogs. */
export const labUiEn = {} as const;

export const labUiFr: Record<keyof typeof labUiEn, string> = {};
