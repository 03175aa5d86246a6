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
  'continueReplication',
  'setAsReplica',
  'pauseReplication',
  'resumeReplication',
  'pauseExtendedReplication',
  'resumeExtendedReplication',
  'extendReplication',
  'viewReplicationHealth',
  'viewExtendedReplicationHealth',
  'removeReplication',
  'removeExtendedReplication',
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

/** True on the middle VM of a chain: it receives a relationship and sends the extended one (§7). */
export function isChainMiddle(ctx: ActionContext): boolean {
  return isReplicaSide(ctx) && ctx.incoming !== null && ctx.outgoing !== null;
}

/**
 * The extended relationship's items on the middle VM of a chain (§7: Suspend/Resume/Remove-VMReplication
 * and health with -ReplicationRelationshipType Extended). Once the first hop is failed over, the chain is
 * continued with `Resume-VMReplication -Continue` (the lab's item) or stopped by reversing.
 */
function extendedItems(ctx: ActionContext): readonly ReplicationItem[] {
  if (!isChainMiddle(ctx) || !ctx.outgoing) return [];
  const VIEW_REMOVE_EXTENDED: ReplicationItem[] = ['viewExtendedReplicationHealth', 'removeExtendedReplication'];
  if (FAILED_OVER.has(ctx.incoming?.replicaState ?? '')) return ['continueReplication', ...VIEW_REMOVE_EXTENDED];
  switch (ctx.outgoing.primaryState) {
    case 'Replicating':
    case 'InitialReplicationInProgress':
    case 'Resynchronizing':
      return ['pauseExtendedReplication', ...VIEW_REMOVE_EXTENDED];
    case 'Suspended':
    case 'Error':
    case 'WaitingForStartResynchronize':
    case 'ResynchronizeSuspended':
      return ['resumeExtendedReplication', ...VIEW_REMOVE_EXTENDED];
    default:
      return VIEW_REMOVE_EXTENDED;
  }
}

const ORDER = new Map<ReplicationItem, number>(REPLICATION_ITEMS.map((item, i) => [item, i]));

/**
 * The Replication ▸ submenu for the VM of `ctx`, in display order; empty for a VM that is not replicated.
 * On the middle VM of a chain each extended item follows its simple counterpart.
 * @example replicationItems(primaryReplicating) // ['plannedFailover', 'pauseReplication', 'viewReplicationHealth', 'removeReplication']
 */
export function replicationItems(ctx: ActionContext): readonly ReplicationItem[] {
  if (!isReplicated(ctx)) return [];
  if (!isReplicaSide(ctx)) return primaryItems(ctx);
  const extended = extendedItems(ctx);
  const items = replicaItems(ctx);
  if (extended.length === 0) return items;
  return [...items, ...extended].sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
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
