import type { Relationship, Volume } from '../../protocol';
import { COMPARE_BYTES_PER_SEC, RETRY_DELAY_MS } from '../engine/constants';
import { EV } from '../engine/kinds';
import { setStates } from '../health/refresh';
import { relContext, replicatedUsedBytes, wireBytes, type RelContext } from '../model/relations';
import type { World } from '../model/world';
import { startCycles, updatePending } from './replicationCycle';
import { startRecoveryPoints } from './recoveryPoints';
import { sendFailure, transferDurationMs } from './sendPath';
import { volumeOf } from './storage';
import { accountWrites } from './writes';
import { bumpGen } from '../model/runtime';

/** What reserving the replica's disks takes: bytes of the disks not reserved yet, and the volume they go on. */
export function replicaDiskNeeds(ctx: RelContext): { needed: number; volume: Volume | undefined } {
  const needed = ctx.replicaVm.disks.reduce((sum, d) => sum + (d.usedBytes === 0 ? (ctx.primaryVm.disks.find((p) => p.path.split('\\').pop() === d.path.split('\\').pop())?.usedBytes ?? 0) : 0), 0);
  return { needed, volume: volumeOf(ctx.replicaHost, ctx.replicaVm.disks[0]?.path ?? '') };
}

/** Reserves room for the replica's disks on the replica host (once); false, changing nothing, when the volume is too small. */
export function reserveReplicaDisks(world: World, ctx: RelContext): boolean {
  const { needed, volume } = replicaDiskNeeds(ctx);
  if (needed === 0) return true;
  if (!volume || volume.freeBytes < needed) return false;
  volume.freeBytes -= needed;
  for (const d of ctx.replicaVm.disks) {
    if (d.usedBytes === 0) d.usedBytes = ctx.primaryVm.disks.find((p) => p.path.split('\\').pop() === d.path.split('\\').pop())?.usedBytes ?? 0;
  }
  world.touchHost(ctx.replicaHost.name);
  world.touchVm(ctx.replicaVm.key);
  return true;
}

/** Starts the network initial copy: change tracking begins now, the disks' used size goes over the link. */
export function startInitialReplication(world: World, rel: Relationship): boolean {
  const ctx = relContext(world, rel);
  if (!ctx) return false;
  const { rt } = ctx;
  if (!reserveReplicaDisks(world, ctx)) {
    world.event(32000, 'Error', rel.primaryHost, ctx.primaryVm.name, 'event.irNoSpace', { vm: ctx.primaryVm.name, server: ctx.replicaHost.fqdn });
    return false;
  }
  accountWrites(world, ctx.primaryVm);
  rt.jobSeq = ctx.primaryVm.writeSeq;
  rt.jobDataTime = world.now;
  rt.logFromSeq = rt.jobSeq;
  rt.receivedSeq = rel.appliedSeq;
  rt.tracking = true;
  rel.scheduledStart = null;
  const used = replicatedUsedBytes(rel, ctx.primaryVm);
  let bytes: number;
  let duration: number;
  if (rel.settings.initialReplicationMethod === 'ExistingVm') {
    // Both disks are compared block by block; only blocks written on either side since they last matched travel.
    const diverged = Math.max(0, ctx.primaryVm.writeSeq - rel.appliedSeq) + Math.max(0, ctx.replicaVm.writeSeq - rel.appliedSeq);
    bytes = wireBytes(rel, ctx.primaryVm, Math.min(used, diverged * ctx.primaryVm.workload.writeSizeBytes));
    duration = Math.ceil((used / COMPARE_BYTES_PER_SEC) * 1000) + transferDurationMs(world, ctx, bytes);
  } else {
    bytes = wireBytes(rel, ctx.primaryVm, used);
    duration = transferDurationMs(world, ctx, bytes);
  }
  const link = world.linkBetween(ctx.primaryHost, ctx.replicaHost);
  world.shareLink(link, 1);
  rel.job = { kind: 'InitialReplication', startedAt: world.now, endsAt: world.now + duration, bytes };
  world.schedule(world.now + duration, EV.IR_DONE, rt.slot, bumpGen(rt, EV.IR_DONE));
  world.event(29300, 'Information', rel.primaryHost, ctx.primaryVm.name, 'event.irStarted', { vm: ctx.primaryVm.name, bytes });
  // A replica side removed meanwhile stays removed (the copy then fails and is retried, never resurrects it).
  setStates(world, rel, 'InitialReplicationInProgress', rel.replicaState === 'Disabled' ? null : 'WaitingForInitialReplication');
  return true;
}

