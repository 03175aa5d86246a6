import { createStore, useStore, type StoreApi } from 'zustand';
import type { EngineFault, Host, LabEvent, Link, Relationship, Site, Speed, Vm } from '../protocol';

/**
 * The lab as the worker last reported it. Written only by `bridge.ts` (through the pure reducers of
 * `mirror.ts`); components read it through narrow selectors. Records are keyed by id and replaced
 * immutably: a changed VM gets a new object, an unchanged VM keeps its identity. The `vms` and
 * `relationships` maps themselves are updated in place by deltas (copying 20,000 keys ten times a second
 * would cost more than the rest of the update): select entries (`lab.vms[key]`), never a whole map.
 * Hot fields (CPU usage, statistics…) reach a record when it is read (see `hotRecords.ts`), so a record
 * nobody looks at costs nothing per tick.
 */
export interface LabMirror {
  /** `empty` until the first snapshot arrives. */
  status: 'empty' | 'ready';
  /** Counts labs loaded in this page (0 before the first), so views can tell a new lab from an update. */
  generation: number;
  labId: string;
  seed: number;
  /** ISO 8601 date of simulated time 0. */
  startDate: string;
  /** Last stream message applied (0 before the first snapshot; the worker numbers messages from 1). */
  seq: number;
  /** Simulated milliseconds since `startDate`. */
  now: number;
  speed: Speed;
  playSpeed: Exclude<Speed, 0>;
  behind: boolean;
  hosts: Readonly<Record<string, Host>>;
  /** Host names in the engine's order. */
  hostNames: readonly string[];
  vms: Readonly<Record<string, Vm>>;
  /** VM keys of each host in the engine's order; an unchanged host keeps the same array. */
  vmKeysByHost: Readonly<Record<string, readonly string[]>>;
  relationships: Readonly<Record<string, Relationship>>;
  links: Readonly<Record<string, Link>>;
  sites: readonly Site[];
  /** Newest events, oldest first, at most {@link EVENT_RING_CAPACITY}. */
  events: readonly LabEvent[];
  /** Set when the worker failed (uncaught error, wrong protocol version). */
  fault: string | null;
  /** Set when the engine threw while running time: the worker stopped the clock there (the lab still answers). */
  engineFault: EngineFault | null;
}

/** UI-side event ring (performance T14: a long run must not grow memory without bound). */
export const EVENT_RING_CAPACITY = 50_000;

export const EMPTY_LAB: LabMirror = {
  status: 'empty',
  generation: 0,
  labId: '',
  seed: 0,
  startDate: '1970-01-01T00:00:00.000Z',
  seq: 0,
  now: 0,
  speed: 0,
  playSpeed: 1,
  behind: false,
  hosts: {},
  hostNames: [],
  vms: {},
  vmKeysByHost: {},
  relationships: {},
  links: {},
  sites: [],
  events: [],
  fault: null,
  engineFault: null,
};

export type LabStore = StoreApi<LabMirror>;

export function createLabStore(): LabStore {
  return createStore<LabMirror>()(() => EMPTY_LAB);
}

/** The page's lab mirror (tests may create their own with {@link createLabStore}). */
export const labStore: LabStore = createLabStore();

/** Subscribes a component to one narrow slice of the lab mirror. */
export function useLab<T>(selector: (lab: LabMirror) => T): T {
  return useStore(labStore, selector);
}
