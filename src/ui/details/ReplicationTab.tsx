import { Fragment, useCallback } from 'react';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useT } from '../common/useT';
import { formatDataLoss } from '../failover/dataLoss';
import { FieldList } from './FieldList';
import { formatLabDateTime } from './format';
import { HealthValue } from './HealthValue';
import { selectReplicationBlocks, type ReplicationBlockView } from './selectors';
import { useLabView } from './useLabView';

/**
 * Replication tab: mode, state, health, servers and last synchronisation of each relationship of the VM.
 * The middle VM of a chain shows both, the incoming one first, separated by a line (hyperv-replica.md §7).
 */
export function ReplicationTab({ vmKey }: { vmKey: string }) {
  const blocks = useLabView(useCallback((lab) => selectReplicationBlocks(lab, vmKey), [vmKey]));
  if (!blocks) return null;
  const chain = blocks.length > 1;
  return (
    <div className="replication-blocks">
      {blocks.map((block, i) => (
        <Fragment key={block.relationshipId || i}>
          {i > 0 && <hr className="replication-separator" />}
          <ReplicationBlock block={block} labelled={chain} />
        </Fragment>
      ))}
    </div>
  );
}

function ReplicationBlock({ block, labelled }: { block: ReplicationBlockView; labelled: boolean }) {
  const t = useT();
  const locale = useUi((ui) => ui.locale);
  const startDate = useLab((lab) => lab.startDate);
  const enabled = block.relationshipId !== '';
  const groupLabel = t(block.relationshipType === 'Extended' ? 'replication.groupExtended' : 'replication.groupSimple');
  const mode = { label: t('replication.mode'), value: t(`replicationMode.${block.mode}`) };
  const fields = enabled
    ? [
        mode,
        { label: t('replication.state'), value: t(`replicationState.${block.state}`) },
        { label: t('replication.health'), value: <HealthValue health={block.health} /> },
      ]
    : [mode];
  const servers = [
    { label: t('replication.primaryServer'), value: block.primaryServer },
    { label: t('replication.replicaServer'), value: block.replicaServer },
    {
      label: t('replication.lastSynchronized'),
      value: block.lastSynchronized === null ? '' : formatLabDateTime(locale, startDate, block.lastSynchronized),
    },
  ];
  return (
    <div className="replication-block" role={labelled ? 'group' : undefined} aria-label={labelled ? groupLabel : undefined}>
      <FieldList fields={fields} />
      {enabled && <FieldList fields={servers} />}
      {enabled && <FailoverFields relationshipId={block.relationshipId} />}
    </div>
  );
}

/** After a failover: its kind, what was lost and when it was written (three rows: the pane shows about six) (the engine's account; zero after a planned one). */
function FailoverFields({ relationshipId }: { relationshipId: string }) {
  const t = useT();
  const locale = useUi((ui) => ui.locale);
  const startDate = useLab((lab) => lab.startDate);
  const record = useLab((lab) => lab.relationships[relationshipId]?.failover ?? null);
  if (!record) return null;
  const text = formatDataLoss(record, locale, startDate);
  const size = t('failover.size.mb', { value: text.megabytes });
  const fields = [
    { label: t('failover.tab.kind'), value: t(`failover.tab.kind.${record.kind}`) },
    { label: t('failover.tab.dataLost'), value: text.lost ? t('failover.tab.lost', { writes: text.writes, size }) : t('failover.tab.noLoss') },
    ...(text.lost ? [{ label: t('failover.tab.lostWindow'), value: t('failover.tab.window', { from: text.from, to: text.to }) }] : []),
  ];
  return <FieldList fields={fields} className="failover-fields" />;
}
