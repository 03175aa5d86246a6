import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../index';
import { expectRejected, HOUR, lab, relOf, replicatingBlank, run, vmOf } from './testLab';

const ON_HV2 = { host: 'HV-2', vm: 'Vm1' } as const;
const ON_HV1 = { host: 'HV-1', vm: 'Vm1' } as const;

/** The Planned Failover dialog's prerequisite checks: dry runs of `Start-VMFailover -Prepare`. */
describe('planned failover checks (dry run)', () => {
  it('checks the VM is off and changes nothing', () => {
    const engine = lab('active-passive');
    engine.advanceTo(HOUR);
    expectRejected(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true, dryRun: true }, 'NotPreparedForPlannedFailover', { vm: 'Vm1' });
    run(engine, { type: 'Stop-VM', ...ON_HV1 });
    const applied = relOf(engine, 'HV-1', 'Vm1').appliedSeq;
    run(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true, dryRun: true, reverse: true });
    const rel = relOf(engine, 'HV-1', 'Vm1');
    expect([rel.primaryState, rel.appliedSeq]).toEqual(['Replicating', applied]);
  });

  it('fails the reverse check when the old primary is not a Replica server, and nothing changes', () => {
    const engine = replicatingBlank();
    run(engine, { type: 'Stop-VM', ...ON_HV1 });
    expectRejected(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true, reverse: true }, 'ReplicaServerNotEnabled', { server: 'hv-1.formation.lan' });
    expect(relOf(engine, 'HV-1', 'Vm1').primaryState).toBe('Replicating');
    // Without reverse the same failover is allowed.
    run(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true, dryRun: true });
  });

  it('refuses the replica state check while the replica is paused', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Suspend-VMReplication', ...ON_HV2 });
    run(engine, { type: 'Stop-VM', ...ON_HV1 });
    expectRejected(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true, dryRun: true }, 'InvalidReplicationState', { vm: 'Vm1' });
  });
});

describe('failover transitions (§3.3) and refusals', () => {
  it('planned without reverse: primary Prepared, replica Failover Complete; cancel on both sides goes back', () => {
    const engine = lab('active-passive');
    engine.advanceTo(HOUR);
    run(engine, { type: 'Stop-VM', ...ON_HV1 });
    run(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true });
    run(engine, { type: 'Start-VMFailover', ...ON_HV2, startVm: true });
    let rel = relOf(engine, 'HV-1', 'Vm1');
    expect([rel.primaryState, rel.replicaState, rel.failover?.lostWrites]).toEqual(['PreparedForFailover', 'FailedOverWaitingCompletion', 0]);
    run(engine, { type: 'Stop-VMFailover', ...ON_HV2 });
    expect(vmOf(engine, 'HV-2', 'Vm1').state).toBe('Off');
    run(engine, { type: 'Stop-VMFailover', ...ON_HV1 });
    rel = relOf(engine, 'HV-1', 'Vm1');
    expect([rel.primaryState, rel.replicaState, rel.failover]).toEqual(['Replicating', 'Replicating', null]);
    expect(checkInvariants(engine)).toEqual([]);
  });

  it('a planned failover cannot pick an older recovery point', () => {
    const engine = replicatingBlank({ recoveryHistory: 2 });
    engine.advanceTo(engine.now + 2 * HOUR + 60_000);
    const point = relOf(engine, 'HV-2', 'Vm1').recoveryPoints[0];
    run(engine, { type: 'Stop-VM', ...ON_HV1 });
    run(engine, { type: 'Start-VMFailover', ...ON_HV1, prepare: true });
    expectRejected(engine, { type: 'Start-VMFailover', ...ON_HV2, recoveryPointId: point?.id ?? 'x' }, 'InvalidRecoveryPoint', { point: point?.id ?? 'x' });
  });

  it('refuses an unknown recovery point, a test failover during a failover, and Remove Recovery Points before one', () => {
    const engine = lab('active-passive');
    engine.advanceTo(HOUR);
    expectRejected(engine, { type: 'Start-VMFailover', ...ON_HV2, asTest: true, recoveryPointId: 'nope' }, 'InvalidRecoveryPoint', { point: 'nope' });
    expectRejected(engine, { type: 'Complete-VMFailover', ...ON_HV2 }, 'InvalidReplicationState', { vm: 'Vm1' });
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    run(engine, { type: 'Start-VMFailover', ...ON_HV2 });
    expectRejected(engine, { type: 'Start-VMFailover', ...ON_HV2, asTest: true }, 'InvalidReplicationState', { vm: 'Vm1' });
    expectRejected(engine, { type: 'Start-VMFailover', ...ON_HV2 }, 'InvalidReplicationState', { vm: 'Vm1' });
  });

  it('refuses a failover while a test failover runs, and Prepare on a replica', () => {
    const engine = lab('active-passive');
    engine.advanceTo(HOUR);
    run(engine, { type: 'Start-VMFailover', ...ON_HV2, asTest: true });
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    expectRejected(engine, { type: 'Start-VMFailover', ...ON_HV2 }, 'TestFailoverRunning', { vm: 'Vm1' });
    expectRejected(engine, { type: 'Start-VMFailover', ...ON_HV2, prepare: true }, 'NotApplicableOnReplica', { vm: 'Vm1', cmdlet: "'Start-VMFailover -Prepare'" });
  });

  it('Remove Recovery Points leaves health Warning until replication is reversed; data loss stays recorded', () => {
    const engine = lab('active-passive');
    engine.advanceTo(HOUR + 100_000);
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    const lost = vmOf(engine, 'HV-1', 'Vm1').writeSeq - relOf(engine, 'HV-2', 'Vm1').appliedSeq;
    run(engine, { type: 'Start-VMFailover', ...ON_HV2, startVm: true });
    run(engine, { type: 'Complete-VMFailover', ...ON_HV2 });
    engine.advanceTo(2 * HOUR);
    const rel = relOf(engine, 'HV-2', 'Vm1');
    expect([rel.replicaState, rel.replicaHealth, rel.failover?.lostWrites]).toEqual(['FailedOver', 'Warning', lost]);
    expectRejected(engine, { type: 'Stop-VMFailover', ...ON_HV2 }, 'NoTestFailover', { vm: 'Vm1' });
  });

  it('-AsReplica is refused on the failed-over side and on a running old primary', () => {
    const engine = lab('active-passive');
    engine.advanceTo(HOUR);
    expectRejected(engine, { type: 'Set-VMReplication', ...ON_HV1, asReplica: true }, 'InvalidReplicationState', { vm: 'Vm1' });
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    run(engine, { type: 'Start-VMFailover', ...ON_HV2 });
    expectRejected(engine, { type: 'Set-VMReplication', ...ON_HV2, asReplica: true }, 'InvalidReplicationState', { vm: 'Vm1' });
  });
});
