import { useState } from 'react';
import { showMessageBox } from '../../actions/messageBox';
import { labStore, useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import type { DialogProps } from '../dialogs/DialogHost';
import { DialogButton, ModalDialog, PageError } from '../dialogs/ModalDialog';
import { formatDataLoss } from './dataLoss';
import { findTarget } from './failoverTarget';
import './failover.css';
import { PlannedChecklist } from './PlannedChecklist';
import { usePlannedFailover } from './usePlannedFailover';

/**
 * "Planned Failover" on a primary that is turned off (hyperv-replica.md §6.3): the checklist runs line by
 * line with the engine's commands; a VM still running gets the product's "not prepared" box; the completion
 * box says that nothing was lost (the engine's failover record).
 */
export default function PlannedFailoverDialog({ request, onClose }: DialogProps<'plannedFailover'>) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  // Captured once: reversing swaps the relationship's ends while the dialog runs.
  const [target] = useState(() => {
    const found = findTarget(labStore.getState(), request.host, request.vm);
    return { relId: found?.rel.id ?? '', replicaHost: found?.rel.replicaHost ?? '' };
  });
  const replicaFqdn = useLab((lab) => lab.hosts[target.replicaHost]?.fqdn ?? target.replicaHost);
  const [reverse, setReverse] = useState(false);
  const [startVm, setStartVm] = useState(true);
  const run = usePlannedFailover(request, target.relId);
  const [finished, setFinished] = useState(false);
  const title = t('failover.planned.title');

  const failOver = async () => {
    const failure = await run.start({ reverse, start: startVm });
    if (failure) {
      // The product answers a VM that is still running with its own error box (failover/12.png).
      if (failure.step === 'vmOff') await showMessageBox({ icon: 'error', title: { raw: title }, heading: { raw: failure.refusal.text(locale) }, buttons: ['close'], cancel: 'close' });
      return;
    }
    if (!run.isMounted()) return;
    setFinished(true);
    const record = run.failoverRecord();
    const loss = record && record.lostWrites > 0 ? formatDataLoss(record, locale, labStore.getState().startDate) : null;
    const lossText = loss ? t('failover.unplanned.done.loss', { writes: loss.writes, size: loss.megabytes, from: loss.from, to: loss.to }) : t('failover.planned.done.loss');
    const started = startVm ? `${t('failover.planned.done.started', { server: replicaFqdn })} ` : '';
    await showMessageBox({ icon: 'info', title: { raw: title }, heading: { raw: t('failover.planned.done.heading') }, body: { raw: started + lossText }, buttons: ['close'], cancel: 'close' });
    onClose();
  };
  const failure = run.failure;
  const inline = failure && failure.step !== 'vmOff' ? failure.refusal.text(locale) : null;

  const busy = run.running || finished;
  const footer = (
    <>
      <DialogButton onClick={() => void failOver()} disabled={busy}>
        {t('failover.button.failOver')}
      </DialogButton>
      <DialogButton onClick={onClose} disabled={run.running}>
        {t('button.cancel')}
      </DialogButton>
    </>
  );
  return (
    <ModalDialog title={title} onClose={onClose} className="modal--planned failover-dialog" footer={footer} testId="planned-failover-dialog">
      <div className="pf-body">
        <p className="dlg-hint">{t('failover.planned.intro', { vm: request.vm })}</p>
        <label className="pf-option">
          <input type="checkbox" checked={reverse} disabled={busy} onChange={(e) => setReverse(e.target.checked)} />
          {t('failover.planned.reverse')}
        </label>
        <label className="pf-option">
          <input type="checkbox" checked={startVm} disabled={busy} onChange={(e) => setStartVm(e.target.checked)} />
          {t('failover.planned.start')}
        </label>
        <PlannedChecklist statuses={run.statuses} />
        <PageError message={inline} label={t('dialog.pageError')} />
      </div>
    </ModalDialog>
  );
}
