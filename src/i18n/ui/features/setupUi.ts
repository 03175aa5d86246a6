/** Console strings (menus, message boxes, details) of the setup feature; dialog strings live in i18n/dialogs. */
export const setupUiEn = {} as const;

export const setupUiFr: Record<keyof typeof setupUiEn, string> = {};
