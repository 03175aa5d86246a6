import { isReplicaSide, isReplicated } from './context';
import type { ActionContext } from './types';

/** Items of the Replication ▸ submenu, in the one order Hyper-V Manager uses across all states. */
export const REPLICATION_ITEMS = [
  'startReplication',
  'importInitialReplica',
  'plannedFailover',
  'failover',
  'testFailover',
  'stopTestFailover',
  'cancelFailover',
  'removeRecoveryPoints',
  'reverseReplication',
  'setAsReplica',
  'pauseReplication',
  'resumeReplication',
  'extendReplication',
  'viewReplicationHealth',
  'removeReplication',
] as const;

export type ReplicationItem = (typeof REPLICATION_ITEMS)[number];

const VIEW_REMOVE: readonly ReplicationItem[] = ['viewReplicationHealth', 'removeReplication'];

const FAILED_OVER: ReadonlySet<string> = new Set(['FailedOverWaitingCompletion', 'FailedOver']);

/** Primary side (hyperv-replica.md §9, §3.3, §3.4). */
function primaryItems(ctx: ActionContext): readonly ReplicationItem[] {
  // The old primary, back after an unplanned failover, must be made a replica before reverse (§6.4 step 5).
  if (ctx.replicationState !== 'PreparedForFailover' && ctx.replicationState !== 'WaitingForInitialReplication' && FAILED_OVER.has(ctx.outgoing?.replicaState ?? '')) {
    return ['setAsReplica', ...VIEW_REMOVE];
  }
  switch (ctx.replicationState) {
    case 'ReadyForInitialReplication':
      return ['startReplication', ...VIEW_REMOVE];
    case 'Replicating':
      return ['plannedFailover', 'pauseReplication', ...VIEW_REMOVE];
    case 'InitialReplicationInProgress':
    case 'Resynchronizing':
      return ['pauseReplication', ...VIEW_REMOVE];
    case 'Suspended':
    case 'Error':
    case 'WaitingForStartResynchronize':
    case 'ResynchronizeSuspended':
      return ['resumeReplication', ...VIEW_REMOVE];
    case 'PreparedForFailover':
      return ['cancelFailover', ...VIEW_REMOVE];
    default:
      return VIEW_REMOVE;
  }
}

/** A replica extends its replication only once, and an extended replica never does (§7: chains only). */
function canExtend(ctx: ActionContext): boolean {
  return ctx.role === 'Replica' && ctx.outgoing === null;
}

/** Replica side, simple or extended (§9). */
function replicaItems(ctx: ActionContext): readonly ReplicationItem[] {
  const extend: ReplicationItem[] = canExtend(ctx) ? ['extendReplication'] : [];
  // While a test failover runs, Stop Test Failover takes the place of Test Failover… (§9).
  const test: ReplicationItem = ctx.incoming?.testVm ? 'stopTestFailover' : 'testFailover';
  switch (ctx.replicationState) {
    case 'WaitingForInitialReplication':
      return ctx.incoming?.settings.initialReplicationMethod === 'ExternalMedia' ? ['importInitialReplica', ...VIEW_REMOVE] : VIEW_REMOVE;
    case 'Replicating':
      return ['failover', test, 'pauseReplication', ...extend, ...VIEW_REMOVE];
    case 'Suspended':
      return ['failover', test, 'resumeReplication', ...extend, ...VIEW_REMOVE];
    case 'Resynchronizing':
    case 'ResynchronizeSuspended':
    case 'Error':
    case 'WaitingForStartResynchronize':
      return ['failover', ...VIEW_REMOVE];
    case 'FailedOverWaitingCompletion':
      return ['cancelFailover', 'removeRecoveryPoints', 'reverseReplication', 'viewReplicationHealth'];
    case 'FailedOver':
      return ['reverseReplication', ...VIEW_REMOVE];
    default:
      return VIEW_REMOVE;
  }
}

/**
 * The Replication ▸ submenu for the VM of `ctx`, in display order; empty for a VM that is not replicated.
 * @example replicationItems(primaryReplicating) // ['plannedFailover', 'pauseReplication', 'viewReplicationHealth', 'removeReplication']
 */
export function replicationItems(ctx: ActionContext): readonly ReplicationItem[] {
  if (!isReplicated(ctx)) return [];
  return isReplicaSide(ctx) ? replicaItems(ctx) : primaryItems(ctx);
}

/**
 * Whether the engine state allows the item beyond being listed: failing over (test or not) needs a
 * finished initial replication (§3.3, "IR completed"). Everything else listed is allowed by state.
 */
export function replicationStateAllows(item: ReplicationItem, ctx: ActionContext): boolean {
  if (!replicationItems(ctx).includes(item)) return false;
  if (item === 'failover' || item === 'testFailover') return ctx.incoming?.lastReplicationTime !== null;
  return true;
}
