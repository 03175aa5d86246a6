import { useState, type ReactNode } from 'react';
import { labStore, useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import { useT } from '../common/useT';
import { formatLabDateTime, formatUptime, INTL_LOCALE } from '../details/format';
import { HealthValue } from '../details/HealthValue';
import type { DialogProps } from '../dialogs/DialogHost';
import { DialogButton, ModalDialog, PageError } from '../dialogs/ModalDialog';
import { findTarget, findVm, sendCommand, waitForLab } from '../failover/failoverTarget';
import { selectHealthView, statisticsWindow } from './healthView';
import './replicationHealth.css';

type Row = [label: string, value: ReactNode];

function Rows({ rows }: { rows: readonly Row[] }) {
  return (
    <dl className="rh-rows">
      {rows.map(([label, value]) => (
        <div key={label} className="rh-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * "Replication Health for <VM>" (hyperv-replica.md §4.3): state, mode, servers, health, the statistics of
 * the current monitoring interval up to "To time" (Refresh moves it), pending data or test failover.
 */
export default function ReplicationHealthDialog({ request, onClose }: DialogProps<'replicationHealth'>) {
  const t = useDialogT();
  const ui = useT();
  const locale = useUi((s) => s.locale);
  const startDate = useLab((lab) => lab.startDate);
  const vmKey = useLab((lab) => findVm(lab, request.host, request.vm)?.key ?? '');
  const [toTime, setToTime] = useState(() => labStore.getState().now);
  // The view is taken at "To time"; Refresh (or Reset Statistics) takes a new one.
  const [view, setView] = useState(() => selectHealthView(labStore.getState(), vmKey, toTime));
  const [error, setError] = useState<string | null>(null);
  const refresh = () => {
    const now = labStore.getState().now;
    setToTime(now);
    setView(selectHealthView(labStore.getState(), vmKey, now));
  };
  const reset = async () => {
    // The relationship Reset-VMReplicationStatistics resets: the VM's own (Get-VMReplication's answer).
    const old = findTarget(labStore.getState(), request.host, request.vm)?.rel;
    const relId = old?.id ?? '';
    const refusal = await sendCommand({ type: 'Reset-VMReplicationStatistics', host: request.host, vm: request.vm });
    if (refusal) return setError(refusal.text(locale));
    setError(null);
    await waitForLab((lab) => lab.relationships[relId] !== old).catch(() => undefined);
    refresh();
  };

  const time = (at: number | null) => (at === null ? '' : formatLabDateTime(locale, startDate, at));
  const mb = (bytes: number | null) =>
    bytes === null ? '' : t('health.sizeValue', { value: new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(bytes / (1024 * 1024)) });
  const footer = (
    <>
      <DialogButton onClick={refresh}>{t('health.refresh')}</DialogButton>
      <DialogButton onClick={() => void reset()} disabled={!view}>
        {t('health.reset')}
      </DialogButton>
      <DialogButton disabled title={t('health.saveAsUnavailable')}>
        {t('health.saveAs')}
      </DialogButton>
      <DialogButton onClick={onClose}>{t('button.close')}</DialogButton>
    </>
  );
  const title = t('health.title', { vm: request.vm });
  if (!view) {
    return (
      <ModalDialog title={title} onClose={onClose} className="modal--health" footer={footer} testId="replication-health-dialog">
        <p className="rh-body">{ui('replicationState.Disabled')}</p>
      </ModalDialog>
    );
  }
  const span = statisticsWindow(view);
  const percent = view.totalCycles === 0 ? 0 : Math.round((100 * view.successfulCycles) / view.totalCycles);
  return (
    <ModalDialog title={title} onClose={onClose} className="modal--health" footer={footer} testId="replication-health-dialog">
      <div className="rh-body">
        <div className="rh-tab" role="tablist">
          <span role="tab" aria-selected="true" className="rh-tab__item">
            {t('health.tab')}
          </span>
        </div>
        <div role="tabpanel" aria-label={t('health.tab')} className="rh-panel">
          <Rows
            rows={[
              [t('health.state'), ui(`replicationState.${view.state}`)],
              [t('health.mode'), ui(`replicationMode.${view.mode}`)],
              [t('health.primary'), view.primaryServer],
              [t('health.replica'), view.replicaServer],
              [t('health.health'), <HealthValue key="h" health={view.health} />],
            ]}
          />
          <fieldset className="dlg-group">
            <legend>{t('health.statsFor', { n: span.n, unit: t(`health.unit.${span.unit}`) })}</legend>
            <Rows
              rows={[
                [t('health.fromTime'), time(view.fromTime)],
                [t('health.toTime'), time(toTime)],
                [t('health.averageSize'), mb(view.averageSizeBytes)],
                [t('health.maximumSize'), mb(view.maximumSizeBytes)],
                [t('health.averageLatency'), view.averageLatencyMs === null ? '' : formatUptime(Math.round(view.averageLatencyMs / 1000))],
                [t('health.errors'), String(view.errors)],
                [t('health.cycles'), t('health.cyclesValue', { ok: view.successfulCycles, total: view.totalCycles, percent })],
              ]}
            />
          </fieldset>
          <fieldset className="dlg-group">
            <legend>{t('health.pending')}</legend>
            <Rows
              rows={[
                ...(view.pendingBytes === null ? [] : ([[t('health.pendingSize'), mb(view.pendingBytes)]] as Row[])),
                [t('health.lastSync'), time(view.lastSynchronized)],
                ...(view.testFailoverRunning === null
                  ? []
                  : ([
                      [t('health.testStatus'), t(view.testFailoverRunning ? 'health.testRunning' : 'health.testNotRunning')],
                      [t('health.lastTest'), view.lastTestFailover === null ? t('health.none') : time(view.lastTestFailover)],
                    ] as Row[])),
              ]}
            />
          </fieldset>
          <PageError message={error} label={t('dialog.pageError')} />
        </div>
      </div>
    </ModalDialog>
  );
}
