import type { CommandResult, Relationship, RecoveryPoint, Vm, VmRef } from '../../protocol';
import { EV } from '../engine/kinds';
import { setStates } from '../health/refresh';
import { withFailoverAddresses } from '../model/failoverIp';
import { relContext, type RelContext } from '../model/relations';
import type { World } from '../model/world';
import { startRecoveryPoints } from '../processes/recoveryPoints';
import { cancelResync, deliver, startCycles, stopCycles } from '../processes/replicationCycle';
import { sendFailure } from '../processes/sendPath';
import { accountWrites, startWorkload, stopWorkload } from '../processes/writes';
import { ownRelationship } from './ownRelationship';
import { fail, isFailure, OK, resolveVm, type Failure } from './result';
import { checkReverseTarget } from './reverseReplication';
import { createTestVm } from './testVm';
import { bumpGen } from '../model/runtime';

type FailoverCmd = VmRef & { prepare?: boolean; asTest?: boolean; recoveryPointId?: string | null; startVm?: boolean; reverse?: boolean; dryRun?: boolean };

/** `Start-VMFailover`: -Prepare on a primary, -AsTest or plain on a replica (reference §6). */
export function startFailover(world: World, cmd: FailoverCmd): CommandResult {
  const vm = resolveVm(world, cmd);
  if (isFailure(vm)) return vm;
  const own = ownRelationship(world, vm);
  if (!own) return fail('NotApplicableOnVm', { vm: vm.name, cmdlet: 'Start-VMFailover' });
  const ctx = relContext(world, own.rel);
  if (!ctx) return fail('ReplicationNotEnabled', { vm: vm.name });
  if (cmd.prepare) return own.side === 'primary' ? preparePlanned(world, ctx, cmd) : fail('NotApplicableOnReplica', { vm: vm.name, cmdlet: "'Start-VMFailover -Prepare'" });
  if (own.side !== 'replica') return fail('NotApplicableOnVm', { vm: vm.name, cmdlet: 'Start-VMFailover' });
  const point = findPoint(own.rel, cmd.recoveryPointId ?? null);
  if (isFailure(point)) return point;
  return cmd.asTest ? testFailover(world, ctx, point, !!cmd.startVm) : failover(world, ctx, point, !!cmd.startVm);
}

function findPoint(rel: Relationship, id: string | null): RecoveryPoint | null | Failure {
  if (id === null) return null;
  return rel.recoveryPoints.find((p) => p.id === id) ?? fail('InvalidRecoveryPoint', { point: id });
}

/**
 * Planned failover, step 1: the primary is off; what was not replicated yet is sent now (zero loss).
 * `reverse` first checks, as the dialog's prerequisite line does, that replication can later be reversed.
 */
function preparePlanned(world: World, ctx: RelContext, cmd: FailoverCmd): CommandResult {
  const { rel, primaryVm } = ctx;
  if (rel.primaryState !== 'Replicating' || rel.replicaState !== 'Replicating') return fail('InvalidReplicationState', { vm: primaryVm.name });
  if (primaryVm.state !== 'Off') return fail('NotPreparedForPlannedFailover', { vm: primaryVm.name });
  if (sendFailure(world, ctx)) return fail('ConnectionTimedOut', { server: ctx.replicaHost.fqdn });
  if (cmd.reverse) {
    const reverse = checkReverseTarget(world, ctx, ctx.primaryHost.fqdn);
    if (isFailure(reverse)) return reverse;
  }
  if (cmd.dryRun) return OK;
  accountWrites(world, primaryVm);
  stopCycles(world, ctx);
  deliver(world, ctx, primaryVm.writeSeq, world.now);
  world.event(29270, 'Information', rel.primaryHost, primaryVm.name, 'event.plannedPrepared', { vm: primaryVm.name });
  setStates(world, rel, 'PreparedForFailover', null);
  return OK;
}

function canFailOver(ctx: RelContext): Failure | null {
  const { rel, replicaVm } = ctx;
  if (!['Replicating', 'Suspended', 'Resynchronizing'].includes(rel.replicaState)) return fail('InvalidReplicationState', { vm: replicaVm.name });
  if (replicaVm.state !== 'Off') return fail('InvalidVmState', { vm: replicaVm.name, state: replicaVm.state });
  if (rel.lastReplicationTime === null) return fail('InitialReplicationNotComplete', { vm: replicaVm.name });
  if (rel.testVm) return fail('TestFailoverRunning', { vm: replicaVm.name });
  return null;
}

/**
 * Failover on the replica. Unplanned: refused while the primary VM still runs on a reachable host
 * (split-brain protection); the VM restarts from the chosen point and everything after it is lost.
 */
