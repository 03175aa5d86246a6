import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../index';
import { expectRejected, HOUR, lab, relOf, replicatingBlank, run, vmOf } from './testLab';

const ON_HV2 = { host: 'HV-2', vm: 'Vm1' } as const;
const ON_HV1 = { host: 'HV-1', vm: 'Vm1' } as const;

describe('planned failover', () => {
  it('is refused while the primary VM runs', () => {
    const engine = lab('active-passive');
    engine.advanceTo(HOUR);
    expectRejected(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true }, 'NotPreparedForPlannedFailover', { vm: 'Vm1' });
  });

  it('sends every remaining write first: zero data loss, proven by the write sequence', () => {
    const engine = lab('active-passive');
    engine.advanceTo(HOUR + 123_456);
    run(engine, { type: 'Stop-VM', ...ON_HV1 });
    const primarySeq = vmOf(engine, 'HV-1', 'Vm1').writeSeq;
    expect(relOf(engine, 'HV-1', 'Vm1').appliedSeq).toBeLessThan(primarySeq);
    run(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true });
    expect(relOf(engine, 'HV-1', 'Vm1').primaryState).toBe('PreparedForFailover');
    expect(relOf(engine, 'HV-1', 'Vm1').appliedSeq).toBe(primarySeq);
    expectRejected(engine, { type: 'Start-VM', ...ON_HV1 }, 'InvalidReplicationState', { vm: 'Vm1' });
    run(engine, { type: 'Start-VMFailover', ...ON_HV2, startVm: true });
    const rel = relOf(engine, 'HV-2', 'Vm1');
    expect(rel.replicaState).toBe('FailedOverWaitingCompletion');
    expect(rel.failover).toMatchObject({ kind: 'Planned', lostWrites: 0, lostBytes: 0, restoredSeq: primarySeq });
    expect(vmOf(engine, 'HV-2', 'Vm1').state).toBe('Running');
    expect(checkInvariants(engine)).toEqual([]);
  });

  it('can be cancelled on the primary, which then replicates again', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Stop-VM', ...ON_HV1 });
    run(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true });
    run(engine, { type: 'Stop-VMFailover', ...ON_HV1 });
    run(engine, { type: 'Start-VM', ...ON_HV1 });
    engine.advanceTo(HOUR);
    const rel = relOf(engine, 'HV-1', 'Vm1');
    expect(rel.primaryState).toBe('Replicating');
    expect(rel.lastReplicationTime).toBeGreaterThan(HOUR - 10 * 60_000);
  });
});

