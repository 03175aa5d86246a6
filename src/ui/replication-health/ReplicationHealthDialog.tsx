import { useState } from 'react';
import type { RelationshipType } from '../../protocol';
import { getVMReplication, recordLookup } from '../../query';
import { openDialog } from '../../store/dialogStore';
import { labStore, useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import { useT } from '../common/useT';
import type { DialogProps } from '../dialogs/DialogHost';
import { DialogButton, ModalDialog } from '../dialogs/ModalDialog';
import { findVm, sendCommand, waitForLab } from '../failover/failoverTarget';
import { downloadText } from '../../store/download';
import { csvFileName, healthCsv } from './healthCsv';
import { HealthPanel } from './HealthPanel';
import { healthSections } from './healthSections';
import { selectHealthView, type HealthView } from './healthView';
import './replicationHealth.css';

type Views = Partial<Record<RelationshipType, HealthView>>;

/** The views of every tab at `now`: Replication, plus Extended Replication on a chain's middle VM. */
function takeViews(vmKey: string, now: number): Views {
  const lab = labStore.getState();
  const views: Views = {};
  for (const type of ['Simple', 'Extended'] as const) {
    const view = selectHealthView(lab, vmKey, now, type);
    if (view) views[type] = view;
  }
  return views;
}

/**
 * "Replication Health for <VM>" (hyperv-replica.md §4.3): state, mode, servers, health, the statistics of
 * the current monitoring interval up to "To time" (Refresh moves it), pending data or test failover. On the
 * middle VM of an extended chain a second tab shows the extended relationship (WS2012 R2+), each tab with
 * its own Reset Statistics and Save As…; View Events opens Event Viewer filtered on the VM.
 */
export default function ReplicationHealthDialog({ request, onClose }: DialogProps<'replicationHealth'>) {
  const t = useDialogT();
  const ui = useT();
  const locale = useUi((s) => s.locale);
  const startDate = useLab((lab) => lab.startDate);
  const vmKey = useLab((lab) => findVm(lab, request.host, request.vm)?.key ?? '');
  const [views, setViews] = useState(() => takeViews(vmKey, labStore.getState().now));
  const [tab, setTab] = useState<RelationshipType>(request.tab === 'extended' ? 'Extended' : 'Simple');
  const [errors, setErrors] = useState<Partial<Record<RelationshipType, string>>>({});
  const refresh = () => setViews(takeViews(vmKey, labStore.getState().now));
  const reset = async (type: RelationshipType) => {
    // The relationship Reset-VMReplicationStatistics [-ReplicationRelationshipType] resets (Get-VMReplication's).
    const lab = labStore.getState();
    const vm = lab.vms[vmKey];
    const old = vm ? getVMReplication(vm, recordLookup(lab.relationships), type)?.rel : undefined;
    const refusal = await sendCommand({
      type: 'Reset-VMReplicationStatistics',
      host: request.host,
      vm: request.vm,
      ...(type === 'Extended' ? { relationshipType: 'Extended' as const } : {}),
    });
    setErrors((e) => ({ ...e, [type]: refusal ? refusal.text(locale) : undefined }));
    if (refusal) return;
    if (old) await waitForLab((next) => next.relationships[old.id] !== old).catch(() => undefined);
    refresh();
  };

  const title = t('health.title', { vm: request.vm });
  const footer = (
    <>
      <DialogButton onClick={refresh}>{t('health.refresh')}</DialogButton>
      <DialogButton onClick={() => openDialog({ kind: 'eventViewer', host: request.host, vm: request.vm })}>{t('health.viewEvents')}</DialogButton>
      <DialogButton onClick={onClose}>{t('button.close')}</DialogButton>
    </>
  );
  const simple = views.Simple;
  if (!simple) {
    return (
      <ModalDialog title={title} onClose={onClose} className="modal--health" footer={footer} testId="replication-health-dialog">
        <p className="rh-body">{ui('replicationState.Disabled')}</p>
      </ModalDialog>
    );
  }
  const tabs: RelationshipType[] = views.Extended ? ['Simple', 'Extended'] : ['Simple'];
  const current = tabs.includes(tab) ? tab : 'Simple';
  const view = views[current] ?? simple;
  const label = (type: RelationshipType) => t(type === 'Extended' ? 'health.tabExtended' : 'health.tab');
  const sections = healthSections(view, { t, ui, locale, startDate });
  const saveAs = () => {
    const name = tabs.length > 1 ? `${title} - ${label(current)}` : title;
    downloadText(csvFileName(name), healthCsv(locale, `${title} — ${label(current)}`, sections), 'text/csv;charset=utf-8');
  };
  return (
    <ModalDialog title={title} onClose={onClose} className="modal--health" footer={footer} testId="replication-health-dialog">
      <div className="rh-body">
        <div className="rh-tab" role="tablist">
          {tabs.map((type) => (
            <button
              key={type}
              type="button"
              role="tab"
              aria-selected={type === current}
              className={`rh-tab__item${type === current ? ' rh-tab__item--selected' : ''}`}
              onClick={() => setTab(type)}
            >
              {label(type)}
            </button>
          ))}
        </div>
        <HealthPanel
          key={current}
          label={label(current)}
          sections={sections}
          health={view.health}
          error={errors[current] ?? null}
          onReset={() => void reset(current)}
          onSaveAs={saveAs}
          t={t}
        />
      </div>
    </ModalDialog>
  );
}