function failover(world: World, ctx: RelContext, point: RecoveryPoint | null, startVm: boolean): CommandResult {
  const { rel, primaryVm, replicaVm } = ctx;
  const refused = canFailOver(ctx);
  if (refused) return refused;
  const planned = rel.primaryState === 'PreparedForFailover';
  const link = world.linkBetween(ctx.primaryHost, ctx.replicaHost);
  if (!planned && ctx.primaryHost.power === 'On' && link?.up && primaryVm.state === 'Running') return fail('PrimaryStillRunning', { vm: primaryVm.name, host: ctx.primaryHost.fqdn });
  if (planned && point) return fail('InvalidRecoveryPoint', { point: point.id });
  if (ctx.primaryHost.power === 'On') accountWrites(world, primaryVm);
  // Failover cancels a resynchronisation in progress (reference §5.4).
  cancelResync(world, ctx);
  bumpGen(ctx.rt, EV.RECOVERY_POINT);
  const restoredSeq = point ? point.writeSeq : rel.appliedSeq;
  const lostWrites = Math.max(0, primaryVm.writeSeq - restoredSeq);
  rel.failover = {
    kind: planned ? 'Planned' : 'Unplanned',
    time: world.now,
    recoveryPointId: point?.id ?? null,
    pointTime: point?.time ?? rel.lastReplicationTime ?? world.now,
    dataTime: point?.dataTime ?? rel.appliedDataTime ?? rel.lastReplicationTime ?? world.now,
    restoredSeq,
    primarySeq: primaryVm.writeSeq,
    primaryLastWriteTime: world.vmRt.get(primaryVm.key)?.lastWriteAt ?? world.now,
    lostWrites,
    lostBytes: lostWrites * primaryVm.workload.writeSizeBytes,
  };
  replicaVm.writeSeq = restoredSeq;
  applyFailoverIp(replicaVm);
  world.touchVm(replicaVm.key);
  world.event(planned ? 29272 : 29274, lostWrites > 0 ? 'Warning' : 'Information', rel.replicaHost, replicaVm.name, 'event.failedOver', {
    vm: replicaVm.name,
    lostWrites,
    lostBytes: rel.failover.lostBytes,
  });
  setStates(world, rel, null, 'FailedOverWaitingCompletion');
  if (startVm) powerOn(world, replicaVm);
  return OK;
}

function testFailover(world: World, ctx: RelContext, point: RecoveryPoint | null, startVm: boolean): CommandResult {
  const { rel, replicaVm } = ctx;
  if (rel.replicaState !== 'Replicating' && rel.replicaState !== 'Suspended') return fail('InvalidReplicationState', { vm: replicaVm.name });
  if (replicaVm.state !== 'Off') return fail('InvalidVmState', { vm: replicaVm.name, state: replicaVm.state });
  if (rel.lastReplicationTime === null) return fail('InitialReplicationNotComplete', { vm: replicaVm.name });
  if (rel.testVm) return fail('TestFailoverRunning', { vm: replicaVm.name });
  const testVm = createTestVm(world, replicaVm, point ? point.writeSeq : rel.appliedSeq);
  applyFailoverIp(testVm);
  rel.testVm = testVm.key;
  rel.lastTestFailoverTime = world.now;
  world.touchRel(rel.id);
  world.event(29276, 'Information', rel.replicaHost, replicaVm.name, 'event.testFailoverStarted', { vm: replicaVm.name, testVm: testVm.name });
  if (startVm) powerOn(world, testVm);
  return OK;
}

/** The guest's KVP integration component applies the Failover TCP/IP settings when it can (§6.6). */
function applyFailoverIp(vm: Vm): void {
  if (!vm.integrationServices) return;
  vm.adapters = vm.adapters.map(withFailoverAddresses);
}

function powerOn(world: World, vm: Vm): void {
  vm.state = 'Running';
  vm.startedAt = world.now;
  vm.memoryAssignedMB = vm.memoryStartupMB;
  startWorkload(world, vm);
  world.touchVm(vm.key);
}

/** `Stop-VMFailover`: stops a test failover, cancels a failover, or cancels a prepared planned failover. */
export function stopFailover(world: World, ref: VmRef): CommandResult {
  const vm = resolveVm(world, ref);
  if (isFailure(vm)) return vm;
  const own = ownRelationship(world, vm);
  if (!own) return fail('NotApplicableOnVm', { vm: vm.name, cmdlet: 'Stop-VMFailover' });
  const ctx = relContext(world, own.rel);
  if (!ctx) return fail('ReplicationNotEnabled', { vm: vm.name });
  const { rel } = own;
  if (own.side === 'primary') {
    if (rel.primaryState !== 'PreparedForFailover') return fail('InvalidReplicationState', { vm: vm.name });
    ctx.rt.tracking = true;
    ctx.rt.logFromSeq = vm.writeSeq;
    setStates(world, rel, 'Replicating', null);
    startCycles(world, rel);
    return OK;
  }
  if (rel.testVm) {
    const test = world.vms.get(rel.testVm);
    if (test) {
      stopWorkload(world, test);
      world.removeVm(test.key);
    }
    rel.testVm = null;
    world.touchRel(rel.id);
    world.event(29278, 'Information', rel.replicaHost, vm.name, 'event.testFailoverStopped', { vm: vm.name });
    return OK;
  }
  if (rel.replicaState !== 'FailedOverWaitingCompletion') return fail('NoTestFailover', { vm: vm.name });
  // Back to the replicated state: what the failed-over VM wrote is discarded.
  if (vm.state !== 'Off') stopWorkload(world, vm);
  vm.state = 'Off';
  vm.startedAt = null;
  vm.memoryAssignedMB = 0;
  vm.writeSeq = rel.appliedSeq;
  world.touchVm(vm.key);
  rel.failover = null;
  world.event(29280, 'Information', rel.replicaHost, vm.name, 'event.failoverCancelled', { vm: vm.name });
  setStates(world, rel, null, 'Replicating');
  startRecoveryPoints(world, rel);
  return OK;
}

/** `Complete-VMFailover` ("Remove Recovery Points"): irreversible; the other recovery points are deleted. */
export function completeFailover(world: World, ref: VmRef): CommandResult {
  const vm = resolveVm(world, ref);
  if (isFailure(vm)) return vm;
  const own = ownRelationship(world, vm);
  if (!own || own.side !== 'replica') return fail('NotApplicableOnVm', { vm: vm.name, cmdlet: 'Complete-VMFailover' });
  if (own.rel.replicaState !== 'FailedOverWaitingCompletion') return fail('InvalidReplicationState', { vm: vm.name });
  own.rel.recoveryPoints = [];
  world.event(29282, 'Information', own.rel.replicaHost, vm.name, 'event.failoverCompleted', { vm: vm.name });
  setStates(world, own.rel, null, 'FailedOver');
  return OK;
}
