/**
 * Golden runs: each preset with seed 1 for 24 simulated hours must produce exactly these event-log
 * digests, counts and state hashes, on every machine (conventions.md rule 2).
 *
 * These values pin the engine's behaviour. When you change engine behaviour ON PURPOSE (a new event,
 * another write model, a timing rule), re-run this file, check that the new numbers are explained by
 * your change, and update the table in the same commit, saying why in the message. A mismatch you did
 * not intend means the change broke determinism or altered the simulation: fix the code, not the table.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../protocol';
import { createEngine, type Engine } from '../index';
import { hours, minutes } from '../testUtils';

/** FNV-1a of the JSON snapshot: pins every entity field, not only what reaches the event log. */
function stateHash(engine: Engine): string {
  const text = JSON.stringify(engine.snapshot());
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function summary(engine: Engine) {
  const snap = engine.snapshot();
  return {
    digest: engine.eventLogDigest(),
    events: engine.world.log.lastSeq,
    processed: engine.eventsProcessed,
    relationships: snap.relationships.length,
    vms: snap.vms.length,
    writes: snap.vms.reduce((sum, vm) => sum + vm.writeSeq, 0),
    state: stateHash(engine),
  };
}

const GOLDEN: Record<string, ReturnType<typeof summary>> = {
  blank: { digest: '811c9dc5', events: 0, processed: 2596, relationships: 0, vms: 4, writes: 3192340, state: 'd1d011b0' },
  'active-passive': { digest: '1876fbd1', events: 8, processed: 4900, relationships: 4, vms: 8, writes: 6381335, state: 'fc39013f' },
  'active-active': { digest: '828f045c', events: 8, processed: 4900, relationships: 4, vms: 8, writes: 5749346, state: '1c398d31' },
  'extended-chain': { digest: 'dfd5764f', events: 14, processed: 5478, relationships: 7, vms: 11, writes: 8932117, state: '0c4a9c95' },
  'branch-office-wan': { digest: '9612d797', events: 4, processed: 3172, relationships: 2, vms: 4, writes: 3726567, state: 'f248dddc' },
  scale: { digest: '9872e3a2', events: 80, processed: 243368, relationships: 40, vms: 80, writes: 73854454, state: '50a90a51' },
  'active-passive+faults': { digest: '19c8a2ce', events: 81, processed: 4097, relationships: 4, vms: 8, writes: 3251647, state: '8379c4e3' },
};

/** Faults so the event log holds more than statistics: outage, retries, crash, resync, pause on the replica. */
const FAULTS: [number, Command][] = [
  [hours(2), { type: 'Lab-SetLink', link: 'lan-siege', up: false }],
  [hours(3) + minutes(7), { type: 'Lab-SetLink', link: 'lan-siege', up: true }],
  [hours(5), { type: 'Suspend-VMReplication', host: 'HV-2', vm: 'Vm2' }],
  [hours(6), { type: 'Resume-VMReplication', host: 'HV-2', vm: 'Vm2' }],
  [hours(8), { type: 'Lab-CrashHost', host: 'HV-1' }],
  [hours(8) + minutes(20), { type: 'Lab-PowerOnHost', host: 'HV-1' }],
  [hours(9), { type: 'Start-VM', host: 'HV-1', vm: 'Vm1' }],
  [hours(9), { type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm1' }],
  [hours(10), { type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm3', resynchronize: true, resynchronizeStartTime: hours(12) }],
];

describe('golden runs (seed 1, 24 h)', () => {
  for (const id of ['blank', 'active-passive', 'active-active', 'extended-chain', 'branch-office-wan', 'scale']) {
    it(id, () => {
      const engine = createEngine(id, { seed: 1, hosts: 4, vms: 40 });
      engine.advanceTo(hours(24));
      expect(summary(engine)).toEqual(GOLDEN[id]);
    });
  }

  it('active-passive with faults', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    for (const [time, cmd] of FAULTS) {
      engine.advanceTo(time);
      expect(engine.execute(cmd)).toMatchObject({ ok: true });
    }
    engine.advanceTo(hours(24));
    expect(summary(engine)).toEqual(GOLDEN['active-passive+faults']);
  });
});
