/**
 * English strings of the dialogs and wizards. They load with the dialogs (a lazy chunk, performance
 * T11), so both languages are bundled here; the console's own strings stay in `i18n/ui`.
 */
import { commonEn } from './features/common';
import { enableWizardEn } from './features/enableWizard';
import { eventViewerEn } from './features/eventViewer';
import { exportImportEn } from './features/exportImport';
import { failoverEn } from './features/failover';
import { hyperVSettingsEn } from './features/hyperVSettings';
import { labToolsEn } from './features/labTools';
import { moveWizardEn } from './features/moveWizard';
import { vmSettingsEn } from './features/vmSettings';

export const dialogsEn = {
  ...commonEn,
  ...hyperVSettingsEn,
  ...labToolsEn,
  ...enableWizardEn,
  ...vmSettingsEn,
  ...failoverEn,
  ...eventViewerEn,
  ...exportImportEn,
  ...moveWizardEn,
} as const;

export type DialogKey = keyof typeof dialogsEn;
