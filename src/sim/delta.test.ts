import { describe, expect, it } from 'vitest';
import type { Command, Snapshot } from '../protocol';
import { createEngine, PRESET_IDS, type Engine } from './index';
import { changedBetween, hours, keyOf, minutes } from './testUtils';

function deltaKeys(engine: Engine, base: Snapshot) {
  const d = engine.delta(base.seq, base.events.at(-1)?.seq ?? 0);
  return {
    keys: { hosts: d.hosts.map(keyOf).sort(), vms: d.vms.map(keyOf).sort(), relationships: d.relationships.map(keyOf).sort(), links: d.links.map(keyOf).sort() },
    delta: d,
  };
}

describe('delta(baseSeq, baseEventSeq)', () => {
  for (const id of PRESET_IDS) {
    it(`${id}: after advancing, carries exactly the entities whose fields changed, and the new events`, () => {
      const engine = createEngine(id, { seed: 3, hosts: 4, vms: 12 });
      engine.advanceTo(minutes(30));
      for (const step of [1, 1000, 30_000, minutes(5), minutes(40), hours(3), hours(13)]) {
        const before = engine.snapshot();
        engine.advanceBy(step);
        const after = engine.snapshot();
        const { keys, delta } = deltaKeys(engine, before);
        expect(keys).toEqual(changedBetween(before, after));
        expect(delta.events).toEqual(after.events.filter((e) => e.seq > (before.events.at(-1)?.seq ?? 0)));
        expect([delta.baseSeq, delta.seq, delta.now]).toEqual([before.seq, after.seq, after.now]);
        // Every entity in the delta is the current version.
        for (const rel of delta.relationships) expect(rel).toEqual(after.relationships.find((r) => r.id === rel.id));
      }
    });
  }

  it('after commands, carries every changed entity (idle VMs and paused replicas included)', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    const commands: Command[] = [
      { type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' },
      { type: 'Suspend-VMReplication', host: 'HV-2', vm: 'Vm2' },
      { type: 'Lab-SetLink', link: 'lan-siege', up: false },
      { type: 'Lab-SetLink', link: 'lan-siege', up: true },
      { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: false },
      { type: 'Lab-CrashHost', host: 'HV-2' },
      { type: 'Lab-PowerOnHost', host: 'HV-2' },
      { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: true },
      { type: 'Remove-VMReplication', host: 'HV-2', vm: 'Vm3' },
    ];
    for (const cmd of commands) {
      const before = engine.snapshot();
      expect(engine.execute(cmd).ok).toBe(true);
      engine.advanceBy(minutes(17));
      const after = engine.snapshot();
      const expected = changedBetween(before, after);
      const { keys } = deltaKeys(engine, before);
      for (const kind of ['hosts', 'vms', 'relationships', 'links'] as const) expect(keys[kind]).toEqual(expect.arrayContaining(expected[kind]));
    }
  });

  it('lists a removed relationship by id', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    const before = engine.snapshot();
    expect(engine.execute({ type: 'Remove-VMReplication', host: 'HV-1', vm: 'Vm1' }).ok).toBe(true);
    expect(engine.execute({ type: 'Remove-VMReplication', host: 'HV-2', vm: 'Vm1' }).ok).toBe(true);
    const d = engine.delta(before.seq, 0);
    expect(d.removedRelationships).toEqual(['rel-1']);
    expect(d.relationships.map((r) => r.id)).not.toContain('rel-1');
    expect(engine.snapshot().relationships.map((r) => r.id)).toEqual(['rel-2', 'rel-3', 'rel-4']);
  });
});