/** Scheduled start time reached ("Start replication on:"). */
export function onInitialReplicationStart(world: World, rel: Relationship): void {
  if (rel.primaryState !== 'ReadyForInitialReplication' && rel.primaryState !== 'InitialReplicationInProgress') return;
  if (rel.job) return;
  // A powered-off primary starts nothing; power-on restarts the copy (see resumeAfterPowerOn).
  if (world.hosts.get(rel.primaryHost)?.power !== 'On') return;
  startInitialReplication(world, rel);
}

/** The primary lost power mid-copy: the copy is void and starts again from the beginning at power-on. */
export function abortInitialCopy(world: World, ctx: RelContext, keepJob = false): void {
  const { rel, rt } = ctx;
  if (rel.job?.kind !== 'InitialReplication') return;
  bumpGen(rt, EV.IR_DONE);
  const link = world.linkBetween(ctx.primaryHost, ctx.replicaHost);
  world.shareLink(link, -1);
  if (!keepJob) rel.job = null;
  world.touchRel(rel.id);
}

/** Continues a paused initial copy for the time it had left. */
export function resumeInitialCopy(world: World, ctx: RelContext): void {
  const { rel, rt } = ctx;
  if (rel.job?.kind !== 'InitialReplication') return;
  const remaining = rt.pausedJobRemainingMs;
  rel.job = { ...rel.job, startedAt: world.now - Math.max(0, rel.job.endsAt - rel.job.startedAt - remaining), endsAt: world.now + remaining };
  const link = world.linkBetween(ctx.primaryHost, ctx.replicaHost);
  world.shareLink(link, 1);
  world.schedule(rel.job.endsAt, EV.IR_DONE, rt.slot, bumpGen(rt, EV.IR_DONE));
  world.touchRel(rel.id);
}

export function onInitialReplicationDone(world: World, rel: Relationship): void {
  const ctx = relContext(world, rel);
  if (!ctx || !rel.job) return;
  const link = world.linkBetween(ctx.primaryHost, ctx.replicaHost);
  world.shareLink(link, -1);
  const failure = sendFailure(world, ctx);
  if (failure) {
    // The copy broke off: Hyper-V retries it from the start after the retry delay.
    rel.job = null;
    rel.consecutiveFailures++;
    rel.stats.networkFailureCount++;
    world.event(32315, 'Warning', rel.primaryHost, ctx.primaryVm.name, 'event.32315', { vm: ctx.primaryVm.name, vmId: ctx.primaryVm.id, minutes: RETRY_DELAY_MS / 60_000, reason: failure, replicaServer: rel.settings.replicaServer });
    world.schedule(world.now + RETRY_DELAY_MS, EV.IR_START, ctx.rt.slot, bumpGen(ctx.rt, EV.IR_START));
    world.touchRel(rel.id);
    return;
  }
  rel.job = null;
  rel.consecutiveFailures = 0;
  rel.appliedSeq = ctx.rt.jobSeq;
  ctx.rt.receivedSeq = ctx.rt.jobSeq;
  ctx.rt.receivedDataTime = ctx.rt.jobDataTime;
  rel.appliedDataTime = ctx.rt.jobDataTime;
  rel.lastReplicationTime = world.now;
  ctx.replicaVm.writeSeq = rel.appliedSeq;
  world.touchVm(ctx.replicaVm.key);
  world.event(29308, 'Information', rel.primaryHost, ctx.primaryVm.name, 'event.irCompleted', { vm: ctx.primaryVm.name });
  setStates(world, rel, 'Replicating', 'Replicating');
  // The copy is in place: what is left to send is the log opened when the copy started.
  accountWrites(world, ctx.primaryVm);
  updatePending(world, ctx);
  startCycles(world, rel);
  startRecoveryPoints(world, rel);
}