describe('unplanned failover', () => {
  it('is refused while the primary VM still runs on a reachable host (split-brain protection)', () => {
    const engine = lab('active-passive');
    engine.advanceTo(HOUR);
    expectRejected(engine, { type: 'Start-VMFailover', ...ON_HV2 }, 'PrimaryStillRunning', { vm: 'Vm1', host: 'hv-1.formation.lan' });
  });

  it('after a power cut loses exactly the writes after the latest point', () => {
    const engine = lab('active-passive');
    engine.advanceTo(2 * HOUR + 200_000);
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    const primarySeq = vmOf(engine, 'HV-1', 'Vm1').writeSeq;
    const applied = relOf(engine, 'HV-2', 'Vm1').appliedSeq;
    run(engine, { type: 'Start-VMFailover', ...ON_HV2 });
    const rel = relOf(engine, 'HV-2', 'Vm1');
    expect(rel.failover?.kind).toBe('Unplanned');
    expect(rel.failover?.lostWrites).toBe(primarySeq - applied);
    expect(rel.failover?.lostWrites).toBeGreaterThan(0);
    expect(rel.failover?.lostBytes).toBe((primarySeq - applied) * vmOf(engine, 'HV-1', 'Vm1').workload.writeSizeBytes);
    expect(rel.failover?.primaryLastWriteTime).toBe(2 * HOUR + 200_000);
    expect(vmOf(engine, 'HV-2', 'Vm1').writeSeq).toBe(applied);
    expect(rel.replicaHealth).toBe('Warning');
  });

  it('to an older recovery point loses the writes after that point; cancel then commit', () => {
    const engine = replicatingBlank({ recoveryHistory: 4 });
    engine.advanceTo(engine.now + 3 * HOUR + 60_000);
    const points = relOf(engine, 'HV-2', 'Vm1').recoveryPoints;
    expect(points.length).toBe(3);
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    const primarySeq = vmOf(engine, 'HV-1', 'Vm1').writeSeq;
    const oldest = points[0];
    if (!oldest) throw new Error('no recovery point');
    run(engine, { type: 'Start-VMFailover', ...ON_HV2, recoveryPointId: oldest.id });
    expect(relOf(engine, 'HV-2', 'Vm1').failover?.lostWrites).toBe(primarySeq - oldest.writeSeq);
    run(engine, { type: 'Stop-VMFailover', ...ON_HV2 });
    expect(relOf(engine, 'HV-2', 'Vm1').replicaState).toBe('Replicating');
    expect(vmOf(engine, 'HV-2', 'Vm1').writeSeq).toBe(relOf(engine, 'HV-2', 'Vm1').appliedSeq);
    run(engine, { type: 'Start-VMFailover', ...ON_HV2 });
    run(engine, { type: 'Complete-VMFailover', ...ON_HV2 });
    const rel = relOf(engine, 'HV-2', 'Vm1');
    expect(rel.replicaState).toBe('FailedOver');
    expect(rel.recoveryPoints).toEqual([]);
    expect(rel.failover?.lostWrites).toBe(primarySeq - rel.appliedSeq);
    expectRejected(engine, { type: 'Complete-VMFailover', ...ON_HV2 }, 'InvalidReplicationState', { vm: 'Vm1' });
  });

  it('puts the old primary in Error when it comes back (the replica refuses its logs)', () => {
    const engine = lab('active-passive');
    engine.advanceTo(HOUR);
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    run(engine, { type: 'Start-VMFailover', ...ON_HV2 });
    run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
    engine.advanceTo(2 * HOUR);
    expect(relOf(engine, 'HV-1', 'Vm1').primaryState).toBe('Error');
    expect(relOf(engine, 'HV-1', 'Vm1').primaryHealth).toBe('Critical');
    expect(checkInvariants(engine)).toEqual([]);
  });
});

describe('test failover', () => {
  it('creates "<VM> - Test" off on the replica host while replication continues, one at a time', () => {
    const engine = lab('active-passive');
    engine.advanceTo(HOUR);
    run(engine, { type: 'Start-VMFailover', ...ON_HV2, asTest: true });
    const test = engine.snapshot().vms.find((v) => v.name === 'Vm1 - Test');
    expect(test).toMatchObject({ host: 'HV-2', state: 'Off', replicationMode: 'TestReplica' });
    expect(test?.adapters.every((a) => a.switchName === null)).toBe(true);
    expect(relOf(engine, 'HV-2', 'Vm1').lastTestFailoverTime).toBe(HOUR);
    expectRejected(engine, { type: 'Start-VMFailover', ...ON_HV2, asTest: true }, 'TestFailoverRunning', { vm: 'Vm1' });
    const before = relOf(engine, 'HV-2', 'Vm1').appliedSeq;
    engine.advanceTo(2 * HOUR);
    expect(relOf(engine, 'HV-2', 'Vm1').appliedSeq).toBeGreaterThan(before);
    run(engine, { type: 'Stop-VMFailover', ...ON_HV2 });
    expect(engine.snapshot().vms.some((v) => v.name === 'Vm1 - Test')).toBe(false);
    expect(relOf(engine, 'HV-2', 'Vm1').testVm).toBeNull();
    expectRejected(engine, { type: 'Stop-VMFailover', ...ON_HV2 }, 'NoTestFailover', { vm: 'Vm1' });
    expect(checkInvariants(engine)).toEqual([]);
  });

  it('uses the Failover TCP/IP address when the guest can apply it', () => {
    const engine = lab('active-passive');
    const ipv4 = { address: '10.0.0.21', subnetMask: '255.255.255.0', defaultGateway: '10.0.0.1', preferredDns: '10.0.0.2', alternateDns: '' };
    run(engine, { type: 'Set-VMNetworkAdapterFailoverConfiguration', ...ON_HV2, ipv4 });
    run(engine, { type: 'Start-VMFailover', ...ON_HV2, asTest: true });
    expect(engine.snapshot().vms.find((v) => v.name === 'Vm1 - Test')?.adapters[0]?.ipAddress).toBe('10.0.0.21');
  });
});

