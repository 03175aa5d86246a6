import type { CommandResult, Relationship, RelationshipType, Vm, VmRef } from '../../protocol';
import { EV } from '../engine/kinds';
import { refreshHealth, setStates, syncVmReplication } from '../health/refresh';
import { emptyStatistics } from '../health/statistics';
import { relContext } from '../model/relations';
import type { World } from '../model/world';
import { abortInitialCopy, replicaDiskNeeds, resumeInitialCopy, startInitialReplication } from '../processes/initialReplication';
import { applyReceived, requestTransfer, stopCycles } from '../processes/replicationCycle';
import { startExport } from '../processes/externalMedia';
import { startResync } from '../processes/resync';
import { isValidStoragePath } from '../processes/storage';
import { checkStartTime } from './enableChecks';
import { scheduleInitialReplication } from './enableReplication';
import { ownRelationship, type SideOf } from './ownRelationship';
import { fail, isFailure, OK, resolveVm, type Failure } from './result';
import { bumpGen } from '../model/runtime';

export function startInitialReplicationCmd(world: World, ref: VmRef, startTime: number | null | undefined, destinationPath?: string): CommandResult {
  const vm = resolveVm(world, ref);
  if (isFailure(vm)) return vm;
  const own = ownRelationship(world, vm);
  if (!own) return fail('ReplicationNotEnabled', { vm: vm.name });
  if (own.side === 'replica') return fail('NotApplicableOnReplica', { vm: vm.name, cmdlet: 'Start-VMInitialReplication' });
  if (own.rel.primaryState !== 'ReadyForInitialReplication' || own.rel.job) return fail('InvalidReplicationState', { vm: vm.name });
  const bad = checkStartTime(world, startTime);
  if (bad) return bad;
  if (destinationPath !== undefined) {
    if (startTime !== null && startTime !== undefined) return fail('ScheduleNotForExternalMedia');
    const primaryHost = world.hosts.get(own.rel.primaryHost);
    if (!primaryHost || !isValidStoragePath(primaryHost, destinationPath)) return fail('StorageLocationInvalid', { path: destinationPath });
    // startExport sets the method itself, after its room check: a refused export changes nothing.
    return startExport(world, own.rel, destinationPath) ? OK : fail('InsufficientStorage', { path: destinationPath, server: primaryHost.fqdn });
  }
  if (startTime !== null && startTime !== undefined && startTime > world.now) {
    scheduleInitialReplication(world, own.rel, startTime);
    return OK;
  }
  // Checked here so a refused start logs nothing (the process logs event 32000 when it runs out of room).
  const room = roomForCopy(world, own.rel);
  if (room) return room;
  return startInitialReplication(world, own.rel) ? OK : fail('InsufficientStorage', { path: own.rel.settings.replicaServer, server: own.rel.settings.replicaServer });
}

/**
 * Room on the replica volume for disks not reserved yet (another copy may have taken it since enabling),
 * computed as `reserveReplicaDisks` will reserve it, so a start that passes here cannot fail there.
 */
function roomForCopy(world: World, rel: Relationship): Failure | null {
  const ctx = relContext(world, rel);
  if (!ctx) return null;
  const { needed, volume } = replicaDiskNeeds(ctx);
  if (needed === 0 || (volume && volume.freeBytes >= needed)) return null;
  const diskPath = ctx.replicaVm.disks[0]?.path ?? '';
  const folder = diskPath.slice(0, diskPath.lastIndexOf('\\'));
  return volume ? fail('InsufficientStorage', { path: folder, server: ctx.replicaHost.fqdn }) : fail('StorageLocationInvalid', { path: folder });
}

export function suspendReplication(world: World, ref: VmRef & { relationshipType?: RelationshipType }): CommandResult {
  const vm = resolveVm(world, ref);
  if (isFailure(vm)) return vm;
  const own = ownRelationship(world, vm, ref.relationshipType);
  if (!own) return fail('NotApplicableOnVm', { vm: vm.name, cmdlet: 'Suspend-VMReplication' });
  const { rel, side } = own;
  const ctx = relContext(world, rel);
  if (!ctx) return fail('ReplicationNotEnabled', { vm: vm.name });
  if (side === 'replica') {
    if (rel.replicaState !== 'Replicating') return fail('InvalidReplicationState', { vm: vm.name });
    setStates(world, rel, null, 'Suspended');
  } else if (rel.primaryState === 'Replicating') {
    setStates(world, rel, 'Suspended', null);
  } else if (rel.primaryState === 'InitialReplicationInProgress' && rel.job?.kind === 'InitialReplication') {
    // Pausing the initial copy keeps what was sent; Resume continues it (reference §3.3).
    ctx.rt.pausedJobRemainingMs = Math.max(0, rel.job.endsAt - world.now);
    abortInitialCopy(world, ctx, true);
    setStates(world, rel, 'Suspended', null);
  } else if (rel.primaryState === 'Resynchronizing' && rel.job) {
    ctx.rt.pausedJobRemainingMs = Math.max(0, rel.job.endsAt - world.now);
    bumpGen(ctx.rt, EV.RESYNC_DONE);
    setStates(world, rel, 'ResynchronizeSuspended', 'ResynchronizeSuspended');
  } else return fail('InvalidReplicationState', { vm: vm.name });
  world.event(32324, 'Information', vm.host, vm.name, 'event.replicationSuspended', { vm: vm.name });
  return OK;
}

