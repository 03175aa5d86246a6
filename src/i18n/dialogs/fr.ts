import type { DialogKey } from './en';
import { commonFr } from './features/common';
import { enableWizardFr } from './features/enableWizard';
import { eventViewerFr } from './features/eventViewer';
import { exportImportFr } from './features/exportImport';
import { failoverFr } from './features/failover';
import { hyperVSettingsFr } from './features/hyperVSettings';
import { labToolsFr } from './features/labTools';
import { moveWizardFr } from './features/moveWizard';
import { vmSettingsFr } from './features/vmSettings';

/** French dialog strings in Microsoft's vocabulary; typed by the English keys, so none can be missing. */
export const dialogsFr: Record<DialogKey, string> = {
  ...commonFr,
  ...hyperVSettingsFr,
  ...labToolsFr,
  ...enableWizardFr,
  ...vmSettingsFr,
  ...failoverFr,
  ...eventViewerFr,
  ...exportImportFr,
  ...moveWizardFr,
};
