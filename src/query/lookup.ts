import type { Host, Relationship, Vm } from '../protocol';

/**
 * Anything entities can be read from by key. The engine's `Map`s satisfy it as they are (no wrapper on the
 * engine's hot path); the UI mirror's records are wrapped once with {@link recordLookup}.
 */
export interface Lookup<T> {
  get(key: string): T | undefined;
}

/** Reads a plain record (the store's mirror) through the {@link Lookup} interface. */
export function recordLookup<T>(record: Readonly<Record<string, T>>): Lookup<T> {
  // Own keys only: a VM named like an Object.prototype member must not find a prototype function.
  return { get: (key) => (Object.hasOwn(record, key) ? record[key] : undefined) };
}

/** The lab as every reader sees it: the engine's world and the UI's mirror both provide one. */
export interface LabReader {
  readonly now: number;
  readonly hosts: Lookup<Host>;
  readonly vms: Lookup<Vm>;
  readonly relationships: Lookup<Relationship>;
  /** The VM called `name` on `host` (names are unique per host), as `-ComputerName host -VMName name` finds it. */
  vmByName(host: string, name: string): Vm | undefined;
}
