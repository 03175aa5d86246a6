import { useId, useState } from 'react';
import { actionEnv } from '../../../actions/env';
import type { DialogKey } from '../../../i18n/dialogs/en';
import { formatError } from '../../../i18n/messages/format';
import { useUi } from '../../../store/uiStore';
import { useDialogT } from '../../common/useDialogT';
import type { DialogProps } from '../../dialogs/DialogHost';
import { WizardFrame, type WizardStep } from '../common/WizardFrame';
import '../enable-replication/wizard.css';

const MODES = ['Register', 'Restore', 'Copy'] as const;
type Mode = (typeof MODES)[number];
const DEFAULT_FOLDER = 'C:\\Users\\Public\\Documents\\Hyper-V';

/**
 * Import Virtual Machine… on a server: Locate Folder (a dry run of `Import-VM` finds the export), Select
 * Virtual Machine, Choose Import Type (Register in place / Restore / Copy with a new ID), the folder for
 * Restore and Copy, Summary; Finish sends `Import-VM`. The imported VM is Off.
 */
export default function ImportVmWizard({ request, onClose }: DialogProps<'importVm'>) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const ids = { folder: useId(), dest: useId(), mode: useId() };
  const [current, setCurrent] = useState(0);
  const [folder, setFolder] = useState('D:\\Export\\');
  const [found, setFound] = useState<{ vm: string } | null>(null);
  const [mode, setMode] = useState<Mode>('Register');
  const [dest, setDest] = useState(DEFAULT_FOLDER);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const stepIds = ['before', 'folder', 'select', 'type', ...(mode === 'Register' ? [] : ['destination']), 'summary'];
  const steps: WizardStep[] = stepIds.map((id) => ({ id, label: t(`importWizard.step.${id}` as DialogKey) }));
  const step = stepIds[current] ?? 'before';
  const command = (dryRun: boolean) =>
    ({ type: 'Import-VM', host: request.host, path: folder.trim(), mode, ...(mode === 'Register' ? {} : { destinationPath: dest.trim() }), ...(dryRun ? { dryRun } : {}) }) as const;

  const go = (to: number) => {
    setError(null);
    setCurrent(to);
  };
  const next = async () => {
    if (step === 'folder') {
      if (folder.trim() === '') return setError(t('importWizard.folder.required'));
      setBusy(true);
      const result = await actionEnv().execute({ type: 'Import-VM', host: request.host, path: folder.trim(), mode: 'Register', dryRun: true });
      setBusy(false);
      if (!result.ok) return setError(formatError(locale, result.error));
      const data = (result.data ?? {}) as { vm?: unknown };
      setFound({ vm: typeof data.vm === 'string' ? data.vm : '' });
      return go(current + 1);
    }
    if (step === 'type' || step === 'destination') {
      if (step === 'type' && mode !== 'Register') return go(current + 1);
      setBusy(true);
      const result = await actionEnv().execute(command(true));
      setBusy(false);
      if (!result.ok) return setError(formatError(locale, result.error));
    }
    go(current + 1);
  };
  const finish = async () => {
    setBusy(true);
    const result = await actionEnv().execute(command(false));
    setBusy(false);
    if (!result.ok) return setError(formatError(locale, result.error));
    onClose();
  };

  const headings: Record<string, DialogKey> = {
    folder: 'importWizard.folder.heading',
    select: 'importWizard.select.heading',
    type: 'importWizard.type.heading',
    destination: 'importWizard.destination.heading',
    summary: 'importWizard.summary.heading',
  };
  const headingKey = headings[step];
  return (
    <WizardFrame
      title={t('importWizard.title')}
      steps={steps}
      current={current}
      heading={headingKey ? t(headingKey) : undefined}
      error={error}
      busy={busy}
      canPrevious={current > 0}
      canNext={step !== 'summary'}
      canFinish={step === 'summary'}
      onPrevious={() => go(current - 1)}
      onNext={() => void next()}
      onFinish={() => void finish()}
      onCancel={onClose}
    >
      {step === 'before' && <p className="dlg-hint">{t('importWizard.before.intro')}</p>}
      {step === 'folder' && (
        <>
          <p className="dlg-hint">{t('importWizard.folder.intro')}</p>
          <label htmlFor={ids.folder} className="ew-block-label">
            {t('importWizard.folder.label')}
          </label>
          <input id={ids.folder} className="dlg-input ew-wide" value={folder} onChange={(e) => setFolder(e.target.value)} autoFocus />
        </>
      )}
      {step === 'select' && (
        <>
          <p>{t('importWizard.select.intro')}</p>
          <table className="ew-summary" aria-label={t('importWizard.select.heading')}>
            <thead>
              <tr>
                <th scope="col">{t('importWizard.select.name')}</th>
              </tr>
            </thead>
            <tbody>
              <tr aria-selected="true">
                <td>{found?.vm}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}
      {step === 'type' && (
        <>
          <p>{t('importWizard.type.intro')}</p>
          {MODES.map((m) => (
            <div className="ew-option" key={m}>
              <input id={`${ids.mode}-${m}`} type="radio" name="iw-mode" checked={mode === m} onChange={() => setMode(m)} />
              <label htmlFor={`${ids.mode}-${m}`}>{t(`importWizard.type.${m}`)}</label>
            </div>
          ))}
        </>
      )}
      {step === 'destination' && (
        <>
          <p className="dlg-hint">{t('importWizard.destination.intro')}</p>
          <label htmlFor={ids.dest} className="ew-block-label">
            {t('importWizard.destination.label')}
          </label>
          <input id={ids.dest} className="dlg-input ew-wide" value={dest} onChange={(e) => setDest(e.target.value)} autoFocus />
        </>
      )}
      {step === 'summary' && (
        <>
          <p className="dlg-hint">{t('importWizard.summary.intro')}</p>
          <table className="ew-summary">
            <tbody>
              <tr>
                <th scope="row">{t('importWizard.summary.vm')}</th>
                <td>{found?.vm}</td>
              </tr>
              <tr>
                <th scope="row">{t('importWizard.summary.folder')}</th>
                <td>{folder.trim()}</td>
              </tr>
              <tr>
                <th scope="row">{t('importWizard.summary.type')}</th>
                <td>{t(`importWizard.type.${mode}`)}</td>
              </tr>
              {mode !== 'Register' && (
                <tr>
                  <th scope="row">{t('importWizard.summary.destination')}</th>
                  <td>{dest.trim()}</td>
                </tr>
              )}
            </tbody>
          </table>
          <p className="dlg-hint">{t('importWizard.summary.finish')}</p>
        </>
      )}
    </WizardFrame>
  );
}
