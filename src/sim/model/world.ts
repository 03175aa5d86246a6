import type { EventLevel, Host, LabEvent, Link, Relationship, Site, Vm } from '../../protocol';
import { EventLog } from '../engine/eventLog';
import { EventQueue } from '../engine/eventQueue';
import { RandomStreams } from '../engine/rng';
import type { RelContext } from './relations';
import type { HostRuntime, RelRuntime, VmRuntime } from './runtime';

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
  sites: Site[] = [];

  readonly hostRt = new Map<string, HostRuntime>();
  readonly vmRt = new Map<string, VmRuntime>();
  readonly relRt = new Map<string, RelRuntime>();
  readonly slotKey = new Map<number, string>();
  /** Transfers currently on each link (for the fair share of its bandwidth). */
  readonly linkActive = new Map<string, number>();
  /** Looked-up relationship contexts (see relContext); dropped whenever an entity is added or removed. */
  readonly ctxCache = new Map<string, RelContext>();

  readonly revHosts = new Map<string, number>();
  readonly revVms = new Map<string, number>();
  readonly revRels = new Map<string, number>();
  readonly revLinks = new Map<string, number>();
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
    this.revHosts.set(name, ++this.version);
  }
  touchVm(key: string): void {
    this.revVms.set(key, ++this.version);
  }
  touchRel(id: string): void {
    this.revRels.set(id, ++this.version);
  }
  touchLink(id: string): void {
    this.revLinks.set(id, ++this.version);
  }

  addHost(host: Host): void {
    this.ctxCache.clear();
    this.hosts.set(host.name, host);
    this.hostRt.set(host.name, { slot: this.allocSlot(host.name), activeTransfers: 0, waiting: [], monitorGen: 0 });
    this.touchHost(host.name);
  }

  addVm(vm: Vm): void {
    this.ctxCache.clear();
    this.vms.set(vm.key, vm);
    this.vmRt.set(vm.key, { slot: this.allocSlot(vm.key), writeAcc: 0, accountedTo: this.now, lastWriteAt: this.now, workloadGen: 0 });
    this.removedVms.delete(vm.key);
    this.touchVm(vm.key);
  }

  removeVm(key: string): void {
    this.ctxCache.clear();
    const rt = this.vmRt.get(key);
    if (rt) this.slotKey.delete(rt.slot);
    this.vms.delete(key);
    this.vmRt.delete(key);
    this.revVms.delete(key);
    this.removedVms.set(key, ++this.version);
  }

  removeRel(id: string): void {
    this.ctxCache.clear();
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
