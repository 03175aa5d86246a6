import type { Relationship } from '../../protocol';
import { COMPARE_BYTES_PER_SEC, RETRY_DELAY_MS } from '../engine/constants';
import { EV } from '../engine/kinds';
import { setStates } from '../health/refresh';
import { relContext, replicatedUsedBytes, wireBytes } from '../model/relations';
import type { World } from '../model/world';
import { startRecoveryPoints } from './recoveryPoints';
import { startCycles, updatePending } from './replicationCycle';
import { sendFailure, transferDurationMs } from './sendPath';
import { accountWrites } from './writes';
import { bumpGen } from '../model/runtime';

/**
 * Resynchronisation (reference §5.4): tracking restarts now, both disks are compared block by block and
 * only differing blocks are sent; at the end every recovery point is deleted.
 */
export function startResync(world: World, rel: Relationship): void {
  const ctx = relContext(world, rel);
  if (!ctx) return;
  const { rt } = ctx;
  accountWrites(world, ctx.primaryVm);
  rt.jobSeq = ctx.primaryVm.writeSeq;
  rt.jobDataTime = world.now;
  rt.logFromSeq = rt.jobSeq;
  rt.queuedBytes = 0;
  rt.queuedLogs = 0;
  rt.tracking = true;
  const used = replicatedUsedBytes(rel, ctx.primaryVm);
  const differing = Math.min(used, Math.max(0, rt.jobSeq - rel.appliedSeq) * ctx.primaryVm.workload.writeSizeBytes);
  const compareMs = Math.ceil((used / COMPARE_BYTES_PER_SEC) * 1000);
  const duration = compareMs + transferDurationMs(world, ctx, wireBytes(rel, ctx.primaryVm, differing));
  rel.job = { kind: 'Resynchronization', startedAt: world.now, endsAt: world.now + duration, bytes: differing };
  rel.scheduledStart = null;
  world.schedule(world.now + duration, EV.RESYNC_DONE, rt.slot, bumpGen(rt, EV.RESYNC_DONE));
  world.event(29242, 'Information', rel.primaryHost, ctx.primaryVm.name, 'event.29242', { vm: ctx.primaryVm.name, bytes: used });
  // A replica side removed meanwhile stays removed (the resync then fails and is retried, never resurrects it).
  setStates(world, rel, 'Resynchronizing', rel.replicaState === 'Disabled' ? null : 'Resynchronizing');
}

export function onResyncStart(world: World, rel: Relationship): void {
  const rt = world.relRt.get(rel.id);
  // VMMS is not running on a powered-off primary: try again later rather than start on a dead host.
  if (rt && world.hosts.get(rel.primaryHost)?.power !== 'On') {
    world.schedule(world.now + RETRY_DELAY_MS, EV.RESYNC_START, rt.slot, bumpGen(rt, EV.RESYNC_START));
    return;
  }
  if (rel.primaryState === 'WaitingForStartResynchronize' || (rel.primaryState === 'Resynchronizing' && !rel.job)) startResync(world, rel);
}

export function onResyncDone(world: World, rel: Relationship): void {
  const ctx = relContext(world, rel);
  if (!ctx || !rel.job) return;
  const failure = sendFailure(world, ctx);
  if (failure) {
    rel.job = null;
    rel.consecutiveFailures++;
    world.event(32315, 'Warning', rel.primaryHost, ctx.primaryVm.name, 'event.32315', { vm: ctx.primaryVm.name, vmId: ctx.primaryVm.id, minutes: RETRY_DELAY_MS / 60_000, reason: failure, replicaServer: rel.settings.replicaServer });
    world.schedule(world.now + RETRY_DELAY_MS, EV.RESYNC_START, ctx.rt.slot, bumpGen(ctx.rt, EV.RESYNC_START));
    world.touchRel(rel.id);
    return;
  }
  const sent = rel.job.bytes;
  const took = world.now - rel.job.startedAt;
  rel.job = null;
  rel.consecutiveFailures = 0;
  rel.appliedSeq = ctx.rt.jobSeq;
  ctx.rt.receivedSeq = ctx.rt.jobSeq;
  ctx.rt.receivedDataTime = ctx.rt.jobDataTime;
  rel.appliedDataTime = ctx.rt.jobDataTime;
  rel.lastReplicationTime = world.now;
  rel.recoveryPoints = [];
  ctx.replicaVm.writeSeq = rel.appliedSeq;
  world.touchVm(ctx.replicaVm.key);
  world.event(29244, 'Information', rel.primaryHost, ctx.primaryVm.name, 'event.29244', { vm: ctx.primaryVm.name, bytes: sent, seconds: Math.round(took / 1000) });
  setStates(world, rel, 'Replicating', 'Replicating');
  // Disks match again: what is left to send is the log opened when the resynchronisation started.
  accountWrites(world, ctx.primaryVm);
  updatePending(world, ctx);
  startCycles(world, rel);
  startRecoveryPoints(world, rel);
}
