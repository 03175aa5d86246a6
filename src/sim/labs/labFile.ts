import * as z from 'zod/mini';
import type { Host, LabEvent, Link, Relationship, Site, Vm } from '../../protocol';
import { DEFAULT_AUTO_RESYNCHRONIZE } from '../../protocol/entities';
import { EventLog } from '../engine/eventLog';
import { EventQueue, type QueuedEvent } from '../engine/eventQueue';
import { RandomStreams } from '../engine/rng';
import type { HostRuntime, RelRuntime, VmRuntime } from '../model/runtime';
import { World } from '../model/world';

export const LAB_FILE_FORMAT = 'replica-lab';
export const LAB_FILE_VERSION = 1;

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
  runtime: { hosts: [string, HostRuntime][]; vms: [string, VmRuntime][]; relationships: [string, RelRuntime][]; slots: [number, string][]; linkActive: [string, number][] };
  queue: { events: QueuedEvent[]; nextSeq: number };
  rng: Record<string, [number, number, number, number]>;
  log: { events: LabEvent[]; nextSeq: number; hash: number };
}

const Words = z.tuple([z.number(), z.number(), z.number(), z.number()]);
const Entities = z.array(z.looseObject({}));

/** Structural check of a lab file before it replaces the running lab (details are trusted once it passes). */
export const LabFileSchema = z.looseObject({
  format: z.literal(LAB_FILE_FORMAT),
  version: z.literal(LAB_FILE_VERSION),
  labId: z.string(),
  seed: z.number(),
  startDate: z.string(),
  now: z.number(),
  counters: z.object({ version: z.number(), nextSlot: z.number(), nextRelId: z.number(), nextPointId: z.number() }),
  hosts: Entities,
  vms: Entities,
  relationships: Entities,
  links: Entities,
  sites: Entities,
  runtime: z.looseObject({ hosts: z.array(z.tuple([z.string(), z.looseObject({})])), vms: z.array(z.tuple([z.string(), z.looseObject({})])), relationships: z.array(z.tuple([z.string(), z.looseObject({})])), slots: z.array(z.tuple([z.number(), z.string()])), linkActive: z.array(z.tuple([z.string(), z.number()])) }),
  queue: z.object({ events: z.array(z.looseObject({ time: z.number(), seq: z.number(), kind: z.number(), slot: z.number(), gen: z.number() })), nextSeq: z.number() }),
  rng: z.record(z.string(), Words),
  log: z.looseObject({ events: z.array(z.looseObject({})), nextSeq: z.number(), hash: z.number() }),
});

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
 * Rebuilds a world from a lab file.
 * @throws Error naming the first structural problem when the file is not a Replica Lab file.
 */
export function importLab(input: unknown): World {
  const parsed = LabFileSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Not a Replica Lab file (version ${LAB_FILE_VERSION}): ${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'invalid'}`);
  }
  const file = structuredClone(input) as LabFile;
  const world = new World(file.labId, file.seed, file.startDate);
  world.now = file.now;
  world.nextSlot = file.counters.nextSlot;
  world.nextRelId = file.counters.nextRelId;
  world.nextPointId = file.counters.nextPointId;
  for (const h of file.hosts) world.hosts.set(h.name, h);
  for (const v of file.vms) world.vms.set(v.key, withIpv6Fields(v));
  for (const r of file.relationships) world.rels.set(r.id, withResyncSchedule(r));
  for (const l of file.links) world.links.set(l.id, l);
  world.sites = file.sites;
  for (const [k, v] of file.runtime.hosts) world.hostRt.set(k, v);
  for (const [k, v] of file.runtime.vms) world.vmRt.set(k, v);
  for (const [k, v] of file.runtime.relationships) world.relRt.set(k, v);
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
