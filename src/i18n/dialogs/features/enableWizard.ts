/** Strings of the enableWizard dialogs. Keys are prefixed 'enableWizard.'. */
export const enableWizardEn = {} as const;

export const enableWizardFr: Record<keyof typeof enableWizardEn, string> = {};
