import { useState } from 'react';
import { showMessageBox } from '../../actions/messageBox';
import type { MessageBoxSpec } from '../../actions/types';
import type { DialogTranslate } from '../../i18n/dialogs';
import type { Locale } from '../../i18n/ui';
import type { FailoverRecord } from '../../protocol';
import { labStore, useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import { useT } from '../common/useT';
import type { DialogProps } from '../dialogs/DialogHost';
import { DialogButton, ModalDialog, PageError } from '../dialogs/ModalDialog';
import { MessageBoxIcon } from '../dialogs/MessageBoxIcon';
import { formatDataLoss } from './dataLoss';
import { findTarget, NO_POINTS, sendCommand, waitForLab } from './failoverTarget';
import './failover.css';
import { LATEST, RecoveryPointSelect } from './RecoveryPointSelect';
import { useClosedSignal } from './useClosedSignal';

/**
 * "Failover" (unplanned) on a replica: the data-loss warning and the recovery point. The engine refuses it
 * while the primary still runs on a reachable host; the console starts the VM (hyperv-replica.md §6.4).
 * The completion box says what was lost, from the engine's own account.
 */
export default function FailoverDialog({ request, onClose }: DialogProps<'failover'>) {
  const t = useDialogT();
  const ui = useT();
  const locale = useUi((ui) => ui.locale);
  const points = useLab((lab) => findTarget(lab, request.host, request.vm)?.rel.recoveryPoints ?? NO_POINTS);
  const [point, setPoint] = useState(LATEST);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const closed = useClosedSignal();

  const run = async () => {
    setBusy(true);
    setError(null);
    const refusal = await sendCommand({ type: 'Start-VMFailover', host: request.host, vm: request.vm, recoveryPointId: point === LATEST ? null : point, startVm: true });
    if (refusal) {
      setBusy(false);
      return setError(refusal.text(locale));
    }
    const failedOver = (lab: Parameters<typeof findTarget>[0]) => findTarget(lab, request.host, request.vm)?.rel.failover ?? null;
    await waitForLab((lab) => failedOver(lab) !== null, closed()).catch(() => undefined);
    const record = failedOver(labStore.getState());
    onClose();
    if (record) void showMessageBox(completionBox(record, t, locale));
  };

  const footer = (
    <>
      <DialogButton onClick={() => void run()} disabled={busy}>
        {t('failover.button.failOver')}
      </DialogButton>
      <DialogButton onClick={onClose}>{t('button.cancel')}</DialogButton>
    </>
  );
  return (
    <ModalDialog title={t('failover.unplanned.title')} onClose={onClose} className="modal--small failover-dialog" footer={footer} testId="failover-dialog">
      <div className="failover-warning">
        <MessageBoxIcon icon="warning" label={ui('msgbox.icon.warning')} />
        <p>{t('failover.unplanned.warning', { vm: request.vm })}</p>
      </div>
      <RecoveryPointSelect points={points} value={point} onChange={setPoint} disabled={busy} />
      <p className="dlg-hint">{t('failover.unplanned.hint')}</p>
      <PageError message={error} label={t('dialog.pageError')} />
    </ModalDialog>
  );
}

function completionBox(record: FailoverRecord, t: DialogTranslate, locale: Locale): MessageBoxSpec {
  const text = formatDataLoss(record, locale, labStore.getState().startDate);
  const body = text.lost ? t('failover.unplanned.done.loss', { writes: text.writes, size: text.megabytes, from: text.from, to: text.to }) : t('failover.unplanned.done.noLoss');
  return {
    icon: text.lost ? 'warning' : 'info',
    title: { raw: t('failover.unplanned.title') },
    heading: { raw: t('failover.unplanned.done.heading') },
    body: { raw: body },
    buttons: ['close'],
    cancel: 'close',
  };
}
