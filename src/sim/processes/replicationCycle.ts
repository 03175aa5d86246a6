import type { Relationship } from '../../protocol';
import { MAX_ACTIVE_TRANSFERS, RESYNC_LOG_RATIO, RETRY_DELAY_MS } from '../engine/constants';
import { EV } from '../engine/kinds';
import { recordSuccess } from '../health/statistics';
import { refreshHealth, setStates } from '../health/refresh';
import { ctxReplicatedMaxBytes, relContext, wireBytes, type RelContext } from '../model/relations';
import type { World } from '../model/world';
import { accountWritesOf } from './writes';
import { isRecoverable, sendFailure, transferDurationMs, type SendFailure } from './sendPath';
import { bumpGen } from '../model/runtime';
import { scheduleAutoResync } from './resyncSchedule';

/** Size of an empty log: a cycle always sends at least this much. */
const LOG_HEADER_BYTES = 4096;

/** Bytes in the open log (writes since the last switch). */
function openLogBytes(ctx: RelContext): number {
  return Math.max(0, ctx.primaryVm.writeSeq - ctx.rt.logFromSeq) * ctx.primaryVm.workload.writeSizeBytes;
}

/** Recomputes the pending size shown as "Size of data yet to be replicated". */
export function updatePending(world: World, ctx: RelContext): void {
  const pending = ctx.rt.tracking ? openLogBytes(ctx) + ctx.rt.queuedBytes + (ctx.rt.inflight ? ctx.rt.inflightBytes : 0) : 0;
  if (pending !== ctx.rel.pendingBytes) {
    ctx.rel.pendingBytes = pending;
    world.touchRelVia(ctx.relRev, ctx.rel.id);
  }
}

/** Starts periodic log switches (after the initial copy or a resynchronisation). */
export function startCycles(world: World, rel: Relationship, firstAt = world.now + rel.settings.frequencySec * 1000): void {
  const rt = world.relRt.get(rel.id);
  if (!rt) return;
  world.schedule(firstAt, EV.LOG_SWITCH, rt.slot, bumpGen(rt, EV.LOG_SWITCH));
}

/** Stops cycles, drops logs and cancels transfers/retries (tracking stopped or relationship gone). */
export function stopCycles(world: World, ctx: RelContext): void {
  const rt = ctx.rt;
  for (const kind of [EV.LOG_SWITCH, EV.TRANSFER_DONE, EV.RETRY]) bumpGen(rt, kind);
  if (rt.inflight) releaseSlot(world, ctx);
  if (rt.waitingSlot) {
    const host = world.hostRt.get(ctx.rel.primaryHost);
    if (host) host.waiting = host.waiting.filter((id) => id !== ctx.rel.id);
  }
  rt.inflight = false;
  rt.waitingSlot = false;
  rt.retryPending = false;
  rt.queuedBytes = 0;
  rt.queuedLogs = 0;
  rt.inflightBytes = 0;
  rt.tracking = false;
  updatePending(world, ctx);
}

/** Primary states in which log switches keep happening (tracking on). */
function isTracking(rel: Relationship): boolean {
  return rel.primaryState === 'Replicating' || rel.primaryState === 'Suspended' || rel.primaryState === 'Error';
}

/** Replication interval boundary: close the open log and queue it for sending. */
export function onLogSwitch(world: World, rel: Relationship): void {
  const ctx = relContext(world, rel);
  if (ctx) logSwitch(world, ctx);
}

/** onLogSwitch with the context at hand (dispatch's fast path). */
export function logSwitch(world: World, ctx: RelContext): void {
  const { rt, rel } = ctx;
  world.schedule(world.now + rel.settings.frequencySec * 1000, EV.LOG_SWITCH, rt.slot, rt.gens[EV.LOG_SWITCH] ?? 0);
  // A powered-off primary host tracks nothing and sends nothing; its state resumes at power-on.
  if (ctx.primaryHost.power !== 'On' || !isTracking(rel) || !rt.tracking) return;
  accountWritesOf(world, ctx.primaryVm, ctx.primaryVmRt, ctx.primaryVmRev);
  const behind = rt.inflight || rt.waitingSlot || rt.queuedLogs > 0 || rt.retryPending;
  if (behind && rel.primaryState === 'Replicating') {
    rel.stats.missCount++;
    world.touchRelVia(ctx.relRev, rel.id);
  }
  // Every cycle closes a log, even an empty one (header only), so an idle VM stays in sync.
  if (rt.queuedLogs === 0) rt.queuedFirstSwitch = world.now;
  rt.queuedLogs++;
  rt.queuedBytes += openLogBytes(ctx) + LOG_HEADER_BYTES;
  rt.queuedSeqTo = ctx.primaryVm.writeSeq;
  rt.queuedLastSwitch = world.now;
  rt.logFromSeq = ctx.primaryVm.writeSeq;
  updatePending(world, ctx);
  if (rel.pendingBytes > RESYNC_LOG_RATIO * ctxReplicatedMaxBytes(ctx)) {
    requireResync(world, ctx, 'event.resyncLogsTooLarge');
    return;
  }
  if (rel.primaryState === 'Replicating') requestTransfer(world, ctx);
  refreshHealth(world, rel);
}

