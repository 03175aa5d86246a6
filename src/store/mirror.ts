import type { DeltaMessage, LabEvent, SnapshotMessage, Vm } from '../protocol';
import { EVENT_RING_CAPACITY, type LabMirror } from './labStore';

/**
 * Pure reducers from worker stream messages to the lab mirror (bridge.ts is their only caller).
 * They never mutate `state`; anything a message does not touch keeps its identity.
 */

function keyed<T>(items: readonly T[], key: (item: T) => string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const item of items) out[key(item)] = item;
  return out;
}

/** A full replacement from a snapshot (load or resync). */
export function mirrorFromSnapshot(state: LabMirror, message: SnapshotMessage): LabMirror {
  const s = message.snapshot;
  const vms = keyed(s.vms, (v) => v.key);
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
    relationships: keyed(s.relationships, (r) => r.id),
    links: keyed(s.links, (l) => l.id),
    sites: s.sites,
    events: s.events.length > EVENT_RING_CAPACITY ? s.events.slice(-EVENT_RING_CAPACITY) : s.events,
    fault: state.fault,
  };
}

/** Applies a delta whose `baseSeq` is the mirror's `seq` (the bridge checks that first). */
export function applyDelta(state: LabMirror, message: DeltaMessage): LabMirror {
  const d = message.delta;
  const next: LabMirror = { ...state, seq: message.seq, now: message.now, ...message.clock };
  if (d.hosts.length > 0) {
    next.hosts = { ...state.hosts, ...keyed(d.hosts, (h) => h.name) };
    const added = d.hosts.map((h) => h.name).filter((name) => !(name in state.hosts));
    if (added.length > 0) next.hostNames = [...state.hostNames, ...added];
  }
  if (d.vms.length > 0 || d.removedVms.length > 0) {
    const vms: Record<string, Vm> = { ...state.vms, ...keyed(d.vms, (v) => v.key) };
    for (const key of d.removedVms) delete vms[key];
    next.vms = vms;
    const moved = d.removedVms.length > 0 || d.vms.some((v) => state.vms[v.key]?.host !== v.host);
    if (moved || next.hostNames !== state.hostNames) next.vmKeysByHost = groupVms(vms, next.hostNames, state.vmKeysByHost);
  }
  if (d.relationships.length > 0 || d.removedRelationships.length > 0) {
    const rels = { ...state.relationships, ...keyed(d.relationships, (r) => r.id) };
    for (const id of d.removedRelationships) delete rels[id];
    next.relationships = rels;
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
