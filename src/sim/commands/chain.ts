/**
 * Extended replication in a chain A → B → C (hyperv-replica.md §7, §3.3): what failing over, cancelling
 * and reversing the first hop (A → B) does to the extended hop (B → C), and `Resume-VMReplication -Continue`.
 *
 * - Failing over A → B halts B → C: the hop is paused (B's changes are still tracked) so C keeps the last
 *   state B received from A. When B failed over to a recovery point older than what C already holds, C's
 *   newer changes no longer match B: the hop then needs a resynchronisation.
 * - Cancelling the failover keeps the hop paused, its log restarting from what C holds; Resume Extended
 *   Replication sends it on.
 * - `Resume-VMReplication -Continue` on B (failed over, or committed) commits the failover if needed, B
 *   leaves A → B (A keeps its own side, to be removed there) and B → C becomes B's replication: B is the
 *   primary, C a plain replica, and the changes B made since the failover are sent.
 * - Reversing B → A halts replication to C: B's side of B → C is removed (C keeps its own, to be removed
 *   there), since a VM replicates to one server only.
 */
import type { Command, CommandResult, Relationship, Vm, VmRef } from '../../protocol';
import { setStates, syncVmReplication } from '../health/refresh';
import { relContext } from '../model/relations';
import type { World } from '../model/world';
import { requestTransfer, startCycles, stopCycles } from '../processes/replicationCycle';
import { completeFailover, startFailover, stopFailover } from './failover';
import { ownRelationship } from './ownRelationship';
import { removeSide } from './replicationControl';
import { fail, isFailure, OK, resolveVm } from './result';
import { setReplication } from './setReplication';

type FailoverCmd = Extract<Command, { type: 'Start-VMFailover' }>;
type SetCmd = Extract<Command, { type: 'Set-VMReplication' }>;

const FAILED_OVER: ReadonlySet<string> = new Set(['FailedOverWaitingCompletion', 'FailedOver']);

/** The extended relationship `ref`'s VM sends as the middle of a chain, if it is one. */
function extensionOf(world: World, ref: VmRef): { vm: Vm; ext: Relationship } | null {
  const vm = resolveVm(world, ref);
  if (isFailure(vm)) return null;
  const ext = ownRelationship(world, vm, 'Extended');
  return ext ? { vm, ext: ext.rel } : null;
}

/** `Start-VMFailover`; a (planned or unplanned) failover of a chain's first hop halts the extended hop. */
export function startFailoverInChain(world: World, cmd: FailoverCmd): CommandResult {
  const chain = cmd.prepare || cmd.asTest ? null : extensionOf(world, cmd);
  const result = startFailover(world, cmd);
  if (result.ok && chain) haltExtended(world, chain.vm, chain.ext);
  return result;
}

/** `Stop-VMFailover`; cancelling the first hop's failover restarts the extended hop's log from what C holds. */
export function stopFailoverInChain(world: World, ref: VmRef): CommandResult {
  const chain = extensionOf(world, ref);
  const wasFailedOver = chain !== null && ownRelationship(world, chain.vm)?.rel.replicaState === 'FailedOverWaitingCompletion';
  const result = stopFailover(world, ref);
  if (result.ok && chain && wasFailedOver) restartExtendedLog(world, chain.vm, chain.ext);
  return result;
}

/** `Set-VMReplication`; reversing a chain's first hop removes the middle VM's side of the extended hop. */
export function setReplicationInChain(world: World, cmd: SetCmd): CommandResult {
  const chain = cmd.reverse && !cmd.asReplica && !cmd.dryRun ? extensionOf(world, cmd) : null;
  const result = setReplication(world, cmd);
  if (result.ok && chain && chain.vm.relationships.includes(chain.ext.id)) removeSide(world, chain.vm, { rel: chain.ext, side: 'primary' });
  return result;
}

/** B failed over: B → C stops sending and is paused; a recovery point older than C's data needs a resync. */
function haltExtended(world: World, middle: Vm, ext: Relationship): void {
  if (ext.primaryState !== 'Replicating' && ext.primaryState !== 'Suspended' && ext.primaryState !== 'Error') return;
  const ctx = relContext(world, ext);
  if (!ctx) return;
  stopCycles(world, ctx);
  if (ext.appliedSeq > middle.writeSeq) {
    // C holds changes B no longer has (B went back to an older recovery point): they must be resynchronised.
    ext.appliedSeq = middle.writeSeq;
    ctx.rt.receivedSeq = Math.min(ctx.rt.receivedSeq, middle.writeSeq);
    ctx.replicaVm.writeSeq = middle.writeSeq;
    world.touchVm(ctx.replicaVm.key);
    setStates(world, ext, 'WaitingForStartResynchronize', null);
    return;
  }
  restartTracking(world, ext, ext.appliedSeq);
  setStates(world, ext, 'Suspended', null);
}

/** The failover was cancelled: B is back to what A sent; B → C's log restarts from what C holds, still paused. */
function restartExtendedLog(world: World, middle: Vm, ext: Relationship): void {
  if (ext.primaryState !== 'Suspended') return;
  const ctx = relContext(world, ext);
  if (!ctx) return;
  stopCycles(world, ctx);
  restartTracking(world, ext, Math.min(ext.appliedSeq, middle.writeSeq));
}

function restartTracking(world: World, ext: Relationship, fromSeq: number): void {
  const ctx = relContext(world, ext);
  if (!ctx) return;
  ctx.rt.tracking = true;
  ctx.rt.logFromSeq = fromSeq;
  startCycles(world, ext);
}

/** `Resume-VMReplication -Continue` on the middle VM of a chain whose first hop is failed over (§7, §3.3). */
export function continueReplication(world: World, ref: VmRef): CommandResult {
  const vm = resolveVm(world, ref);
  if (isFailure(vm)) return vm;
  const cmdlet = "'Resume-VMReplication -Continue'";
  const first = ownRelationship(world, vm);
  const ext = ownRelationship(world, vm, 'Extended');
  if (!first || first.side !== 'replica' || !ext) return fail('NotApplicableOnVm', { vm: vm.name, cmdlet });
  if (!FAILED_OVER.has(first.rel.replicaState)) return fail('InvalidReplicationState', { vm: vm.name });
  // Commits the failover if needed (as Remove Recovery Points does), then B leaves A → B.
  if (first.rel.replicaState === 'FailedOverWaitingCompletion') {
    const committed = completeFailover(world, ref);
    if (!committed.ok) return committed;
  }
  removeSide(world, vm, first);
  const rel = ext.rel;
  rel.type = 'Simple';
  world.touchRel(rel.id);
  syncVmReplication(world, rel.primaryVm);
  syncVmReplication(world, rel.replicaVm);
  if (rel.primaryState === 'Suspended') {
    rel.consecutiveFailures = 0;
    setStates(world, rel, 'Replicating', null);
    const ctx = relContext(world, rel);
    if (ctx) requestTransfer(world, ctx);
  }
  world.event(32325, 'Information', vm.host, vm.name, 'event.replicationResumed', { vm: vm.name });
  return OK;
}
