/** Strings of the vmSettings dialogs. Keys are prefixed 'vmSettings.'. */
export const vmSettingsEn = {} as const;

export const vmSettingsFr: Record<keyof typeof vmSettingsEn, string> = {};
