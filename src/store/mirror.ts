import {
  RELATIONSHIP_HOT_FIELDS,
  VM_HOT_FIELDS,
  type DeltaMessage,
  type HotColumns,
  type HotField,
  type LabEvent,
  type Relationship,
  type Snapshot,
  type SnapshotMessage,
  type Vm,
} from '../protocol';
import { EVENT_RING_CAPACITY, type LabMirror } from './labStore';

/**
 * Reducers from worker stream messages to the lab mirror (bridge.ts is their only caller). Each returns a
 * new mirror object; anything a message does not touch keeps its identity. The one exception to purity:
 * the `vms` and `relationships` maps the mirror made are updated in place (see {@link ownedMaps}).
 */

function keyed<T>(items: readonly T[], key: (item: T) => string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const item of items) out[key(item)] = item;
  return out;
}

/**
 * Record maps the mirror made itself (from a snapshot, or copied once): deltas update those in place.
 * Copying a 20,000-key map on every tick cost 5–10 ms of the UI thread (performance T6), more than all the
 * rest of a delta. Entries are still replaced, never mutated: a changed VM gets a new object, an unchanged
 * one keeps its identity, so `useLab((lab) => lab.vms[key])` sees exactly the records that changed.
 * Selecting a whole map (`lab.vms`) would not see updates: select entries.
 */
const ownedMaps = new WeakSet<object>();

function owned<T>(map: Record<string, T>): Record<string, T> {
  ownedMaps.add(map);
  return map;
}

/** `map` itself when the mirror owns it, else an owned copy (maps from tests or `EMPTY_LAB` stay untouched). */
function ownedCopy<T>(map: Readonly<Record<string, T>>): Record<string, T> {
  return ownedMaps.has(map) ? (map) : owned({ ...map });
}

/** A full replacement from a snapshot (load or resync). */
export function mirrorFromSnapshot(state: LabMirror, message: SnapshotMessage): LabMirror {
  const s = message.snapshot;
  const vms = owned(keyed(s.vms, (v) => v.key));
  const hostNames = s.hosts.map((h) => h.name);
  return {
    status: 'ready',
    generation: message.reason === 'load' ? state.generation + 1 : state.generation,
    labId: s.labId,
    seed: s.seed,
    startDate: s.startDate,
    seq: message.seq,
    now: message.now,
    ...message.clock,
    hosts: keyed(s.hosts, (h) => h.name),
    hostNames,
    vms,
    vmKeysByHost: groupVms(vms, hostNames, message.reason === 'resync' ? state.vmKeysByHost : {}),
    relationships: owned(keyed(s.relationships, (r) => r.id)),
    links: keyed(s.links, (l) => l.id),
    sites: s.sites,
    events: s.events.length > EVENT_RING_CAPACITY ? s.events.slice(-EVENT_RING_CAPACITY) : s.events,
    fault: state.fault,
  };
}

/**
 * Entity index tables of the typed hot updates (`HotDelta`): position → key, in the order of the last
 * snapshot, extended by each delta's added keys. The bridge keeps one beside the mirror.
 */
export interface EntityIndex {
  vms: string[];
  relationships: string[];
}

export function indexFromSnapshot(snapshot: Snapshot): EntityIndex {
  return { vms: snapshot.vms.map((v) => v.key), relationships: snapshot.relationships.map((r) => r.id) };
}

/**
 * Applies a delta whose `baseSeq` is the mirror's `seq` (the bridge checks that first). `index` is
 * extended in place with the delta's added keys. Entities with hot updates get new objects (and a new
 * nested `workload`/`stats` only when a field of it changed); everything else keeps its identity.
 */
