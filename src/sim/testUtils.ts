/**
 * Helpers shared by the engine's tests (never imported by the engine itself).
 * Times are simulated milliseconds from the lab start (2026-03-02 08:00 UTC), so `hours(1)` is 09:00.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Command, LabEvent, Relationship, Snapshot, Vm } from '../protocol';
import { createEngine, type CreateOptions, type Engine } from './index';

export const SEC = 1_000;
export const MIN = 60 * SEC;
export const HOUR = 60 * MIN;
export const minutes = (n: number): number => n * MIN;
export const hours = (n: number): number => n * HOUR;

/** Runs a command and fails the test with the engine's error when it is rejected. */
export function run(engine: Engine, cmd: Command): void {
  const result = engine.execute(cmd);
  if (!result.ok) throw new Error(`${cmd.type} rejected: ${result.error.code} ${JSON.stringify(result.error.params)}`);
}

export function vmByName(engine: Engine, host: string, name: string): Vm {
  const vm = engine.world.findVm(host, name);
  if (!vm) throw new Error(`no VM ${name} on ${host}`);
  return vm;
}

/** The relationship whose primary is `host`/`name`. */
export function relOf(engine: Engine, host: string, name: string): Relationship {
  const vm = vmByName(engine, host, name);
  for (const rel of engine.world.rels.values()) if (rel.primaryVm === vm.key) return rel;
  throw new Error(`no relationship from ${name} on ${host}`);
}

export function rels(engine: Engine): Relationship[] {
  return [...engine.world.rels.values()];
}

export function eventsWithId(engine: Engine, eventId: number, vm?: string): LabEvent[] {
  return engine.world.log.all().filter((e) => e.eventId === eventId && (vm === undefined || e.vm === vm));
}

/**
 * The blank lab with HV-2 made a Kerberos Replica server (any server, storage `D:\Replica`, HTTP listener
 * open) and Vm1 on HV-1 enabled with `settings`, initial copy started at once over the network.
 */
export function blankWithReplication(settings: Partial<Pick<Extract<Command, { type: 'Enable-VMReplication' }>, 'frequencySec' | 'recoveryHistory' | 'vssSnapshotFrequencyHour'>> = {}, options: CreateOptions = {}): Engine {
  const engine = createEngine('blank', { seed: 1, ...options });
  run(engine, { type: 'Set-VMReplicationServer', host: 'HV-2', replicationEnabled: true, kerberos: { enabled: true, port: 80 }, allowAnyServer: true, defaultStorageLocation: 'D:\\Replica' });
  run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: true });
  run(engine, {
    type: 'Enable-VMReplication',
    host: 'HV-1',
    vm: 'Vm1',
    replicaServerName: 'hv-2.formation.lan',
    replicaServerPort: 80,
    authenticationType: 'Kerberos',
    initialReplication: { method: 'Network' },
    ...settings,
  });
  return engine;
}

/** Advances in `step` increments up to `until`, calling `each` after every step (for "always" checks). */
export function advanceStepwise(engine: Engine, until: number, step: number, each: (now: number) => void): void {
  for (let t = engine.now + step; t <= until; t += step) {
    engine.advanceTo(t);
    each(t);
  }
}

export type Keyed = { key?: string; name?: string; id?: string };
export const keyOf = (x: Keyed): string => x.key ?? x.id ?? x.name ?? '?';

/** Keys of entities that differ (or appeared) between two snapshots, per kind. */
export function changedBetween(before: Snapshot, after: Snapshot): Record<'hosts' | 'vms' | 'relationships' | 'links', string[]> {
  const diff = (a: Keyed[], b: Keyed[]) => {
    const old = new Map(a.map((x) => [keyOf(x), x]));
    return b.filter((x) => !isDeepStrictEqual(old.get(keyOf(x)), x)).map(keyOf).sort();
  };
  return {
    hosts: diff(before.hosts, after.hosts),
    vms: diff(before.vms, after.vms),
    relationships: diff(before.relationships, after.relationships),
    links: diff(before.links, after.links),
  };
}
