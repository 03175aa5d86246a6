import type { EventLevel, Host, LabEvent, Link, Relationship, Site, Vm, VmExport } from '../../protocol';
import { EventLog } from '../engine/eventLog';
import { EventQueue } from '../engine/eventQueue';
import { RandomStreams, type RandomStream } from '../engine/rng';
import type { RelContext } from './relations';
import type { HostRuntime, RelRuntime, VmRuntime } from './runtime';

/** An entity's change stamp, boxed so a cached context can restamp it without a Map lookup. */
export interface Rev {
  rev: number;
}

/** What a workload event acts on, cached by slot like {@link World.slotCtx}. */
export interface VmTarget {
  vm: Vm;
  rt: VmRuntime;
  rev: Rev | undefined;
  epoch: number;
  /** The VM's workload stream once fetched, and the RandomStreams it came from. */
  stream: RandomStream | undefined;
  streams: RandomStreams | undefined;
}

/**
 * The whole mutable state of a lab: public entities (what snapshots show), engine-private runtime,
 * the event queue, the random streams, the event log and the change counters behind deltas.
 */
export class World {
  now = 0;
  /** Change counter: every entity change stamps its key with a new value. */
  version = 0;
  nextSlot = 1;
  nextRelId = 1;
  nextPointId = 1;

  readonly hosts = new Map<string, Host>();
  readonly vms = new Map<string, Vm>();
  readonly rels = new Map<string, Relationship>();
  readonly links = new Map<string, Link>();
  /** Export-VM folders by lower-case path (reachable from every host of the lab). */
  readonly exports = new Map<string, VmExport>();
  sites: Site[] = [];

  readonly hostRt = new Map<string, HostRuntime>();
  readonly vmRt = new Map<string, VmRuntime>();
  readonly relRt = new Map<string, RelRuntime>();
  readonly slotKey = new Map<number, string>();
  /** Transfers currently on each link (for the fair share of its bandwidth). */
  readonly linkActive = new Map<string, number>();
  /** Looked-up relationship contexts (see relContext); dropped whenever an entity is added or removed. */
  readonly ctxCache = new Map<string, RelContext>();
  /**
   * The same contexts by event slot, so dispatch reaches one with an array index instead of three Map
   * lookups: at 10k VMs every event touches a different relationship and each lookup is a cache miss.
   * An entry counts only while its `epoch` equals `ctxEpoch` (bumped instead of clearing the array).
   */
  readonly slotCtx: (RelContext | undefined)[] = [];
  readonly slotVm: (VmTarget | undefined)[] = [];
  ctxEpoch = 0;

  readonly revHosts = new Map<string, Rev>();
  readonly revVms = new Map<string, Rev>();
  readonly revRels = new Map<string, Rev>();
  readonly revLinks = new Map<string, Rev>();
  readonly removedVms = new Map<string, number>();
  readonly removedRels = new Map<string, number>();

  /** Milliseconds from midnight (lab time zone = UTC) to simulated time 0. */
  readonly dayOffsetMs: number;

  queue = new EventQueue();
  log: EventLog;
  rng: RandomStreams;

  constructor(
    readonly labId: string,
    readonly seed: number,
    readonly startDate: string,
  ) {
    this.dayOffsetMs = ((Date.parse(startDate) % 86_400_000) + 86_400_000) % 86_400_000;
    this.rng = new RandomStreams(seed);
    this.log = new EventLog();
  }

  allocSlot(key: string): number {
    const slot = this.nextSlot++;
    this.slotKey.set(slot, key);
    return slot;
  }

  schedule(time: number, kind: number, slot: number, gen: number): void {
    this.queue.push(Math.max(time, this.now), kind, slot, gen);
  }

  touchHost(name: string): void {
    stamp(this.revHosts, name, ++this.version);
  }
  touchVm(key: string): void {
    stamp(this.revVms, key, ++this.version);
  }
  touchRel(id: string): void {
    stamp(this.revRels, id, ++this.version);
  }
  touchLink(id: string): void {
    stamp(this.revLinks, id, ++this.version);
  }

  /** touchVm through a box held by a cached context (valid: contexts are forgotten when a box is dropped). */
  touchVmVia(rev: Rev | undefined, key: string): void {
    if (rev) rev.rev = ++this.version;
    else this.touchVm(key);
  }
  touchRelVia(rev: Rev | undefined, id: string): void {
    if (rev) rev.rev = ++this.version;
    else this.touchRel(id);
  }

