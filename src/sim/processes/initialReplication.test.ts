import { describe, expect, it } from 'vitest';
import { checkInvariants, createEngine } from '../index';
import { blankWithReplication, eventsWithId, hours, minutes, relOf, run, vmByName } from '../testUtils';

const GIB = 1024 ** 3;

describe('initial replication over the network (blank lab)', () => {
  it('Enable-VMReplication without a start leaves the primary ReadyForInitialReplication (Warning), pending = disk size', () => {
    const engine = createEngine('blank', { seed: 1 });
    run(engine, { type: 'Set-VMReplicationServer', host: 'HV-2', replicationEnabled: true, kerberos: { enabled: true, port: 80 }, allowAnyServer: true, defaultStorageLocation: 'D:\\Replica' });
    run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: true });
    run(engine, { type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm2', replicaServerName: 'HV-2', replicaServerPort: 80, authenticationType: 'Kerberos' });
    const rel = relOf(engine, 'HV-1', 'Vm2');
    const used = vmByName(engine, 'HV-1', 'Vm2').disks.reduce((s, d) => s + d.usedBytes, 0);
    expect([rel.primaryState, rel.replicaState, rel.primaryHealth, rel.replicaHealth]).toEqual(['ReadyForInitialReplication', 'WaitingForInitialReplication', 'Warning', 'Warning']);
    expect(rel.pendingBytes).toBe(used);
    expect(rel.healthDetails).toEqual([{ key: 'health.initialPending', params: { vm: 'Vm2' } }]);
    engine.advanceTo(hours(6));
    expect(rel.primaryState).toBe('ReadyForInitialReplication');
    expect(rel.appliedSeq).toBe(0);
    expect(rel.stats.successCount).toBe(0);
  });

  it('copies the used size over the link, then replicates: replica holds the writes up to the copy start', () => {
    const engine = blankWithReplication();
    const rel = relOf(engine, 'HV-1', 'Vm1');
    const primary = vmByName(engine, 'HV-1', 'Vm1');
    const replica = vmByName(engine, 'HV-2', 'Vm1');
    const d = engine.world.hosts.get('HV-2')?.volumes.find((v) => v.drive === 'D:');
    const used = primary.disks.reduce((s, x) => s + x.usedBytes, 0);
    expect(d?.freeBytes).toBe(1800 * GIB - used);
    expect(replica.disks[0]?.path).toBe(`D:\\Replica\\Hyper-V Replica\\Virtual hard disks\\${primary.id}\\Vm1.vhdx`);
    expect([rel.primaryState, rel.replicaState, rel.primaryHealth]).toEqual(['InitialReplicationInProgress', 'WaitingForInitialReplication', 'Normal']);
    expect(replica.replicationMode).toBe('Replica');
    expect(eventsWithId(engine, 29300, 'Vm1')).toHaveLength(1);
    const seqAtStart = primary.writeSeq;
    const job = rel.job;
    if (!job) throw new Error('no initial replication job');
    // Compressed used size at 1 Gbit/s plus 1 ms latency.
    expect(job.bytes).toBe(Math.ceil(used * (1 - primary.workload.compressibility)));
    expect(job.endsAt).toBe(Math.ceil((job.bytes * 8 * 1000) / 1e9) + 1);
    engine.advanceTo(job.endsAt);
    expect([rel.primaryState, rel.replicaState, rel.primaryHealth, rel.replicaHealth]).toEqual(['Replicating', 'Replicating', 'Normal', 'Normal']);
    expect(rel.appliedSeq).toBe(seqAtStart);
    expect(replica.writeSeq).toBe(seqAtStart);
    expect(rel.lastReplicationTime).toBe(job.endsAt);
    expect(eventsWithId(engine, 29308, 'Vm1')).toHaveLength(1);
    // What is left to send is the open log (writes during the copy), not the whole disk any more.
    expect(rel.pendingBytes).toBe((primary.writeSeq - seqAtStart) * primary.workload.writeSizeBytes);
    engine.advanceBy(minutes(5) + 1000);
    expect(rel.stats.successCount).toBe(1);
    expect(rel.appliedSeq).toBeGreaterThan(seqAtStart);
  });

  it('a scheduled start waits for its time', () => {
    const engine = createEngine('blank', { seed: 1 });
    run(engine, { type: 'Set-VMReplicationServer', host: 'HV-2', replicationEnabled: true, kerberos: { enabled: true, port: 80 }, allowAnyServer: true, defaultStorageLocation: 'D:\\Replica' });
    run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: true });
    run(engine, { type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm3', replicaServerName: 'HV-2', replicaServerPort: 80, authenticationType: 'Kerberos', initialReplication: { method: 'Network', startTime: hours(10) } });
    const rel = relOf(engine, 'HV-1', 'Vm3');
    expect(rel.scheduledStart).toBe(hours(10));
    engine.advanceTo(hours(10) - 1);
    expect(rel.primaryState).toBe('ReadyForInitialReplication');
    engine.advanceTo(hours(10));
    expect(rel.primaryState).toBe('InitialReplicationInProgress');
    expect(rel.scheduledStart).toBeNull();
    engine.advanceBy(minutes(5));
    expect(rel.primaryState).toBe('Replicating');
  });

  it('a copy that cannot arrive (link down) is retried from the start after 5 minutes (32315)', () => {
    const engine = blankWithReplication();
    const rel = relOf(engine, 'HV-1', 'Vm1');
    run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: false });
    const firstEnd = rel.job?.endsAt ?? 0;
    engine.advanceTo(firstEnd);
    expect(rel.job).toBeNull();
    expect(rel.primaryState).toBe('InitialReplicationInProgress');
    expect(eventsWithId(engine, 32315, 'Vm1')).toHaveLength(1);
    run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: true });
    engine.advanceTo(firstEnd + minutes(5));
    expect(rel.job?.startedAt).toBe(firstEnd + minutes(5));
    engine.advanceBy(minutes(5));
    expect([rel.primaryState, rel.consecutiveFailures]).toEqual(['Replicating', 0]);
  });
});

describe('a replica side removed during the copy', () => {
  it('is not brought back: the copy fails and is retried, the replica stays Disabled', () => {
    const engine = blankWithReplication();
    const rel = relOf(engine, 'HV-1', 'Vm1');
    run(engine, { type: 'Remove-VMReplication', host: 'HV-2', vm: 'Vm1' });
    expect(rel.replicaState).toBe('Disabled');
    engine.advanceTo(hours(2));
    expect(rel.replicaState).toBe('Disabled');
    expect(rel.primaryState).toBe('InitialReplicationInProgress');
    expect(rel.appliedSeq).toBe(0);
    expect(vmByName(engine, 'HV-2', 'Vm1')).toMatchObject({ replicationMode: 'None', replicationState: 'Disabled', writeSeq: 0 });
    expect(eventsWithId(engine, 32315, 'Vm1').map((e) => e.params.reason)).toContain('ReplicaNotReplicating');
    expect(checkInvariants(engine)).toEqual([]);
  });
});
