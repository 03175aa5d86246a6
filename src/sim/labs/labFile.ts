import type { Host, LabEvent, Link, Relationship, Site, Vm, VmExport } from '../../protocol';
import { DEFAULT_AUTO_RESYNCHRONIZE } from '../../protocol/entities';
import { EventLog } from '../engine/eventLog';
import { EventQueue, type QueuedEvent } from '../engine/eventQueue';
import { RandomStreams } from '../engine/rng';
import type { HostRuntime, RelRuntime, VmRuntime } from '../model/runtime';
import { World } from '../model/world';

import { checkLabFile, LAB_FILE_FORMAT, LAB_FILE_VERSION, LabFileRefused } from './labCheck';

export { LAB_FILE_FORMAT, LAB_FILE_VERSION, LabFileRefused } from './labCheck';

/** A saved lab: every entity, the engine's private bookkeeping, the pending events and the random streams. */
export interface LabFile {
  format: typeof LAB_FILE_FORMAT;
  version: typeof LAB_FILE_VERSION;
  labId: string;
  seed: number;
  startDate: string;
  now: number;
  counters: { version: number; nextSlot: number; nextRelId: number; nextPointId: number };
  hosts: Host[];
  vms: Vm[];
  relationships: Relationship[];
  links: Link[];
  sites: Site[];
  /** Export-VM folders; absent in files saved before Export/Import (and whenever there is none). */
  exports?: VmExport[];
  runtime: { hosts: [string, HostRuntime][]; vms: [string, VmRuntime][]; relationships: [string, RelRuntime][]; slots: [number, string][]; linkActive: [string, number][] };
  queue: { events: QueuedEvent[]; nextSeq: number };
  rng: Record<string, [number, number, number, number]>;
  log: { events: LabEvent[]; nextSeq: number; hash: number };
}

export function exportLab(world: World): LabFile {
  return structuredClone({
    format: LAB_FILE_FORMAT,
    version: LAB_FILE_VERSION,
    labId: world.labId,
    seed: world.seed,
    startDate: world.startDate,
    now: world.now,
    counters: { version: world.version, nextSlot: world.nextSlot, nextRelId: world.nextRelId, nextPointId: world.nextPointId },
    hosts: [...world.hosts.values()],
    vms: [...world.vms.values()],
    relationships: [...world.rels.values()],
    links: [...world.links.values()],
    sites: world.sites,
    ...(world.exports.size > 0 ? { exports: [...world.exports.values()] } : {}),
    runtime: {
      hosts: [...world.hostRt],
      vms: [...world.vmRt],
      relationships: [...world.relRt],
      slots: [...world.slotKey],
      linkActive: [...world.linkActive],
    },
    queue: { events: world.queue.toArray(), nextSeq: world.queue.sequence },
    rng: world.rng.exportState(),
    log: world.log.exportState(),
  } satisfies LabFile);
}

/** Files saved before Failover TCP/IP had an IPv6 block: no IPv6 address, no IPv6 scheme. */
function withIpv6Fields(vm: Vm): Vm {
  return { ...vm, adapters: vm.adapters.map((a) => ({ ...a, ipv6Address: a.ipv6Address ?? '', failoverIpv6: a.failoverIpv6 ?? null })) };
}

/** Files saved before the Resynchronization page: the relationship gets Hyper-V's default schedule. */
function withResyncSchedule(rel: Relationship): Relationship {
  return rel.settings.autoResynchronizeEnabled === undefined ? { ...rel, settings: { ...rel.settings, ...DEFAULT_AUTO_RESYNCHRONIZE } } : rel;
}

/**
 * Files saved before recovery points and failovers carried a data time: the best time known stands in
 * (a point's creation, the last synchronisation; a received log's arrival, the copy's start).
 */
function withDataTimes(rel: Relationship): Relationship {
  const points = rel.recoveryPoints.map((p) => (p.dataTime === undefined ? { ...p, dataTime: p.time } : p));
  const failover = rel.failover && rel.failover.dataTime === undefined ? { ...rel.failover, dataTime: rel.failover.pointTime } : rel.failover;
  return { ...rel, appliedDataTime: rel.appliedDataTime === undefined ? rel.lastReplicationTime : rel.appliedDataTime, recoveryPoints: points, failover };
}

function withDataTimesRt(rt: RelRuntime): RelRuntime {
  return rt.receivedDataTime === undefined ? { ...rt, receivedDataTime: rt.receivedAt, jobDataTime: 0 } : rt;
}

/**
 * Rebuilds a world from a lab file, once {@link checkLabFile} found nothing wrong with it.
 * @throws LabFileRefused naming the first problem (its path in the file and why).
 */
export function importLab(input: unknown): World {
  const refused = checkLabFile(input);
  if (refused) throw new LabFileRefused(refused);
  const file = structuredClone(input) as LabFile;
  const world = new World(file.labId, file.seed, file.startDate);
  world.now = file.now;
  world.nextSlot = file.counters.nextSlot;
  world.nextRelId = file.counters.nextRelId;
  world.nextPointId = file.counters.nextPointId;
  for (const h of file.hosts) world.hosts.set(h.name, h);
  for (const v of file.vms) world.vms.set(v.key, withIpv6Fields(v));
  for (const r of file.relationships) world.rels.set(r.id, withDataTimes(withResyncSchedule(r)));
  for (const l of file.links) world.links.set(l.id, l);
  world.sites = file.sites;
  for (const e of file.exports ?? []) world.exports.set(e.path.trim().replace(/\\+$/, '').toLowerCase(), e);
  for (const [k, v] of file.runtime.hosts) world.hostRt.set(k, v);
  for (const [k, v] of file.runtime.vms) world.vmRt.set(k, v);
  for (const [k, v] of file.runtime.relationships) world.relRt.set(k, withDataTimesRt(v));
  for (const [k, v] of file.runtime.slots) world.slotKey.set(k, v);
  for (const [k, v] of file.runtime.linkActive) world.linkActive.set(k, v);
  world.queue = EventQueue.fromArray(file.queue.events, file.queue.nextSeq);
  world.rng = RandomStreams.fromState(file.seed, file.rng);
  world.log = EventLog.fromState(file.log);
  // Every entity counts as changed at load, so the first delta after it carries the whole lab.
  for (const k of world.hosts.keys()) world.touchHost(k);
  for (const k of world.vms.keys()) world.touchVm(k);
  for (const k of world.rels.keys()) world.touchRel(k);
  for (const k of world.links.keys()) world.touchLink(k);
  world.version = Math.max(world.version, file.counters.version);
  return world;
}
