import type { Command, CommandResult, Delta, Snapshot } from '../../protocol';
import { executeCommand } from '../commands/execute';
import { onExportDone, onImportDone } from '../processes/externalMedia';
import { onInitialReplicationDone, onInitialReplicationStart } from '../processes/initialReplication';
import { onHealthTick, onMonitor } from '../processes/monitoring';
import { onRecoveryPoint } from '../processes/recoveryPoints';
import { logSwitch, onLogSwitch, onRetry, onTransferDone, transferDone } from '../processes/replicationCycle';
import { onResyncDone, onResyncStart } from '../processes/resync';
import { onStorageMoveDone } from '../processes/storageMove';
import { onWorkloadTick } from '../processes/writes';
import type { Rev, World } from '../model/world';
import type { QueuedEvent } from './eventQueue';
import { EV } from './kinds';

/**
 * The deterministic engine: a world plus the loop that fires its scheduled events in (time, seq) order.
 * Nothing here reads the wall clock; callers decide how far simulated time moves.
 */
export class Engine {
  /** Events fired since the engine was created (benchmarks report it). */
  eventsProcessed = 0;
  private readonly scratch: QueuedEvent = { time: 0, seq: 0, kind: 0, slot: 0, gen: 0 };

  constructor(readonly world: World) {}

  get now(): number {
    return this.world.now;
  }

  /**
   * Runs a command at the current simulated time. Whatever its static type, the payload is checked against
   * its schema first (`checkCommand`): a malformed one gets InvalidParameter or UnknownCommand, never an
   * exception, and any refused command leaves the lab exactly as it was.
   */
  execute(cmd: Command): CommandResult {
    return executeCommand(this.world, cmd);
  }

  /**
   * Fires every event due up to `time` (inclusive) and leaves the clock at `time`.
   * @param maxEvents stop early after this many events (the worker's time budget); the clock then stays
   *   at the last event fired. @returns true when `time` was reached.
   */
  advanceTo(time: number, maxEvents = Infinity): boolean {
    const target = Math.floor(time);
    const q = this.world.queue;
    const ev = this.scratch;
    let n = 0;
    while (q.peekTime() <= target) {
      if (n >= maxEvents) {
        this.eventsProcessed += n;
        return false;
      }
      q.pop(ev);
      this.world.now = ev.time;
      this.dispatch(ev);
      n++;
    }
    this.eventsProcessed += n;
    if (target > this.world.now) this.world.now = target;
    return true;
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.world.now + ms);
  }

  private dispatch(ev: QueuedEvent): void {
    const w = this.world;
    if (ev.kind === EV.HEALTH_TICK) return onHealthTick(w);
    if (ev.kind !== EV.WORKLOAD && ev.kind !== EV.MONITOR) {
      // Fast path (almost every event): the relationship's cached context, reached by slot.
      const ctx = w.slotCtx[ev.slot];
      if (ctx !== undefined && ctx.epoch === w.ctxEpoch) {
        if (ctx.rt.gens[ev.kind] !== ev.gen) return;
        if (ev.kind === EV.LOG_SWITCH) return logSwitch(w, ctx);
        if (ev.kind === EV.TRANSFER_DONE) return transferDone(w, ctx);
      }
    }
    const key = w.slotKey.get(ev.slot);
    if (key === undefined) return;
    switch (ev.kind) {
      case EV.WORKLOAD: {
        const target = w.vmTarget(ev.slot, key);
        if (target && target.rt.workloadGen === ev.gen) onWorkloadTick(w, target.vm, target);
        return;
      }
      case EV.MONITOR: {
        const host = w.hosts.get(key);
        if (host && w.hostRt.get(key)?.monitorGen === ev.gen) onMonitor(w, host);
        return;
      }
      case EV.STORAGE_MOVE_DONE: {
        const vm = w.vms.get(key);
        if (vm) onStorageMoveDone(w, vm);
        return;
      }
    }
    const rel = w.rels.get(key);
    if (!rel || w.relRt.get(key)?.gens[ev.kind] !== ev.gen) return;
    switch (ev.kind) {
      case EV.LOG_SWITCH:
        return onLogSwitch(w, rel);
      case EV.TRANSFER_DONE:
        return onTransferDone(w, rel);
      case EV.RETRY:
        return onRetry(w, rel);
      case EV.IR_START:
        return onInitialReplicationStart(w, rel);
      case EV.IR_DONE:
        return onInitialReplicationDone(w, rel);
      case EV.RESYNC_START:
        return onResyncStart(w, rel);
      case EV.RESYNC_DONE:
        return onResyncDone(w, rel);
      case EV.RECOVERY_POINT:
        return onRecoveryPoint(w, rel);
      case EV.EXPORT_DONE:
        return onExportDone(w, rel);
      case EV.IMPORT_DONE:
        return onImportDone(w, rel);
    }
  }

  /** Time of the next scheduled event (Infinity when idle). */
  nextEventTime(): number {
    return this.world.queue.peekTime();
  }

  /** A deep, JSON-safe copy of everything the UI shows. */
  snapshot(): Snapshot {
    const w = this.world;
    return structuredClone({
      seq: w.version,
      now: w.now,
      startDate: w.startDate,
      labId: w.labId,
      seed: w.seed,
      hosts: [...w.hosts.values()],
      vms: [...w.vms.values()],
      relationships: [...w.rels.values()],
      sites: w.sites,
      links: [...w.links.values()],
      events: w.log.all(),
    });
  }

  /** Entities changed after `baseSeq` and events logged after `baseEventSeq`. */
  delta(baseSeq: number, baseEventSeq: number): Delta {
    return structuredClone(this.changes(baseSeq, baseEventSeq));
  }

  /**
   * What {@link delta} returns, without the deep copy: the arrays are new but the entities and events are
   * the engine's live objects, valid until the engine runs again. Callers must not mutate them (the worker
   * copies only what it sends as objects).
   */
  changes(baseSeq: number, baseEventSeq: number): Delta {
    const w = this.world;
    const pick = <T>(revs: Map<string, Rev>, source: Map<string, T>): T[] => {
      const out: T[] = [];
      for (const [key, { rev }] of revs) {
        if (rev <= baseSeq) continue;
        const entity = source.get(key);
        if (entity) out.push(entity);
      }
      return out;
    };
    const removed = (m: Map<string, number>) => [...m].filter(([, rev]) => rev > baseSeq).map(([key]) => key);
    return {
      baseSeq,
      seq: w.version,
      now: w.now,
      hosts: pick(w.revHosts, w.hosts),
      vms: pick(w.revVms, w.vms),
      relationships: pick(w.revRels, w.rels),
      links: pick(w.revLinks, w.links),
      removedVms: removed(w.removedVms),
      removedRelationships: removed(w.removedRels),
      events: w.log.since(baseEventSeq),
    };
  }

  /** Hash of every event logged so far (golden tests). */
  eventLogDigest(): string {
    return this.world.log.digest();
  }
}
