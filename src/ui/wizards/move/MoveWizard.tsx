import { useId, useState } from 'react';
import { actionEnv } from '../../../actions/env';
import type { DialogKey } from '../../../i18n/dialogs/en';
import { formatError } from '../../../i18n/messages/format';
import { labStore } from '../../../store/labStore';
import { useUi } from '../../../store/uiStore';
import { useDialogT } from '../../common/useDialogT';
import type { DialogProps } from '../../dialogs/DialogHost';
import { DialogButton } from '../../dialogs/ModalDialog';
import { WizardFrame, type WizardStep } from '../common/WizardFrame';
import { vmByName } from '../enable-replication/useVm';
import '../enable-replication/wizard.css';

const STEPS = ['before', 'type', 'options', 'folder', 'summary'] as const;
type StepId = (typeof STEPS)[number];

const GIB = 1024 ** 3;

/** The folder a disk lives in (`D:\Replica\…\Vm1.vhdx` → `D:\Replica\…`). */
const folderOf = (path: string) => path.replace(/\\[^\\]*$/, '');

/**
 * Move Wizard, the course's path only (« Déplacement du réplica (le stockage) »): Move the virtual machine's
 * storage ▸ all of its data to a single location ▸ the folder ▸ Finish sends `Move-VMStorage`. Live migration
 * and the other storage options show, greyed as not simulated. Next > on the folder page checks the
 * destination volume and its room (a dry run), so a refusal stays on that page with nothing changed.
 */
