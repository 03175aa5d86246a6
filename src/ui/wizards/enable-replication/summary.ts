import type { DialogKey, DialogTranslate } from '../../../i18n/dialogs';
import { recoverySettings, type WizardContext, type WizardFields } from './wizardMachine';

export interface SummaryRow {
  label: DialogKey;
  value: string;
}

/**
 * The "Completing the … wizard" table (reference §2 page 8), in the wizard's row order. Reverse has no
 * VHD row, and an initial-copy row only when it asked for one; rows about extra points only when kept.
 */
export function summaryRows(ctx: WizardContext, f: WizardFields, t: DialogTranslate, formatDate: (at: number) => string, serverFqdn: string): SummaryRow[] {
  const yesNo = (b: boolean) => t(b ? 'enableWizard.summary.yes' : 'enableWizard.summary.no');
  const { recoveryHistory, vssSnapshotFrequencyHour } = recoverySettings(f, ctx.mode);
  const rows: SummaryRow[] = [
    { label: 'enableWizard.summary.server', value: serverFqdn },
    { label: 'enableWizard.summary.port', value: f.port },
    { label: 'enableWizard.summary.compress', value: yesNo(f.compression) },
    { label: 'enableWizard.summary.auth', value: t(f.auth === 'Kerberos' ? 'enableWizard.summary.kerberos' : 'enableWizard.summary.certificate') },
  ];
  if (ctx.mode === 'enable') rows.push({ label: 'enableWizard.summary.excluded', value: f.excluded.length ? f.excluded.join(', ') : t('enableWizard.summary.none') });
  rows.push({ label: 'enableWizard.summary.frequency', value: t(`enableWizard.frequency.${f.frequencySec}`) });
  rows.push({ label: 'enableWizard.summary.additional', value: yesNo(f.additional) });
  if (f.additional) {
    rows.push({ label: 'enableWizard.summary.coverage', value: t('enableWizard.summary.coverageValue', { hours: recoveryHistory }) });
    rows.push({ label: 'enableWizard.summary.vss', value: vssSnapshotFrequencyHour === null ? yesNo(false) : t('enableWizard.summary.vssValue', { hours: vssSnapshotFrequencyHour }) });
  }
  if (ctx.mode !== 'reverse' || ctx.needsInitialCopy) rows.push({ label: 'enableWizard.summary.method', value: methodText(f, t, formatDate) });
  return rows;
}

export function methodText(f: Pick<WizardFields, 'method' | 'exportPath' | 'startLater' | 'startAt'>, t: DialogTranslate, formatDate: (at: number) => string): string {
  if (f.method === 'ExternalMedia') return t('enableWizard.summary.media', { path: f.exportPath.trim() });
  const date = formatDate(f.startAt);
  if (f.method === 'ExistingVm') return f.startLater ? t('enableWizard.summary.existingLater', { date }) : t('enableWizard.summary.existing');
  return f.startLater ? t('enableWizard.summary.networkLater', { date }) : t('enableWizard.summary.network');
}
