import { describe, expect, it } from 'vitest';
import type { Command, SetReplicationFields } from '../../protocol';
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

/** active-passive after a crash of HV-1, an unplanned failover of Vm1 to HV-2, HV-1 back and Vm1 set as replica. */
function afterUnplanned() {
  const engine = lab('active-passive');
  engine.advanceTo(HOUR);
  run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
  run(engine, { type: 'Start-VMFailover', ...ON_HV2, startVm: true });
  run(engine, { type: 'Complete-VMFailover', ...ON_HV2 });
  run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
  run(engine, { type: 'Set-VMReplication', ...ON_HV1, asReplica: true });
  return engine;
}

describe('Set-VMReplication -Reverse after an unplanned failover (Choose Initial Replication Method)', () => {
  it("the page's dry run checks the start time and the media folder, and changes nothing", () => {
    const engine = afterUnplanned();
    const before = engine.snapshot();
    const reverse = (initialReplication: SetReplicationFields['initialReplication']): Command => ({ type: 'Set-VMReplication', ...ON_HV2, reverse: true, dryRun: 'all', initialReplication });
    expect(engine.execute(reverse({ method: 'ExistingVm', startTime: engine.now + HOUR }))).toEqual({ ok: true });
    expect(engine.execute(reverse({ method: 'ExternalMedia', destinationPath: 'C:\\Export' }))).toEqual({ ok: true });
    expectRejected(engine, reverse({ method: 'Network', startTime: engine.now + 8 * 24 * HOUR }), 'StartTimeTooFar', { days: 7 });
    expectRejected(engine, reverse({ method: 'ExternalMedia', destinationPath: 'Z:\\Export' }), 'StorageLocationInvalid', { path: 'Z:\\Export' });
    expect(engine.snapshot()).toEqual(before);
  });

  it('a network copy sends the whole disks; the default (existing VM) only the differences', () => {
    const network = afterUnplanned();
    run(network, { type: 'Set-VMReplication', ...ON_HV2, reverse: true, initialReplication: { method: 'Network' } });
    expect(relOf(network, 'HV-2', 'Vm1').settings.initialReplicationMethod).toBe('Network');
    run(network, { type: 'Start-VMInitialReplication', ...ON_HV2 });
    const existing = afterUnplanned();
    run(existing, { type: 'Set-VMReplication', ...ON_HV2, reverse: true, initialReplication: { method: 'ExistingVm' } });
    expect(relOf(existing, 'HV-2', 'Vm1').settings.initialReplicationMethod).toBe('ExistingVm');
    run(existing, { type: 'Start-VMInitialReplication', ...ON_HV2 });
    const full = relOf(network, 'HV-2', 'Vm1').job?.bytes ?? 0;
    expect(full).toBeGreaterThan(10 * (relOf(existing, 'HV-2', 'Vm1').job?.bytes ?? 0));
    const job = relOf(network, 'HV-2', 'Vm1').job;
    network.advanceTo((job?.endsAt ?? 0) + 1);
    expect(relOf(network, 'HV-2', 'Vm1').primaryState).toBe('Replicating');
  });

  it('after a planned failover the copy fields are ignored (no copy is needed)', () => {
    const engine = failedOver();
    run(engine, { type: 'Set-VMReplication', ...ON_HV2, reverse: true, initialReplication: { method: 'ExternalMedia', destinationPath: 'Z:\\nowhere' } });
    expect(relOf(engine, 'HV-2', 'Vm1').primaryState).toBe('Replicating');
  });
});
