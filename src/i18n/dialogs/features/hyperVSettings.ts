/** Strings of the hyperVSettings dialogs. Keys are prefixed 'hyperVSettings.'. */
export const hyperVSettingsEn = {} as const;

export const hyperVSettingsFr: Record<keyof typeof hyperVSettingsEn, string> = {};
