import { Fragment, useCallback } from 'react';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useT } from '../common/useT';
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
    </div>
  );
}
