import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../index';
import { blankWithReplicaServer, enableCmd, expectRejected, HOUR, relOf, run, vmOf } from './testLab';

const MEDIA = 'C:\\Export';

describe('initial copy on external media', () => {
  it('exports on the primary, queues changes for the placeholder, then the import completes replication', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd({ initialReplication: { method: 'ExternalMedia', destinationPath: MEDIA } }));
    let rel = relOf(engine, 'HV-1', 'Vm1');
    expect(rel.job?.kind).toBe('Export');
    expect(rel.exportPath).toBe(`${MEDIA}\\Vm1_${vmOf(engine, 'HV-1', 'Vm1').id}`);
    expect(vmOf(engine, 'HV-2', 'Vm1')).toMatchObject({ state: 'Off', replicationMode: 'Replica', replicationState: 'WaitingForInitialReplication', replicationHealth: 'Warning' });
    // Importing while the export still runs is refused.
    expectRejected(engine, { type: 'Import-VMInitialReplication', host: 'HV-2', vm: 'Vm1', path: rel.exportPath ?? '' }, 'InvalidReplicationState', { vm: 'Vm1' });
    engine.advanceTo((rel.job?.endsAt ?? 0) + 2 * HOUR);
    rel = relOf(engine, 'HV-1', 'Vm1');
    expect(rel.primaryState).toBe('Replicating');
    expect(rel.replicaState).toBe('WaitingForInitialReplication');
    expect(rel.stats.successCount).toBeGreaterThan(10);
    expect(rel.appliedSeq).toBe(0);
    expectRejected(engine, { type: 'Import-VMInitialReplication', host: 'HV-2', vm: 'Vm1', path: 'D:\\Elsewhere' }, 'ImportFailed', { vm: 'Vm1', path: 'D:\\Elsewhere' });
    run(engine, { type: 'Import-VMInitialReplication', host: 'HV-2', vm: 'Vm1', path: `${rel.exportPath ?? ''}\\` });
    engine.advanceTo((relOf(engine, 'HV-2', 'Vm1').job?.endsAt ?? 0) + 1);
    rel = relOf(engine, 'HV-2', 'Vm1');
    expect([rel.primaryState, rel.replicaState, rel.replicaHealth]).toEqual(['Replicating', 'Replicating', 'Normal']);
    // The changes sent during the wait were merged: the replica is at the last delivered log, not the export point.
    expect(rel.appliedSeq).toBeGreaterThan(engine.world.relRt.get(rel.id)?.jobSeq ?? Infinity);
    expect(checkInvariants(engine)).toEqual([]);
  });

  it('refuses a schedule or a folder on a missing volume', () => {
    const engine = blankWithReplicaServer();
    expectRejected(engine, enableCmd({ initialReplication: { method: 'ExternalMedia', destinationPath: MEDIA, startTime: HOUR } }), 'ScheduleNotForExternalMedia');
    expectRejected(engine, enableCmd({ initialReplication: { method: 'ExternalMedia', destinationPath: 'Q:\\Usb' } }), 'StorageLocationInvalid', { path: 'Q:\\Usb' });
  });
});

describe('existing virtual machine as the initial copy', () => {
  it('needs a VM with the same id on the Replica server', () => {
    const engine = blankWithReplicaServer();
    expectRejected(engine, enableCmd({ initialReplication: { method: 'ExistingVm' } }), 'ExistingVmNotFound', { vm: 'Vm1' });
  });

  it('reuses a replica kept after Remove Replication and sends only the differences, much faster', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd({ initialReplication: { method: 'Network' } }));
    const full = relOf(engine, 'HV-1', 'Vm1').job;
    engine.advanceTo((full?.endsAt ?? 0) + HOUR);
    run(engine, { type: 'Remove-VMReplication', host: 'HV-1', vm: 'Vm1' });
    run(engine, { type: 'Remove-VMReplication', host: 'HV-2', vm: 'Vm1' });
    engine.advanceBy(HOUR);
    expectRejected(engine, enableCmd({ initialReplication: { method: 'Network' } }), 'VmAlreadyExistsOnReplica', { vm: 'Vm1' });
    run(engine, enableCmd({ initialReplication: { method: 'ExistingVm' } }));
    const job = relOf(engine, 'HV-1', 'Vm1').job;
    expect(job?.kind).toBe('InitialReplication');
    expect(job?.bytes ?? Infinity).toBeLessThan((full?.bytes ?? 0) / 20);
    engine.advanceTo((job?.endsAt ?? 0) + 1);
    const rel = relOf(engine, 'HV-1', 'Vm1');
    expect([rel.primaryState, rel.replicaState]).toEqual(['Replicating', 'Replicating']);
    expect(engine.snapshot().vms.filter((v) => v.name === 'Vm1')).toHaveLength(2);
    expect(checkInvariants(engine)).toEqual([]);
  });
});