describe('reverse replication', () => {
  it('after a planned failover resumes at once the other way, and a planned failover brings it home', () => {
    const engine = lab('active-passive');
    engine.advanceTo(HOUR);
    run(engine, { type: 'Stop-VM', ...ON_HV1 });
    run(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true });
    run(engine, { type: 'Start-VMFailover', ...ON_HV2, startVm: true });
    run(engine, { type: 'Set-VMReplication', ...ON_HV2, reverse: true });
    let rel = relOf(engine, 'HV-2', 'Vm1');
    expect([rel.primaryHost, rel.replicaHost, rel.primaryState, rel.replicaState]).toEqual(['HV-2', 'HV-1', 'Replicating', 'Replicating']);
    expect(vmOf(engine, 'HV-1', 'Vm1').replicationMode).toBe('Replica');
    expect(vmOf(engine, 'HV-2', 'Vm1').replicationMode).toBe('Primary');
    engine.advanceTo(2 * HOUR);
    rel = relOf(engine, 'HV-2', 'Vm1');
    expect(rel.appliedSeq).toBeGreaterThan(rel.failover?.restoredSeq ?? Infinity);
    expect(rel.primaryHealth).toBe('Normal');
    // … and home again.
    run(engine, { type: 'Stop-VM', ...ON_HV2 });
    run(engine, { type: 'Start-VMFailover', ...ON_HV2, prepare: true });
    run(engine, { type: 'Start-VMFailover', ...ON_HV1, startVm: true });
    run(engine, { type: 'Set-VMReplication', ...ON_HV1, reverse: true });
    expect([relOf(engine, 'HV-1', 'Vm1').primaryHost, relOf(engine, 'HV-1', 'Vm1').failover?.lostWrites]).toEqual(['HV-1', 0]);
    expect(checkInvariants(engine)).toEqual([]);
  });

  it('is refused when the old primary is not a Replica server', () => {
    const engine = replicatingBlank();
    run(engine, { type: 'Stop-VM', ...ON_HV1 });
    run(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true });
    run(engine, { type: 'Start-VMFailover', ...ON_HV2 });
    expectRejected(engine, { type: 'Set-VMReplication', ...ON_HV2, reverse: true }, 'ReplicaServerNotEnabled', { server: 'hv-1.formation.lan' });
  });

  it('after an unplanned failover needs the old primary made a replica, then sends only differences', () => {
    const engine = lab('active-passive');
    engine.advanceTo(HOUR);
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    run(engine, { type: 'Start-VMFailover', ...ON_HV2, startVm: true });
    run(engine, { type: 'Complete-VMFailover', ...ON_HV2 });
    run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
    expectRejected(engine, { type: 'Set-VMReplication', ...ON_HV2, reverse: true }, 'OldPrimaryNotReplica', { vm: 'Vm1', host: 'hv-1.formation.lan' });
    run(engine, { type: 'Set-VMReplication', ...ON_HV1, asReplica: true });
    expect(vmOf(engine, 'HV-1', 'Vm1').replicationMode).toBe('Replica');
    run(engine, { type: 'Set-VMReplication', ...ON_HV2, reverse: true });
    expect(relOf(engine, 'HV-2', 'Vm1').primaryState).toBe('ReadyForInitialReplication');
    run(engine, { type: 'Start-VMInitialReplication', ...ON_HV2 });
    const job = relOf(engine, 'HV-2', 'Vm1').job;
    expect(job?.bytes).toBeLessThan(200 * 1024 * 1024);
    engine.advanceTo((job?.endsAt ?? 0) + 1);
    const rel = relOf(engine, 'HV-2', 'Vm1');
    expect([rel.primaryState, rel.replicaState]).toEqual(['Replicating', 'Replicating']);
    expect(vmOf(engine, 'HV-1', 'Vm1').writeSeq).toBe(rel.appliedSeq);
    expect(checkInvariants(engine)).toEqual([]);
  });
});
