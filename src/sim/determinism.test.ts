import { describe, expect, it } from 'vitest';
import type { Command } from '../protocol';
import { checkInvariants, createEngine, LAB_FILE_VERSION, loadLab, PRESET_IDS, saveLab, type Engine } from './index';
import { hours, minutes } from './testUtils';

/** Commands at simulated times; the same script run twice must give the same lab. */
const SCRIPT: [number, Command][] = [
  [minutes(20), { type: 'Lab-SetLink', link: 'lan-siege', up: false }],
  [minutes(95), { type: 'Lab-SetLink', link: 'lan-siege', up: true }],
  [hours(2), { type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm2' }],
  [hours(2) + 17, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm3' }],
  [hours(3), { type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm2' }],
  [hours(3) + minutes(1), { type: 'Suspend-VMReplication', host: 'HV-2', vm: 'Vm4' }],
  [hours(4), { type: 'Lab-CrashHost', host: 'HV-1' }],
  [hours(4) + minutes(30), { type: 'Lab-PowerOnHost', host: 'HV-1' }],
  [hours(5), { type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm1' }],
  [hours(5), { type: 'Start-VM', host: 'HV-1', vm: 'Vm1' }],
  [hours(6), { type: 'Resume-VMReplication', host: 'HV-2', vm: 'Vm4' }],
  [hours(7), { type: 'Reset-VMReplicationStatistics', host: 'HV-1', vm: 'Vm2' }],
];

/** Runs the script's commands due up to `until`; returns the error code of each rejected one. */
function runScript(engine: Engine, until: number, script = SCRIPT): string[] {
  const rejected: string[] = [];
  for (const [time, cmd] of script) {
    if (time > until) break;
    engine.advanceTo(time);
    const result = engine.execute(cmd);
    if (!result.ok) rejected.push(`${cmd.type}: ${result.error.code}`);
  }
  engine.advanceTo(until);
  return rejected;
}

function roundTrip(engine: Engine): Engine {
  return loadLab(JSON.parse(JSON.stringify(saveLab(engine))));
}

/** Advances both labs by `ms` and expects the very same state and event log. */
function expectSameFuture(original: Engine, copy: Engine, ms: number): void {
  original.advanceBy(ms);
  copy.advanceBy(ms);
  expect(copy.snapshot()).toEqual(original.snapshot());
  expect(copy.eventLogDigest()).toBe(original.eventLogDigest());
}

describe('determinism', () => {
  it('same preset, seed and commands at the same times ⇒ identical snapshot and event-log digest', () => {
    const a = createEngine('active-passive', { seed: 11 });
    const b = createEngine('active-passive', { seed: 11 });
    expect(runScript(a, hours(12))).toEqual([]);
    runScript(b, hours(12));
    expect(b.snapshot()).toEqual(a.snapshot());
    expect(b.eventLogDigest()).toBe(a.eventLogDigest());
    expect(a.snapshot().events.length).toBeGreaterThan(50);
  });

  it('the same run is identical whether time is advanced in one jump or in small steps', () => {
    const jump = createEngine('extended-chain', { seed: 4 });
    const steps = createEngine('extended-chain', { seed: 4 });
    jump.advanceTo(hours(9));
    for (let t = 0; t <= hours(9); t += 7_777) steps.advanceTo(t);
    steps.advanceTo(hours(9));
    expect(steps.snapshot()).toEqual(jump.snapshot());
    expect(steps.eventLogDigest()).toBe(jump.eventLogDigest());
  });

  it('a different seed gives a different lab and digest', () => {
    const a = createEngine('active-passive', { seed: 1 });
    const b = createEngine('active-passive', { seed: 2 });
    runScript(a, hours(6));
    runScript(b, hours(6));
    expect(b.snapshot()).not.toEqual(a.snapshot());
    expect(b.eventLogDigest()).not.toBe(a.eventLogDigest());
    expect(b.snapshot().vms.map((v) => v.id)).not.toEqual(a.snapshot().vms.map((v) => v.id));
  });

  it('does not depend on the wall clock or Math.random', () => {
    const random = Math.random;
    const now = Date.now;
    try {
      Math.random = () => 0.5;
      Date.now = () => 0;
      const a = createEngine('branch-office-wan', { seed: 5 });
      a.advanceTo(hours(3));
      Math.random = random;
      Date.now = now;
      const b = createEngine('branch-office-wan', { seed: 5 });
      b.advanceTo(hours(3));
      expect(b.snapshot()).toEqual(a.snapshot());
    } finally {
      Math.random = random;
      Date.now = now;
    }
  });
});

describe('saveLab / loadLab', () => {
  // Save points chosen to catch pending work: logs queued and retries pending during the outage,
  // a paused replica holding received logs, a crashed host, a scheduled resync.
  const SAVE_POINTS = [0, minutes(50), hours(2) + minutes(30), hours(4) + minutes(10), hours(5) + 30_000, hours(8)];

  for (const at of SAVE_POINTS) {
    it(`a JSON round trip at ${at / 60_000} min continues exactly like the original for 6 h`, () => {
      const original = createEngine('active-passive', { seed: 3 });
      runScript(original, at);
      const copy = roundTrip(original);
      expect(copy.snapshot()).toEqual(original.snapshot());
      expect(copy.eventLogDigest()).toBe(original.eventLogDigest());
      const rest = SCRIPT.filter(([t]) => t > at);
      runScript(original, at + hours(6), rest);
      runScript(copy, at + hours(6), rest);
      expect(copy.snapshot()).toEqual(original.snapshot());
      expect(copy.eventLogDigest()).toBe(original.eventLogDigest());
      expect(checkInvariants(copy)).toEqual([]);
    });
  }

  for (const id of PRESET_IDS) {
    it(`round-trips the ${id} preset mid-run`, () => {
      const original = createEngine(id, { seed: 8, hosts: 4, vms: 10 });
      original.advanceTo(hours(2) + 12_345);
      expectSameFuture(original, roundTrip(original), hours(6));
    });
  }

  it('round-trips a lab in the middle of a resynchronisation and an initial replication', () => {
    const original = createEngine('active-passive', { seed: 1 });
    original.execute({ type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm1' });
    original.execute({ type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm1', resynchronize: true });
    original.execute({ type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm2' });
    original.execute({ type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm2', resynchronize: true, resynchronizeStartTime: hours(1) });
    original.advanceTo(10_000);
    expect(original.world.rels.get('rel-1')?.job?.kind).toBe('Resynchronization');
    expectSameFuture(original, roundTrip(original), hours(6));
  });

  it('after loading, a delta from 0 carries the whole lab', () => {
    const original = createEngine('extended-chain', { seed: 2 });
    original.advanceTo(hours(1));
    const copy = roundTrip(original);
    const delta = copy.delta(0, 0);
    const snap = original.snapshot();
    expect(delta.hosts).toEqual(snap.hosts);
    expect(delta.vms).toEqual(snap.vms);
    expect(delta.relationships).toEqual(snap.relationships);
    expect(delta.links).toEqual(snap.links);
  });

  it('rejects garbage with a readable error', () => {
    const good = JSON.parse(JSON.stringify(saveLab(createEngine('blank')))) as Record<string, unknown>;
    const bad: unknown[] = [
      null,
      42,
      'replica-lab',
      [],
      {},
      { ...good, format: 'something-else' },
      { ...good, version: LAB_FILE_VERSION + 1 },
      { ...good, queue: { events: [{ time: 'soon', seq: 1, kind: 1, slot: 1, gen: 0 }], nextSeq: 2 } },
      { ...good, rng: { a: [1, 2, 3] } },
      { ...good, hosts: 'HV-1' },
    ];
    for (const input of bad) {
      expect(() => loadLab(input)).toThrow(/^Not a Replica Lab file \(version 1\): \S+.*/);
    }
    expect(() => loadLab({ ...good, hosts: 'HV-1' })).toThrow(/hosts/);
    expect(() => loadLab({ ...good, queue: { events: [{ time: 'soon', seq: 1, kind: 1, slot: 1, gen: 0 }], nextSeq: 2 } })).toThrow(/queue\.events\.0\.time/);
    expect(() => loadLab(good)).not.toThrow();
  });

  it('createEngine rejects an unknown preset id', () => {
    expect(() => createEngine('nope')).toThrow('Unknown lab "nope".');
  });
});
