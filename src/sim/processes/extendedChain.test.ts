import { describe, expect, it } from 'vitest';
import { checkInvariants, createEngine } from '../index';
import { advanceStepwise, hours, minutes, rels, run, vmByName } from '../testUtils';

/** The VMs extended to HV-3; Vm4 replicates HV-1 → HV-2 only, so a class can extend it. */
const NAMES = ['Vm1', 'Vm2', 'Vm3'];

describe('extended-chain (HV-1 → HV-2 → HV-3)', () => {
  it('is wired as Simple A→B every 5 min and Extended B→C every 15 min for Vm1–Vm3, with the right modes', () => {
    const engine = createEngine('extended-chain', { seed: 1 });
    expect(rels(engine).map((r) => [r.primaryHost, r.replicaHost, r.type, r.settings.frequencySec])).toEqual([
      ...NAMES.flatMap(() => [
        ['HV-1', 'HV-2', 'Simple', 300],
        ['HV-2', 'HV-3', 'Extended', 900],
      ]),
      ['HV-1', 'HV-2', 'Simple', 300],
    ]);
    for (const name of NAMES) {
      expect(vmByName(engine, 'HV-1', name).replicationMode).toBe('Primary');
      expect(vmByName(engine, 'HV-2', name).replicationMode).toBe('Replica');
      expect(vmByName(engine, 'HV-3', name).replicationMode).toBe('ExtendedReplica');
    }
  });

  it('Vm4 replicates HV-1 → HV-2 only: nothing on HV-3, free to extend', () => {
    const engine = createEngine('extended-chain', { seed: 1 });
    expect(vmByName(engine, 'HV-1', 'Vm4').replicationMode).toBe('Primary');
    expect(vmByName(engine, 'HV-2', 'Vm4')).toMatchObject({ replicationMode: 'Replica', replicationState: 'Replicating', replicationHealth: 'Normal' });
    expect(vmByName(engine, 'HV-2', 'Vm4').relationships).toHaveLength(1);
    expect(engine.snapshot().vms.filter((vm) => vm.host === 'HV-3').map((vm) => vm.name)).toEqual(NAMES);
  });

  it("always keeps C's write sequence ≤ B's ≤ A's; every link stays Normal and within one cycle", () => {
    const engine = createEngine('extended-chain', { seed: 1 });
    const chains = NAMES.map((n) => [vmByName(engine, 'HV-1', n), vmByName(engine, 'HV-2', n), vmByName(engine, 'HV-3', n)] as const);
    const lastC = new Map<string, number>();
    advanceStepwise(engine, hours(24), 30_000, () => {
      for (const [a, b, c] of chains) {
        expect(c.writeSeq).toBeLessThanOrEqual(b.writeSeq);
        expect(b.writeSeq).toBeLessThanOrEqual(a.writeSeq);
        expect(c.writeSeq).toBeGreaterThanOrEqual(lastC.get(c.key) ?? 0);
        lastC.set(c.key, c.writeSeq);
      }
    });
    expect(checkInvariants(engine)).toEqual([]);
    for (const rel of rels(engine)) {
      expect([rel.primaryHealth, rel.replicaHealth]).toEqual(['Normal', 'Normal']);
      expect(engine.now - (rel.lastReplicationTime ?? 0)).toBeLessThanOrEqual(minutes(rel.settings.frequencySec / 60) + 10_000);
    }
  });

  it('when A→B stops (HV-2 unreachable), B→C still drains what B already holds, and C never passes B', () => {
    const engine = createEngine('extended-chain', { seed: 3 });
    engine.advanceTo(hours(2));
    run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: false });
    const b = vmByName(engine, 'HV-2', 'Vm1');
    const c = vmByName(engine, 'HV-3', 'Vm1');
    const frozen = b.writeSeq;
    engine.advanceTo(hours(3));
    // Even a log already on the wire is refused by the closed listener.
    expect(b.writeSeq).toBe(frozen);
    expect(c.writeSeq).toBe(frozen);
    const ab = rels(engine).find((r) => r.replicaVm === b.key);
    expect(ab?.primaryHealth).toBe('Critical');
    expect(checkInvariants(engine)).toEqual([]);
  });
});