  /** Drops every cached context (an entity was added or removed, so any lookup may now differ). */
  forgetContexts(): void {
    this.ctxCache.clear();
    this.ctxEpoch++;
  }

  /** Drops one relationship's cached context (its roles were swapped in place). */
  forgetContext(id: string): void {
    const ctx = this.ctxCache.get(id);
    if (ctx) ctx.epoch = -1;
    this.ctxCache.delete(id);
  }

  /** Remembers `ctx` for dispatch by slot (see slotCtx). */
  rememberSlot(ctx: RelContext): void {
    growTo(this.slotCtx, ctx.rt.slot);
    ctx.epoch = this.ctxEpoch;
    this.slotCtx[ctx.rt.slot] = ctx;
  }

  /** The VM a workload event on `slot` acts on: cached, or looked up as dispatch always did. */
  vmTarget(slot: number, key: string): VmTarget | undefined {
    const hit = this.slotVm[slot];
    if (hit !== undefined && hit.epoch === this.ctxEpoch) return hit;
    const vm = this.vms.get(key);
    const rt = this.vmRt.get(key);
    if (!vm || !rt) return undefined;
    const target: VmTarget = { vm, rt, rev: this.revVms.get(key), epoch: this.ctxEpoch, stream: undefined, streams: undefined };
    growTo(this.slotVm, slot);
    this.slotVm[slot] = target;
    return target;
  }

  addHost(host: Host): void {
    this.forgetContexts();
    this.hosts.set(host.name, host);
    this.hostRt.set(host.name, { slot: this.allocSlot(host.name), activeTransfers: 0, waiting: [], monitorGen: 0 });
    this.touchHost(host.name);
  }

  addVm(vm: Vm): void {
    this.forgetContexts();
    this.vms.set(vm.key, vm);
    this.vmRt.set(vm.key, { slot: this.allocSlot(vm.key), writeAcc: 0, accountedTo: this.now, lastWriteAt: this.now, workloadGen: 0 });
    this.removedVms.delete(vm.key);
    this.touchVm(vm.key);
  }

  removeVm(key: string): void {
    this.forgetContexts();
    const rt = this.vmRt.get(key);
    if (rt) this.slotKey.delete(rt.slot);
    this.vms.delete(key);
    this.vmRt.delete(key);
    this.revVms.delete(key);
    this.removedVms.set(key, ++this.version);
  }

  removeRel(id: string): void {
    this.forgetContexts();
    const rt = this.relRt.get(id);
    if (rt) this.slotKey.delete(rt.slot);
    this.rels.delete(id);
    this.relRt.delete(id);
    this.revRels.delete(id);
    this.removedRels.set(id, ++this.version);
  }

  /** Case-insensitive lookup by NetBIOS name or FQDN, as name resolution would. */
  resolveHost(name: string): Host | undefined {
    const wanted = name.trim().toLowerCase();
    for (const host of this.hosts.values()) {
      if (host.name.toLowerCase() === wanted || host.fqdn.toLowerCase() === wanted) return host;
    }
    return undefined;
  }

  findVm(hostName: string, vmName: string): Vm | undefined {
    for (const vm of this.vms.values()) {
      if (vm.host.toLowerCase() === hostName.toLowerCase() && vm.name.toLowerCase() === vmName.toLowerCase()) return vm;
    }
    return undefined;
  }

  /** Counts a transfer starting (+1) or ending (-1) on a link, for its fair bandwidth share. */
  shareLink(link: Link | undefined, delta: 1 | -1): void {
    if (link) this.linkActive.set(link.id, Math.max(0, (this.linkActive.get(link.id) ?? 0) + delta));
  }

  linkBetween(a: Host, b: Host): Link | undefined {
    for (const link of this.links.values()) {
      if ((link.siteA === a.site && link.siteB === b.site) || (link.siteA === b.site && link.siteB === a.site)) return link;
    }
    return undefined;
  }

  event(eventId: number, level: EventLevel, host: string, vm: string | null, key: string, params: LabEvent['params'] = {}): void {
    this.log.add(this.now, eventId, level, host, vm, key, params);
  }
}

/** Sets a change stamp, keeping the key's place in the Map (deltas list entities in first-stamp order). */
function stamp(revs: Map<string, Rev>, key: string, version: number): void {
  const box = revs.get(key);
  if (box) box.rev = version;
  else revs.set(key, { rev: version });
}

/** Extends a slot-indexed array with `undefined` up to `index`, keeping it packed (a far write would make it a dictionary). */
function growTo<T>(arr: (T | undefined)[], index: number): void {
  while (arr.length <= index) arr.push(undefined);
}