export function resumeReplication(world: World, ref: VmRef & { relationshipType?: RelationshipType }, resynchronize: boolean, resyncAt: number | null | undefined): CommandResult {
  const vm = resolveVm(world, ref);
  if (isFailure(vm)) return vm;
  const own = ownRelationship(world, vm, ref.relationshipType);
  if (!own) return fail('NotApplicableOnVm', { vm: vm.name, cmdlet: 'Resume-VMReplication' });
  // Once the first hop of a chain is failed over, the extended hop goes on only with -Continue (§7).
  if (ref.relationshipType === 'Extended' && firstHopFailedOver(world, vm)) return fail('InvalidReplicationState', { vm: vm.name });
  const { rel, side } = own;
  const ctx = relContext(world, rel);
  if (!ctx) return fail('ReplicationNotEnabled', { vm: vm.name });
  const bad = checkStartTime(world, resyncAt);
  if (bad) return bad;
  if (side === 'replica') {
    if (rel.replicaState !== 'Suspended') return fail('InvalidReplicationState', { vm: vm.name });
    setStates(world, rel, null, 'Replicating');
    applyReceived(world, ctx);
  } else if (rel.primaryState === 'WaitingForStartResynchronize' || (resynchronize && !rel.job && (rel.primaryState === 'Suspended' || rel.primaryState === 'Error'))) {
    if (resyncAt !== null && resyncAt !== undefined && resyncAt > world.now) {
      if (rel.primaryState !== 'WaitingForStartResynchronize') {
        stopCycles(world, ctx);
        setStates(world, rel, 'WaitingForStartResynchronize', null);
      }
      rel.scheduledStart = resyncAt;
      world.touchRel(rel.id);
      world.schedule(resyncAt, EV.RESYNC_START, ctx.rt.slot, bumpGen(ctx.rt, EV.RESYNC_START));
    } else {
      stopCycles(world, ctx);
      startResync(world, rel);
    }
  } else if (rel.primaryState === 'ResynchronizeSuspended' && rel.job) {
    rel.job = { ...rel.job, endsAt: world.now + ctx.rt.pausedJobRemainingMs };
    world.schedule(rel.job.endsAt, EV.RESYNC_DONE, ctx.rt.slot, bumpGen(ctx.rt, EV.RESYNC_DONE));
    setStates(world, rel, 'Resynchronizing', rel.replicaState === 'Disabled' ? null : 'Resynchronizing');
  } else if (rel.primaryState === 'Suspended' && rel.job?.kind === 'InitialReplication') {
    resumeInitialCopy(world, ctx);
    setStates(world, rel, 'InitialReplicationInProgress', null);
  } else if (rel.primaryState === 'Suspended' || rel.primaryState === 'Error') {
    rel.consecutiveFailures = 0;
    setStates(world, rel, 'Replicating', null);
    requestTransfer(world, ctx);
  } else return fail('InvalidReplicationState', { vm: vm.name });
  world.event(32325, 'Information', vm.host, vm.name, 'event.replicationResumed', { vm: vm.name });
  return OK;
}

/** `Remove-VMReplication` on one side; the relationship disappears once neither side holds it. */
export function removeReplication(world: World, ref: VmRef & { relationshipType?: RelationshipType }): CommandResult {
  const vm = resolveVm(world, ref);
  if (isFailure(vm)) return vm;
  const own = ownRelationship(world, vm, ref.relationshipType);
  if (!own) return fail('NotApplicableOnVm', { vm: vm.name, cmdlet: 'Remove-VMReplication' });
  removeSide(world, vm, own);
  return OK;
}

/** True when `vm` is the replica of a failed-over relationship (the first hop of a chain, on its middle VM). */
export function firstHopFailedOver(world: World, vm: Vm): boolean {
  const own = ownRelationship(world, vm);
  return own?.side === 'replica' && (own.rel.replicaState === 'FailedOverWaitingCompletion' || own.rel.replicaState === 'FailedOver');
}

/**
 * Removes `vm`'s side of one of its relationships (Remove-VMReplication's work): its cycles or incoming
 * logs stop, the VM forgets the relationship, and the relationship disappears once neither side holds it.
 */
export function removeSide(world: World, vm: Vm, own: SideOf): void {
  const { rel, side } = own;
  const ctx = relContext(world, rel);
  if (side === 'primary') {
    if (ctx) stopCycles(world, ctx);
    for (const kind of [EV.IR_START, EV.IR_DONE, EV.RESYNC_START, EV.RESYNC_DONE, EV.EXPORT_DONE] as const) {
      if (ctx) bumpGen(ctx.rt, kind);
    }
    // A paused copy already gave its link share back when it was paused.
    if (ctx && rel.primaryState === 'InitialReplicationInProgress') abortInitialCopy(world, ctx);
    rel.job = null;
    rel.primaryState = 'Disabled';
  } else {
    if (ctx) for (const kind of [EV.RECOVERY_POINT, EV.IMPORT_DONE] as const) bumpGen(ctx.rt, kind);
    if (rel.job?.kind === 'Import') rel.job = null;
    rel.replicaState = 'Disabled';
  }
  vm.relationships = vm.relationships.filter((id) => id !== rel.id);
  world.touchVm(vm.key);
  world.touchRel(rel.id);
  syncVmReplication(world, vm.key);
  world.event(32330, 'Information', vm.host, vm.name, 'event.replicationRemoved', { vm: vm.name });
  if (rel.primaryState === 'Disabled' && rel.replicaState === 'Disabled') world.removeRel(rel.id);
  else refreshHealth(world, rel);
}

export function resetStatistics(world: World, ref: VmRef & { relationshipType?: RelationshipType }): CommandResult {
  const vm = resolveVm(world, ref);
  if (isFailure(vm)) return vm;
  const own = ownRelationship(world, vm, ref.relationshipType);
  if (!own) return fail('NotApplicableOnVm', { vm: vm.name, cmdlet: 'Reset-VMReplicationStatistics' });
  own.rel.stats = emptyStatistics(world.now);
  world.touchRel(own.rel.id);
  refreshHealth(world, own.rel);
  return OK;
}
