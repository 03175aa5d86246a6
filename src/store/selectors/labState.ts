import type { Host, LabEvent, Link, Relationship, Site, Vm } from '../../protocol';
import type { LabMirror } from '../labStore';

/** Events `state()` includes (the newest); within the engine's own log ring, so `load(export())` keeps them. */
export const STATE_EVENT_LIMIT = 1_000;

/**
 * What `window.replicaLab.state()` returns: the lab at one simulated instant, with PowerShell enum names.
 * Deterministic: nothing here depends on wall-clock time, speed or delta timing, so the same preset, seed
 * and calls give the same value, and so does `load(export())`.
 */
export interface LabState {
  labId: string;
  seed: number;
  /** ISO 8601 date of simulated time 0. */
  startDate: string;
  /** Simulated milliseconds since `startDate`. */
  now: number;
  /** Simulated time, ISO 8601 (what `now()` returns). */
  time: string;
  /** Sorted by name. */
  hosts: Host[];
  /** Sorted by key (`<host>:<vm id>`). */
  vms: Vm[];
  /** Sorted by id. */
  relationships: Relationship[];
  /** Sorted by id. */
  links: Link[];
  sites: Site[];
  /** The newest {@link STATE_EVENT_LIMIT} events, oldest first. */
  events: LabEvent[];
}

/** ISO 8601 of simulated time `now` in a lab that starts at `startDate`. */
export function simulatedIso(startDate: string, now: number): string {
  return new Date(Date.parse(startDate) + now).toISOString();
}

function sortedValues<T>(record: Readonly<Record<string, T>>): T[] {
  return Object.keys(record)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => record[k] as T);
}

/** A detached, JSON-only, deeply frozen copy of the lab (mutating it cannot touch the store). */
export function buildLabState(lab: LabMirror): LabState {
  const state: LabState = {
    labId: lab.labId,
    seed: lab.seed,
    startDate: lab.startDate,
    now: lab.now,
    time: simulatedIso(lab.startDate, lab.now),
    hosts: sortedValues(lab.hosts),
    vms: sortedValues(lab.vms),
    relationships: sortedValues(lab.relationships),
    links: sortedValues(lab.links),
    sites: [...lab.sites],
    events: lab.events.slice(-STATE_EVENT_LIMIT),
  };
  return deepFreeze(JSON.parse(JSON.stringify(state)) as LabState);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
