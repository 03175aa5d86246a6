import { describe, expect, it } from 'vitest';
import type { Command } from '../../protocol';
import {
  blankWithReplicaServer,
  branchOfficeWithVm3,
  certificateEnableCmd,
  DAY,
  enableCmd,
  eventsWithId,
  expectRejected,
  finishJob,
  HOUR,
  lab,
  MINUTE,
  relOf,
  replicatingBlank,
  run,
  setReplicaVolumeFree,
  vmOf,
} from './testLab';

function startIr(vm = 'Vm1', startTime?: number): Command {
  return { type: 'Start-VMInitialReplication', host: 'HV-1', vm, startTime };
}

describe('Start-VMInitialReplication', () => {
  it('starts the copy now: InitialReplicationInProgress with a running job', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    engine.advanceBy(10 * MINUTE);
    run(engine, startIr());
    const rel = relOf(engine, 'HV-1', 'Vm1');
    expect(rel).toMatchObject({ primaryState: 'InitialReplicationInProgress', replicaState: 'WaitingForInitialReplication' });
    expect(rel.job).toMatchObject({ kind: 'InitialReplication', startedAt: 10 * MINUTE });
    expect(rel.job?.endsAt).toBeGreaterThan(10 * MINUTE);
    expect(eventsWithId(engine, 29300)).toMatchObject([{ host: 'HV-1', vm: 'Vm1' }]);
  });

  it('ends with both sides Replicating/Normal; the replica holds the writes the primary had at the start', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    run(engine, startIr());
    const seqAtStart = vmOf(engine, 'HV-1', 'Vm1').writeSeq;
    finishJob(engine, 'HV-1', 'Vm1');
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'Replicating', replicaState: 'Replicating', primaryHealth: 'Normal', replicaHealth: 'Normal', job: null });
    expect(vmOf(engine, 'HV-1', 'Vm1')).toMatchObject({ replicationState: 'Replicating', replicationHealth: 'Normal' });
    expect(vmOf(engine, 'HV-2', 'Vm1')).toMatchObject({ replicationState: 'Replicating', replicationHealth: 'Normal', writeSeq: seqAtStart });
  });

  it('reserves the replica disks on the replica volume', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    const free = engine.snapshot().hosts.find((h) => h.name === 'HV-2')?.volumes.find((v) => v.drive === 'D:')?.freeBytes ?? 0;
    run(engine, startIr());
    const used = vmOf(engine, 'HV-1', 'Vm1').disks.reduce((s, d) => s + d.usedBytes, 0);
    expect(vmOf(engine, 'HV-2', 'Vm1').disks.reduce((s, d) => s + d.usedBytes, 0)).toBe(used);
    expect(engine.snapshot().hosts.find((h) => h.name === 'HV-2')?.volumes.find((v) => v.drive === 'D:')?.freeBytes).toBe(free - used);
  });

  it('a scheduled start waits for its time', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    run(engine, startIr('Vm1', 2 * HOUR));
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'ReadyForInitialReplication', scheduledStart: 2 * HOUR, job: null });
    engine.advanceTo(2 * HOUR - 1);
    expect(relOf(engine, 'HV-1', 'Vm1').job).toBeNull();
    engine.advanceTo(2 * HOUR);
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'InitialReplicationInProgress', scheduledStart: null, job: { startedAt: 2 * HOUR } });
    finishJob(engine, 'HV-1', 'Vm1');
    expect(relOf(engine, 'HV-1', 'Vm1').primaryState).toBe('Replicating');
  });

  it('over the 5 Mbps WAN the copy takes hours of simulated time', () => {
    const engine = branchOfficeWithVm3();
    run(engine, certificateEnableCmd(engine));
    run(engine, { type: 'Start-VMInitialReplication', host: 'HV-1', vm: 'Vm3' });
    const job = relOf(engine, 'HV-1', 'Vm3').job;
    expect(job).not.toBeNull();
    expect((job?.endsAt ?? 0) - (job?.startedAt ?? 0)).toBeGreaterThan(2 * HOUR);
    engine.advanceBy(HOUR);
    expect(relOf(engine, 'HV-1', 'Vm3').primaryState).toBe('InitialReplicationInProgress');
    finishJob(engine, 'HV-1', 'Vm3');
    expect(relOf(engine, 'HV-1', 'Vm3')).toMatchObject({ primaryState: 'Replicating', replicaState: 'Replicating' });
  });

  it('refuses a VM that does not replicate (ReplicationNotEnabled)', () => {
    expectRejected(blankWithReplicaServer(), startIr(), 'ReplicationNotEnabled', { vm: 'Vm1' });
  });

  it('refuses the replica VM (NotApplicableOnReplica)', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    expectRejected(engine, { type: 'Start-VMInitialReplication', host: 'HV-2', vm: 'Vm1' }, 'NotApplicableOnReplica', { vm: 'Vm1', cmdlet: 'Start-VMInitialReplication' });
  });

  it('refuses while the copy is running (InvalidReplicationState)', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd({ initialReplication: { method: 'Network' } }));
    expectRejected(engine, startIr(), 'InvalidReplicationState', { vm: 'Vm1' });
  });

  it('refuses once replication runs (InvalidReplicationState)', () => {
    expectRejected(replicatingBlank(), startIr(), 'InvalidReplicationState', { vm: 'Vm1' });
  });

  it('refuses a start time in the past (StartTimeInPast)', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    engine.advanceBy(HOUR);
    expectRejected(engine, startIr('Vm1', HOUR - 1), 'StartTimeInPast');
  });

  it('refuses a start time more than 7 days ahead (StartTimeTooFar)', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    expectRejected(engine, startIr('Vm1', 8 * DAY), 'StartTimeTooFar', { days: 7 });
  });

  it('refuses when another copy already took the room on the replica volume (InsufficientStorage)', () => {
    const engine = blankWithReplicaServer();
    const used = (vm: string) => vmOf(engine, 'HV-1', vm).disks.reduce((s, d) => s + d.usedBytes, 0);
    // Room for either copy, not for both.
    setReplicaVolumeFree(engine, 'HV-2', Math.max(used('Vm1'), used('Vm2')));
    run(engine, enableCmd());
    run(engine, enableCmd({ vm: 'Vm2' }));
    run(engine, startIr('Vm1'));
    expectRejected(engine, startIr('Vm2'), 'InsufficientStorage', { server: 'hv-2.formation.lan' });
  });

  it('refuses on a crashed host (HostNotRunning)', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    expectRejected(engine, startIr(), 'HostNotRunning', { host: 'HV-1' });
  });
});