/** Tracking logs outgrew the threshold, or could not be trusted: resynchronisation required. */
export function requireResync(world: World, ctx: RelContext, reasonKey: string): void {
  cancelResync(world, ctx);
  stopCycles(world, ctx);
  setStates(world, ctx.rel, 'WaitingForStartResynchronize', null);
  world.event(32315, 'Error', ctx.rel.primaryHost, ctx.primaryVm.name, reasonKey, { vm: ctx.primaryVm.name, vmId: ctx.primaryVm.id });
  scheduleAutoResync(world, ctx.rel);
}

/** A resynchronisation that was running is void: the next one starts again from scratch (reference §5.4). */
export function cancelResync(world: World, ctx: RelContext): void {
  const { rel, rt } = ctx;
  const resyncing = rel.primaryState === 'Resynchronizing' || rel.primaryState === 'ResynchronizeSuspended';
  if (!resyncing && rel.job?.kind !== 'Resynchronization') return;
  for (const kind of [EV.RESYNC_START, EV.RESYNC_DONE] as const) bumpGen(rt, kind);
  rel.job = null;
  if (rel.replicaState === 'Resynchronizing' || rel.replicaState === 'ResynchronizeSuspended') rel.replicaState = 'Replicating';
  world.touchRel(rel.id);
}

/** Puts the relationship in its host's transfer queue when it has something to send. */
export function requestTransfer(world: World, ctx: RelContext): void {
  const { rt } = ctx;
  if (rt.inflight || rt.waitingSlot || rt.retryPending || rt.queuedLogs === 0) return;
  const host = world.hostRt.get(ctx.rel.primaryHost);
  if (!host) return;
  if (host.activeTransfers < MAX_ACTIVE_TRANSFERS) startTransfer(world, ctx);
  else {
    rt.waitingSlot = true;
    host.waiting.push(ctx.rel.id);
  }
}

function startTransfer(world: World, ctx: RelContext): void {
  const { rt, rel } = ctx;
  const failure = sendFailure(world, ctx);
  if (failure) {
    onSendFailed(world, ctx, failure);
    return;
  }
  const host = world.hostRt.get(rel.primaryHost);
  const link = world.linkBetween(ctx.primaryHost, ctx.replicaHost);
  if (!host || !link) return;
  rt.inflight = true;
  rt.inflightBytes = rt.queuedBytes;
  rt.inflightWireBytes = wireBytes(rel, ctx.primaryVm, rt.queuedBytes);
  rt.inflightSeqTo = rt.queuedSeqTo;
  rt.inflightFirstSwitch = rt.queuedFirstSwitch;
  rt.inflightLastSwitch = rt.queuedLastSwitch;
  rt.queuedBytes = 0;
  rt.queuedLogs = 0;
  const duration = transferDurationMs(world, ctx, rt.inflightWireBytes);
  host.activeTransfers++;
  world.shareLink(link, 1);
  world.schedule(world.now + duration, EV.TRANSFER_DONE, rt.slot, bumpGen(rt, EV.TRANSFER_DONE));
}

function releaseSlot(world: World, ctx: RelContext): void {
  const host = world.hostRt.get(ctx.rel.primaryHost);
  const link = world.linkBetween(ctx.primaryHost, ctx.replicaHost);
  if (host) host.activeTransfers = Math.max(0, host.activeTransfers - 1);
  world.shareLink(link, -1);
  ctx.rt.inflight = false;
  if (!host) return;
  // Hand the freed slot to the next relationship waiting on this host.
  while (host.waiting.length > 0 && host.activeTransfers < MAX_ACTIVE_TRANSFERS) {
    const nextId = host.waiting.shift() as string;
    const next = world.rels.get(nextId);
    const nextCtx = next ? relContext(world, next) : null;
    if (!nextCtx) continue;
    nextCtx.rt.waitingSlot = false;
    if (next?.primaryState === 'Replicating') startTransfer(world, nextCtx);
  }
}

