import type { DialogTranslate } from '../../../../i18n/dialogs';
import type { WizardContext, WizardFields } from '../wizardMachine';

/** What every page gets: the fields it edits and the wizard's context. Pages never send commands. */
export interface PageProps {
  fields: WizardFields;
  set: (patch: Partial<WizardFields>) => void;
  ctx: WizardContext;
  t: DialogTranslate;
}
