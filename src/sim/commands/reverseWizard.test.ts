import { describe, expect, it } from 'vitest';
import { expectRejected, HOUR, lab, relOf, replicatingBlank, run } from './testLab';

const ON_HV1 = { host: 'HV-1', vm: 'Vm1' };
const ON_HV2 = { host: 'HV-2', vm: 'Vm1' };

/** active-passive after a planned failover of Vm1 to HV-2 (both sides hold the same data). */
function failedOver() {
  const engine = lab('active-passive');
  engine.advanceTo(HOUR);
  run(engine, { type: 'Stop-VM', ...ON_HV1 });
  run(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true });
  run(engine, { type: 'Start-VMFailover', ...ON_HV2, startVm: true });
  return engine;
}

describe('Set-VMReplication -Reverse from the Reverse Replication wizard', () => {
  it('dry-runs page by page and changes nothing', () => {
    const engine = failedOver();
    const before = engine.snapshot();
    for (const dryRun of ['server', 'connection', 'schedule', 'all'] as const) {
      expect(engine.execute({ type: 'Set-VMReplication', ...ON_HV2, reverse: true, dryRun, frequencySec: 30, recoveryHistory: 4 })).toEqual({ ok: true });
    }
    expect(engine.snapshot()).toEqual(before);
    expectRejected(engine, { type: 'Set-VMReplication', ...ON_HV2, reverse: true, dryRun: 'server', replicaServerName: 'HV-9' }, 'NameNotResolved');
    expectRejected(engine, { type: 'Set-VMReplication', ...ON_HV2, reverse: true, dryRun: 'connection', replicaServerPort: 8080 }, 'ConnectionTimedOut');
    expect(engine.execute({ type: 'Set-VMReplication', ...ON_HV2, reverse: true, dryRun: 'connection', frequencySec: 60 })).toEqual({ ok: true });
    expectRejected(engine, { type: 'Set-VMReplication', ...ON_HV2, reverse: true, dryRun: 'schedule', frequencySec: 60 }, 'InvalidFrequency');
  });

  it("'server' names a Replica server that is not the old primary", () => {
    const engine = replicatingBlank();
    run(engine, { type: 'Stop-VM', ...ON_HV1 });
    run(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true });
    run(engine, { type: 'Start-VMFailover', ...ON_HV2 });
    expectRejected(engine, { type: 'Set-VMReplication', ...ON_HV2, reverse: true, dryRun: 'server' }, 'ReplicaServerNotEnabled');
  });

  it("keeps the wizard's frequency, recovery points and compression", () => {
    const engine = failedOver();
    run(engine, { type: 'Set-VMReplication', ...ON_HV2, reverse: true, frequencySec: 30, recoveryHistory: 4, vssSnapshotFrequencyHour: 2, compressionEnabled: false });
    expect(relOf(engine, 'HV-2', 'Vm1').settings).toMatchObject({ frequencySec: 30, recoveryHistory: 4, vssSnapshotFrequencyHour: 2, compressionEnabled: false, replicaServerPort: 80 });
    engine.advanceTo(engine.now + 2 * HOUR);
    const rel = relOf(engine, 'HV-2', 'Vm1');
    expect(rel.primaryHealth).toBe('Normal');
    expect(rel.recoveryPoints.length).toBeGreaterThan(0);
  });
});