export function onTransferDone(world: World, rel: Relationship): void {
  const ctx = relContext(world, rel);
  if (ctx) transferDone(world, ctx);
}

/** onTransferDone with the context at hand (dispatch's fast path). */
export function transferDone(world: World, ctx: RelContext): void {
  const { rt, rel } = ctx;
  releaseSlot(world, ctx);
  const failure = sendFailure(world, ctx);
  if (failure) {
    // The log did not arrive: put it back in front of the queue and retry later.
    rt.queuedBytes += rt.inflightBytes;
    rt.queuedFirstSwitch = rt.queuedLogs === 0 ? rt.inflightFirstSwitch : Math.min(rt.queuedFirstSwitch, rt.inflightFirstSwitch);
    rt.queuedLogs++;
    rt.queuedSeqTo = Math.max(rt.queuedSeqTo, rt.inflightSeqTo);
    rt.queuedLastSwitch = Math.max(rt.queuedLastSwitch, rt.inflightLastSwitch);
    rt.inflightBytes = 0;
    onSendFailed(world, ctx, failure);
    return;
  }
  const latency = world.now - rt.inflightFirstSwitch;
  recordSuccess(rel.stats, rt.inflightWireBytes, latency);
  rel.consecutiveFailures = 0;
  world.touchRelVia(ctx.relRev, rel.id);
  deliver(world, ctx, rt.inflightSeqTo, rt.inflightLastSwitch);
  rt.inflightBytes = 0;
  updatePending(world, ctx);
  if (rel.primaryState === 'Replicating') requestTransfer(world, ctx);
  refreshHealth(world, rel);
}

/**
 * A log reached the replica: applied at once, or held while replication is paused on the replica.
 * `dataTime` is when the newest log in it was closed on the primary (its writes are all at or before it).
 */
export function deliver(world: World, ctx: RelContext, seqTo: number, dataTime: number): void {
  const { rt, rel } = ctx;
  rt.receivedSeq = seqTo;
  rt.receivedAt = world.now;
  rt.receivedDataTime = Math.max(rt.receivedDataTime, dataTime);
  // A paused replica, or the placeholder of an external-media copy not yet imported, holds logs unapplied.
  if (rel.replicaState === 'Suspended' || rel.replicaState === 'WaitingForInitialReplication') return;
  applyReceived(world, ctx);
}

export function applyReceived(world: World, ctx: RelContext): void {
  const { rt, rel } = ctx;
  const newerWrites = rt.receivedSeq > rel.appliedSeq;
  // An empty log (idle or stopped VM) still counts as a synchronisation: the replica is not "behind".
  const newerLog = rel.lastReplicationTime === null || rt.receivedAt > rel.lastReplicationTime;
  if (!newerWrites && !newerLog) return;
  if (newerLog) rel.lastReplicationTime = rt.receivedAt;
  if (rel.appliedDataTime === null || rt.receivedDataTime > rel.appliedDataTime) rel.appliedDataTime = rt.receivedDataTime;
  if (newerWrites) {
    rel.appliedSeq = rt.receivedSeq;
    ctx.replicaVm.writeSeq = rel.appliedSeq;
    world.touchVmVia(ctx.replicaVmRev, ctx.replicaVm.key);
  }
  world.touchRelVia(ctx.relRev, rel.id);
}

function onSendFailed(world: World, ctx: RelContext, failure: SendFailure): void {
  const { rel, rt } = ctx;
  rel.consecutiveFailures++;
  const vm = ctx.primaryVm;
  if (!isRecoverable(failure)) {
    rel.stats.replicationFailureCount++;
    world.event(32086, 'Error', rel.primaryHost, vm.name, 'event.32086', { vm: vm.name, vmId: vm.id, reason: failure });
    setStates(world, rel, 'Error', null);
    return;
  }
  rel.stats.networkFailureCount++;
  world.event(32315, 'Warning', rel.primaryHost, vm.name, 'event.32315', { vm: vm.name, vmId: vm.id, minutes: RETRY_DELAY_MS / 60_000, reason: failure, replicaServer: rel.settings.replicaServer });
  rt.retryPending = true;
  world.schedule(world.now + RETRY_DELAY_MS, EV.RETRY, rt.slot, bumpGen(rt, EV.RETRY));
  world.touchRel(rel.id);
  refreshHealth(world, rel);
}

export function onRetry(world: World, rel: Relationship): void {
  const ctx = relContext(world, rel);
  if (!ctx) return;
  ctx.rt.retryPending = false;
  if (rel.primaryState !== 'Replicating' || ctx.primaryHost.power !== 'On') return;
  requestTransfer(world, ctx);
  refreshHealth(world, rel);
}