export function applyDelta(state: LabMirror, message: DeltaMessage, index: EntityIndex = { vms: [], relationships: [] }): LabMirror {
  const d = message.delta;
  const hot = message.hot;
  if (hot.addedVms.length > 0) index.vms.push(...hot.addedVms);
  if (hot.addedRelationships.length > 0) index.relationships.push(...hot.addedRelationships);
  const next: LabMirror = { ...state, seq: message.seq, now: message.now, ...message.clock };
  if (d.hosts.length > 0) {
    next.hosts = { ...state.hosts, ...keyed(d.hosts, (h) => h.name) };
    const added = d.hosts.map((h) => h.name).filter((name) => !(name in state.hosts));
    if (added.length > 0) next.hostNames = [...state.hostNames, ...added];
  }
  const hotVms = hot.vms.count > 0;
  if (d.vms.length > 0 || d.removedVms.length > 0 || hotVms) {
    // Before any write: with an owned map, `state.vms` is the map being updated.
    const moved = d.removedVms.length > 0 || d.vms.some((v) => state.vms[v.key]?.host !== v.host);
    const vms = ownedCopy(state.vms);
    if (hotVms) applyHot(vms, hot.vms, index.vms, VM_ACCESS, copyWorkload);
    for (const v of d.vms) vms[v.key] = v;
    for (const key of d.removedVms) delete vms[key];
    next.vms = vms;
    if (moved || next.hostNames !== state.hostNames) next.vmKeysByHost = groupVms(vms, next.hostNames, state.vmKeysByHost);
  }
  const hotRels = hot.relationships.count > 0;
  if (d.relationships.length > 0 || d.removedRelationships.length > 0 || hotRels) {
    const rels = ownedCopy(state.relationships);
    if (hotRels) applyHot(rels, hot.relationships, index.relationships, RELATIONSHIP_ACCESS, copyStats);
    for (const r of d.relationships) rels[r.id] = r;
    for (const id of d.removedRelationships) delete rels[id];
    next.relationships = rels;
  }
  if (d.links.length > 0) next.links = { ...state.links, ...keyed(d.links, (l) => l.id) };
  if (d.events.length > 0) next.events = appendEvents(state.events, d.events);
  return next;
}

/** Reads and writes one hot field (named property accesses, so V8 keeps them monomorphic). */
interface HotAccess<T> {
  get(entity: T): number | null;
  set(entity: T, value: number | null): void;
}

/** In the order of `VM_HOT_FIELDS`. */
const VM_ACCESS: readonly HotAccess<Vm>[] = [
  { get: (v) => v.writeSeq, set: (v, x) => void (v.writeSeq = x as number) },
  { get: (v) => v.cpuUsagePercent, set: (v, x) => void (v.cpuUsagePercent = x as number) },
  { get: (v) => v.memoryAssignedMB, set: (v, x) => void (v.memoryAssignedMB = x as number) },
  { get: (v) => v.startedAt, set: (v, x) => void (v.startedAt = x) },
  { get: (v) => v.workload.writesPerSecond, set: (v, x) => void (v.workload.writesPerSecond = x as number) },
];

type Stats = Relationship['stats'];
const statField = (k: keyof Stats): HotAccess<Relationship> => ({ get: (r) => r.stats[k], set: (r, x) => void (r.stats[k] = x as number) });

/** In the order of `RELATIONSHIP_HOT_FIELDS`. */
const RELATIONSHIP_ACCESS: readonly HotAccess<Relationship>[] = [
  { get: (r) => r.appliedSeq, set: (r, x) => void (r.appliedSeq = x as number) },
  { get: (r) => r.pendingBytes, set: (r, x) => void (r.pendingBytes = x as number) },
  { get: (r) => r.lastReplicationTime, set: (r, x) => void (r.lastReplicationTime = x) },
  { get: (r) => r.consecutiveFailures, set: (r, x) => void (r.consecutiveFailures = x as number) },
  ...RELATIONSHIP_HOT_FIELDS.slice(4).map((f) => statField(f.sub as keyof Stats)),
];

