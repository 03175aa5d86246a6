import { useState } from 'react';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import type { DialogProps } from '../dialogs/DialogHost';
import { DialogButton, ModalDialog, PageError } from '../dialogs/ModalDialog';
import { NO_POINTS, findTarget, sendCommand } from './failoverTarget';
import './failover.css';
import { LATEST, RecoveryPointSelect } from './RecoveryPointSelect';

/**
 * "Test Failover" on a replica: pick a recovery point, and the engine creates "<VM> - Test" (Off, on the
 * Test Failover switch, Failover TCP/IP applied). Replication continues (hyperv-replica.md §6.2).
 */
export default function TestFailoverDialog({ request, onClose }: DialogProps<'testFailover'>) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const points = useLab((lab) => findTarget(lab, request.host, request.vm)?.rel.recoveryPoints ?? NO_POINTS);
  const [point, setPoint] = useState(LATEST);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    const refusal = await sendCommand({ type: 'Start-VMFailover', host: request.host, vm: request.vm, asTest: true, recoveryPointId: point === LATEST ? null : point });
    setBusy(false);
    if (refusal) return setError(refusal.text(locale));
    onClose();
  };

  const footer = (
    <>
      <DialogButton onClick={() => void run()} disabled={busy}>
        {t('failover.test.button')}
      </DialogButton>
      <DialogButton onClick={onClose}>{t('button.cancel')}</DialogButton>
    </>
  );
  return (
    <ModalDialog title={t('failover.test.title')} onClose={onClose} className="modal--small failover-dialog" footer={footer} testId="test-failover-dialog">
      <p className="dlg-hint">{t('failover.test.intro', { vm: request.vm })}</p>
      <RecoveryPointSelect points={points} value={point} onChange={setPoint} disabled={busy} />
      <PageError message={error} label={t('dialog.pageError')} />
    </ModalDialog>
  );
}
