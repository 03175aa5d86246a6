import type { DeltaMessage, LabEvent, Snapshot, SnapshotMessage, Vm } from '../protocol';
import { LazyRecords, RELATIONSHIP_KIND, VM_KIND, lazyRecordsOf, type HotKind } from './hotRecords';
import { EVENT_RING_CAPACITY, type LabMirror } from './labStore';

export { HOT_ACCESS_FOR_TESTS } from './hotRecords';

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
 * Record maps the mirror made itself (from a snapshot, or copied once) are {@link LazyRecords}: deltas
 * update them in place. Copying a 20,000-key map on every tick cost 5–10 ms of the UI thread (performance
 * T6), and so did copying every record a tick touched (see hotRecords.ts). Entries are still replaced,
 * never mutated: a changed VM read after a delta is a new object, an unchanged one keeps its identity, so
 * `useLab((lab) => lab.vms[key])` sees exactly the records that changed. Selecting a whole map
 * (`lab.vms`) would not see updates: select entries.
 */
function owned<T extends object>(map: Record<string, T>, kind: HotKind<T>): LazyRecords<T> {
  return new LazyRecords(map, kind);
}

/** The lazy map behind `map` when the mirror owns it, else an owned copy (maps from tests or `EMPTY_LAB` stay untouched). */
function ownedCopy<T extends object>(map: Readonly<Record<string, T>>, kind: HotKind<T>): LazyRecords<T> {
  return lazyRecordsOf<T>(map) ?? owned({ ...map }, kind);
}

/** A full replacement from a snapshot (load or resync). */
export function mirrorFromSnapshot(state: LabMirror, message: SnapshotMessage): LabMirror {
  const s = message.snapshot;
  const vms = owned(keyed(s.vms, (v) => v.key), VM_KIND);
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
    vms: vms.records,
    vmKeysByHost: groupVms(vms.unmaterialised, hostNames, message.reason === 'resync' ? state.vmKeysByHost : {}),
    relationships: owned(keyed(s.relationships, (r) => r.id), RELATIONSHIP_KIND).records,
    links: keyed(s.links, (l) => l.id),
    sites: s.sites,
    events: s.events.length > EVENT_RING_CAPACITY ? s.events.slice(-EVENT_RING_CAPACITY) : s.events,
    fault: state.fault,
    engineFault: message.clock.engineFault ?? null,
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
 * extended in place with the delta's added keys. Entities with hot updates get new objects when next
 * read (and a new nested `workload`/`stats` only when a field of it changed); everything else keeps its
 * identity.
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
    // Before any write: the owned map is updated in place, so hosts must be compared first.
    const vms = ownedCopy(state.vms, VM_KIND);
    const moved = d.removedVms.length > 0 || d.vms.some((v) => vms.unmaterialised[v.key]?.host !== v.host);
    if (hotVms) vms.applyHot(hot.vms, index.vms);
    for (const v of d.vms) vms.put(v.key, v);
    for (const key of d.removedVms) vms.remove(key);
    next.vms = vms.records;
    if (moved || next.hostNames !== state.hostNames) next.vmKeysByHost = groupVms(vms.unmaterialised, next.hostNames, state.vmKeysByHost);
  }
  const hotRels = hot.relationships.count > 0;
  if (d.relationships.length > 0 || d.removedRelationships.length > 0 || hotRels) {
    const rels = ownedCopy(state.relationships, RELATIONSHIP_KIND);
    if (hotRels) rels.applyHot(hot.relationships, index.relationships);
    for (const r of d.relationships) rels.put(r.id, r);
    for (const id of d.removedRelationships) rels.remove(id);
    next.relationships = rels.records;
  }
  if (d.links.length > 0) next.links = { ...state.links, ...keyed(d.links, (l) => l.id) };
  if (d.events.length > 0) next.events = appendEvents(state.events, d.events);
  return next;
}

function appendEvents(ring: readonly LabEvent[], added: readonly LabEvent[]): readonly LabEvent[] {
  const overflow = ring.length + added.length - EVENT_RING_CAPACITY;
  if (overflow <= 0) return [...ring, ...added];
  return [...ring.slice(Math.min(overflow, ring.length)), ...added.slice(Math.max(0, added.length - EVENT_RING_CAPACITY))];
}

/** VM keys per host, reusing `previous` arrays that did not change (reads only `host` and `key`, never hot). */
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