/** Bits of the fields that live in a nested object (copied before those fields are written). */
const subMask = (fields: readonly HotField[], key: string) => fields.reduce((m, f, j) => (f.key === key && f.sub !== undefined ? m | (1 << j) : m), 0);
const VM_WORKLOAD_BITS = subMask(VM_HOT_FIELDS, 'workload');
const RELATIONSHIP_STATS_BITS = subMask(RELATIONSHIP_HOT_FIELDS, 'stats');

/** Checked by tests: the accessors above follow the wire's field tables. */
export const HOT_ACCESS_FOR_TESTS = { vms: VM_ACCESS, relationships: RELATIONSHIP_ACCESS };

/** A varint reader over one kind's `bytes` (see `HotColumns`). */
class VarintReader {
  p = 0;
  constructor(private readonly bytes: Uint8Array) {}
  uvar(): number {
    const bytes = this.bytes;
    let b = bytes[this.p++] as number;
    if (b < 128) return b;
    let out = b & 127;
    let mul = 128;
    for (;;) {
      b = bytes[this.p++] as number;
      out += (b & 127) * mul;
      if (b < 128) return out;
      mul *= 128;
    }
  }
  svar(): number {
    const z = this.uvar();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
}

/**
 * Decodes one kind's hot columns into `records` (a fresh copy of the mirror's record map): each listed
 * entity gets a new object with its changed fields, its nested object copied only when one of its fields
 * changed; key order is kept, so `state()` serialises exactly as a full object would.
 */
function applyHot<T extends object>(
  records: Record<string, T>,
  cols: HotColumns,
  keys: readonly string[],
  access: readonly HotAccess<T>[],
  copySub: (next: T, old: T, mask: number) => void,
): void {
  const r = new VarintReader(cols.bytes);
  const floats = cols.floats;
  let fi = 0;
  let index = 0;
  for (let e = 0; e < cols.count; e++) {
    index += r.svar();
    const mask = r.uvar();
    const key = keys[index];
    const old = key === undefined ? undefined : records[key];
    if (key === undefined || !old) throw new Error(`hot update for unknown entity #${index}`);
    const next = { ...old };
    copySub(next, old, mask);
    for (let j = 0; j < access.length; j++) {
      if ((mask & (1 << j)) === 0) continue;
      const a = access[j] as HotAccess<T>;
      if (mask & (1 << (16 + j))) {
        const raw = floats[fi++] as number;
        a.set(next, Number.isNaN(raw) ? null : raw);
      } else {
        a.set(next, (a.get(old) as number) + r.svar());
      }
    }
    records[key] = next;
  }
}

const copyWorkload = (next: Vm, old: Vm, mask: number) => {
  if (mask & VM_WORKLOAD_BITS) next.workload = { ...old.workload };
};
const copyStats = (next: Relationship, old: Relationship, mask: number) => {
  if (mask & RELATIONSHIP_STATS_BITS) next.stats = { ...old.stats };
};

function appendEvents(ring: readonly LabEvent[], added: readonly LabEvent[]): readonly LabEvent[] {
  const overflow = ring.length + added.length - EVENT_RING_CAPACITY;
  if (overflow <= 0) return [...ring, ...added];
  return [...ring.slice(Math.min(overflow, ring.length)), ...added.slice(Math.max(0, added.length - EVENT_RING_CAPACITY))];
}

/** VM keys per host, reusing `previous` arrays that did not change. */
function groupVms(
  vms: Readonly<Record<string, Vm>>,
  hostNames: readonly string[],
  previous: Readonly<Record<string, readonly string[]>>,
): Record<string, readonly string[]> {
  const groups: Record<string, string[]> = {};
  for (const name of hostNames) groups[name] = [];
  for (const vm of Object.values(vms)) (groups[vm.host] ??= []).push(vm.key);
  const out: Record<string, readonly string[]> = {};
  for (const [host, keys] of Object.entries(groups)) {
    const old = previous[host];
    out[host] = old && old.length === keys.length && old.every((k, i) => k === keys[i]) ? old : keys;
  }
  return out;
}