export default function MoveWizard({ request, onClose }: DialogProps<'move'>) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const ids = { skip: useId(), vm: useId(), storage: useId(), single: useId(), different: useId(), vhds: useId(), folder: useId(), leave: useId() };
  const [vm] = useState(() => vmByName(labStore.getState(), request.host, request.vm));
  const [current, setCurrent] = useState(0);
  const [skip, setSkip] = useState(false);
  const [folder, setFolder] = useState(() => (vm?.disks[0] ? folderOf(vm.disks[0].path) : ''));
  const [leaveSource, setLeaveSource] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const steps: WizardStep[] = STEPS.map((id) => ({ id, label: t(`moveWizard.step.${id}` as DialogKey) }));
  const step: StepId = STEPS[current] ?? 'before';
  const bytes = vm?.disks.reduce((s, d) => s + d.usedBytes, 0) ?? 0;
  const volumes = [...new Set(vm?.disks.map((d) => d.path.slice(0, 2).toUpperCase()) ?? [])].join(', ');
  const command = (dryRun: boolean) =>
    ({ type: 'Move-VMStorage', host: request.host, vm: request.vm, destinationStoragePath: folder.trim(), ...(leaveSource ? { labLeaveSource: true } : {}), ...(dryRun ? { dryRun } : {}) }) as const;

  const go = (to: number) => {
    setError(null);
    setCurrent(to);
  };
  const next = async () => {
    if (step !== 'folder') return go(current + 1);
    if (folder.trim() === '') return setError(t('moveWizard.folder.required'));
    setBusy(true);
    const result = await actionEnv().execute(command(true));
    setBusy(false);
    if (!result.ok) return setError(formatError(locale, result.error));
    go(current + 1);
  };
  const finish = async () => {
    setBusy(true);
    const result = await actionEnv().execute(command(false));
    setBusy(false);
    if (!result.ok) return setError(formatError(locale, result.error));
    onClose();
  };

  const heading = step === 'folder' ? t('moveWizard.heading.folder') : step === 'summary' ? t('moveWizard.heading.summary') : undefined;
  const notSimulated = t('moveWizard.notSimulated');
  return (
    <WizardFrame
      title={t('moveWizard.title', { vm: request.vm })}
      steps={steps}
      current={current}
      heading={heading}
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
      {step === 'before' && (
        <>
          <p className="dlg-hint">{t('moveWizard.before.intro')}</p>
          <div className="ew-bottom">
            <input id={ids.skip} type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} />
            <label htmlFor={ids.skip}>{t('moveWizard.before.dontShow')}</label>
          </div>
        </>
      )}
      {step === 'type' && (
        <>
          <p>{t('moveWizard.type.question')}</p>
          <div className="ew-option" title={notSimulated}>
            <input id={ids.vm} type="radio" name="mw-type" disabled checked={false} readOnly />
            <label htmlFor={ids.vm}>{t('moveWizard.type.vm')}</label>
            <p className="dlg-hint ew-indent">{t('moveWizard.type.vmHint')}</p>
          </div>
          <div className="ew-option">
            <input id={ids.storage} type="radio" name="mw-type" checked readOnly />
            <label htmlFor={ids.storage}>{t('moveWizard.type.storage')}</label>
            <p className="dlg-hint ew-indent">{t('moveWizard.type.storageHint')}</p>
          </div>
        </>
      )}
      {step === 'options' && (
        <>
          <p>{t('moveWizard.options.question')}</p>
          <div className="ew-option">
            <input id={ids.single} type="radio" name="mw-option" checked readOnly />
            <label htmlFor={ids.single}>{t('moveWizard.options.single')}</label>
          </div>
          <div className="ew-option" title={notSimulated}>
            <input id={ids.different} type="radio" name="mw-option" disabled checked={false} readOnly />
            <label htmlFor={ids.different}>{t('moveWizard.options.different')}</label>
          </div>
          <div className="ew-option" title={notSimulated}>
            <input id={ids.vhds} type="radio" name="mw-option" disabled checked={false} readOnly />
            <label htmlFor={ids.vhds}>{t('moveWizard.options.vhdsOnly')}</label>
          </div>
        </>
      )}
      {step === 'folder' && (
        <>
          <p className="dlg-hint">{t('moveWizard.folder.intro', { volumes })}</p>
          <label htmlFor={ids.folder} className="ew-block-label">
            {t('moveWizard.folder.label')}
          </label>
          <div className="ew-inline">
            <input id={ids.folder} className="dlg-input ew-wide" value={folder} onChange={(e) => setFolder(e.target.value)} autoFocus />
            <DialogButton disabled title={notSimulated} onClick={() => undefined}>
              {t('button.browse')}
            </DialogButton>
          </div>
          <p className="dlg-hint">{t('moveWizard.folder.space', { size: (Math.round((bytes / GIB) * 10) / 10).toLocaleString(locale) })}</p>
          <fieldset className="dlg-group">
            <legend>{t('moveWizard.lab.note')}</legend>
            <div className="ew-check">
              <input id={ids.leave} type="checkbox" checked={leaveSource} onChange={(e) => setLeaveSource(e.target.checked)} />
              <label htmlFor={ids.leave}>{t('moveWizard.lab.leaveSource')}</label>
            </div>
          </fieldset>
        </>
      )}
      {step === 'summary' && (
        <>
          <p className="dlg-hint">{t('moveWizard.summary.intro')}</p>
          <p>{t('moveWizard.summary.description')}</p>
          <table className="ew-summary">
            <tbody>
              <tr>
                <th scope="row">{t('moveWizard.summary.vm')}</th>
                <td>{request.vm}</td>
              </tr>
              <tr>
                <th scope="row">{t('moveWizard.summary.type')}</th>
                <td>{t('moveWizard.type.storage')}</td>
              </tr>
              <tr>
                <th scope="row">{t('moveWizard.summary.option')}</th>
                <td>{t('moveWizard.options.single')}</td>
              </tr>
              <tr>
                <th scope="row">{t('moveWizard.summary.destination')}</th>
                <td>{folder.trim()}</td>
              </tr>
              {leaveSource && (
                <tr>
                  <th scope="row">{t('moveWizard.summary.leaveSource')}</th>
                  <td>{t('moveWizard.summary.leaveSourceYes')}</td>
                </tr>
              )}
            </tbody>
          </table>
          <p className="dlg-hint">{t('moveWizard.summary.finish')}</p>
          {busy && (
            <p className="ew-progress" role="status">
              {t('moveWizard.progress')}
            </p>
          )}
        </>
      )}
    </WizardFrame>
  );
}
