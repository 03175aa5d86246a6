import { describe, expect, it } from 'vitest';
import type { Command } from '../../protocol';
import type { Engine } from '../index';
import { advanceUntil, blankWithReplicaServer, DAY, enableCmd, eventsWithId, expectRejected, finishJob, HOUR, lab, MINUTE, relOf, replicatingBlank, run, vmOf } from './testLab';

type PerVm = 'Suspend-VMReplication' | 'Resume-VMReplication' | 'Remove-VMReplication' | 'Reset-VMReplicationStatistics';

function cmd(type: PerVm, host = 'HV-1', vm = 'Vm1'): Command {
  return { type, host, vm };
}

function resume(extra: { resynchronize?: boolean; resynchronizeStartTime?: number } = {}): Command {
  return { type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm1', ...extra };
}

/** `active-passive` after HV-1 lost power with its VMs running: every primary needs resynchronisation. */
function resyncRequired(): Engine {
  const engine = lab('active-passive');
  run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
  run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
  expect(relOf(engine, 'HV-1', 'Vm1').primaryState).toBe('WaitingForStartResynchronize');
  return engine;
}

describe('Suspend-VMReplication', () => {
  it('pausing the primary gives Suspended with health Warning; the replica is unchanged', () => {
    const engine = lab('active-passive');
    run(engine, cmd('Suspend-VMReplication'));
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'Suspended', primaryHealth: 'Warning', replicaState: 'Replicating', replicaHealth: 'Normal' });
    expect(vmOf(engine, 'HV-1', 'Vm1')).toMatchObject({ replicationState: 'Suspended', replicationHealth: 'Warning' });
    expect(eventsWithId(engine, 32324)).toMatchObject([{ host: 'HV-1', vm: 'Vm1' }]);
  });

  it('a paused primary keeps tracking but sends nothing', () => {
    const engine = lab('active-passive');
    run(engine, cmd('Suspend-VMReplication'));
    const applied = vmOf(engine, 'HV-2', 'Vm1').writeSeq;
    engine.advanceBy(HOUR);
    expect(vmOf(engine, 'HV-2', 'Vm1').writeSeq).toBe(applied);
    expect(relOf(engine, 'HV-1', 'Vm1').pendingBytes).toBeGreaterThan(0);
  });

  it('pausing the replica gives Suspended with health Critical on the replica side', () => {
    const engine = lab('active-passive');
    run(engine, cmd('Suspend-VMReplication', 'HV-2'));
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'Replicating', replicaState: 'Suspended', replicaHealth: 'Critical' });
    expect(vmOf(engine, 'HV-2', 'Vm1')).toMatchObject({ replicationState: 'Suspended', replicationHealth: 'Critical' });
  });

  it('a paused replica holds the logs it receives', () => {
    const engine = lab('active-passive');
    run(engine, cmd('Suspend-VMReplication', 'HV-2'));
    const applied = vmOf(engine, 'HV-2', 'Vm1').writeSeq;
    engine.advanceBy(30 * MINUTE);
    expect(relOf(engine, 'HV-1', 'Vm1').stats.successCount).toBeGreaterThan(0);
    expect(vmOf(engine, 'HV-2', 'Vm1').writeSeq).toBe(applied);
  });

  it('pausing during resynchronisation gives ResynchronizeSuspended', () => {
    const engine = resyncRequired();
    run(engine, resume());
    run(engine, cmd('Suspend-VMReplication'));
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'ResynchronizeSuspended', replicaState: 'ResynchronizeSuspended' });
  });

  it('refuses a primary already paused (InvalidReplicationState)', () => {
    const engine = lab('active-passive');
    run(engine, cmd('Suspend-VMReplication'));
    expectRejected(engine, cmd('Suspend-VMReplication'), 'InvalidReplicationState', { vm: 'Vm1' });
  });

  it('refuses a replica already paused (InvalidReplicationState)', () => {
    const engine = lab('active-passive');
    run(engine, cmd('Suspend-VMReplication', 'HV-2'));
    expectRejected(engine, cmd('Suspend-VMReplication', 'HV-2'), 'InvalidReplicationState', { vm: 'Vm1' });
  });

  it('refuses a primary waiting for its initial copy (InvalidReplicationState)', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    expectRejected(engine, cmd('Suspend-VMReplication'), 'InvalidReplicationState', { vm: 'Vm1' });
  });

  it('refuses a primary that needs resynchronisation (InvalidReplicationState)', () => {
    expectRejected(resyncRequired(), cmd('Suspend-VMReplication'), 'InvalidReplicationState', { vm: 'Vm1' });
  });
});

describe('Resume-VMReplication', () => {
  it('resuming the primary sends what was tracked while paused', () => {
    const engine = lab('active-passive');
    run(engine, cmd('Suspend-VMReplication'));
    engine.advanceBy(HOUR);
    const applied = vmOf(engine, 'HV-2', 'Vm1').writeSeq;
    run(engine, resume());
    expect(relOf(engine, 'HV-1', 'Vm1').primaryState).toBe('Replicating');
    advanceUntil(engine, () => vmOf(engine, 'HV-2', 'Vm1').writeSeq > applied, 10 * MINUTE);
    expect(eventsWithId(engine, 32325)).toMatchObject([{ host: 'HV-1', vm: 'Vm1' }]);
  });

  it('resuming the replica applies the held logs at once', () => {
    const engine = lab('active-passive');
    run(engine, cmd('Suspend-VMReplication', 'HV-2'));
    engine.advanceBy(30 * MINUTE);
    const held = vmOf(engine, 'HV-2', 'Vm1').writeSeq;
    run(engine, cmd('Resume-VMReplication', 'HV-2'));
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ replicaState: 'Replicating', replicaHealth: 'Normal' });
    expect(vmOf(engine, 'HV-2', 'Vm1').writeSeq).toBeGreaterThan(held);
  });

  it('resuming a relationship that needs resynchronisation starts it, then replicates with recovery points deleted', () => {
    const engine = replicatingBlank({ recoveryHistory: 2 });
    engine.advanceBy(3 * HOUR);
    expect(relOf(engine, 'HV-1', 'Vm1').recoveryPoints).toHaveLength(2);
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
    run(engine, resume());
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'Resynchronizing', replicaState: 'Resynchronizing', job: { kind: 'Resynchronization' } });
    const seqAtStart = vmOf(engine, 'HV-1', 'Vm1').writeSeq;
    finishJob(engine, 'HV-1', 'Vm1');
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'Replicating', replicaState: 'Replicating', recoveryPoints: [], job: null });
    expect(vmOf(engine, 'HV-2', 'Vm1').writeSeq).toBe(seqAtStart);
    expect(eventsWithId(engine, 29242)).toHaveLength(1);
    expect(eventsWithId(engine, 29244)).toHaveLength(1);
  });

  it('-Resynchronize forces a resynchronisation of a paused primary', () => {
    const engine = lab('active-passive');
    run(engine, cmd('Suspend-VMReplication'));
    run(engine, resume({ resynchronize: true }));
    expect(relOf(engine, 'HV-1', 'Vm1').primaryState).toBe('Resynchronizing');
  });

  it('a scheduled resynchronisation waits for its time', () => {
    const engine = resyncRequired();
    run(engine, resume({ resynchronizeStartTime: HOUR }));
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'WaitingForStartResynchronize', scheduledStart: HOUR });
    engine.advanceTo(HOUR);
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'Resynchronizing', scheduledStart: null });
  });

  it('resuming a paused resynchronisation continues it', () => {
    const engine = resyncRequired();
    run(engine, resume());
    run(engine, cmd('Suspend-VMReplication'));
    engine.advanceBy(HOUR);
    run(engine, resume());
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'Resynchronizing', replicaState: 'Resynchronizing' });
    finishJob(engine, 'HV-1', 'Vm1');
    expect(relOf(engine, 'HV-1', 'Vm1').primaryState).toBe('Replicating');
  });

  it('resuming a primary in error replicates again', () => {
    const engine = lab('active-passive');
    const rel = engine.world.rels.get(relOf(engine, 'HV-1', 'Vm1').id);
    if (!rel) throw new Error('missing relationship');
    // Setup edit: the relationship stopped on a non-recoverable failure that is now fixed.
    rel.primaryState = 'Error';
    run(engine, resume());
    expect(relOf(engine, 'HV-1', 'Vm1').primaryState).toBe('Replicating');
  });

  it('refuses a primary that replicates (InvalidReplicationState)', () => {
    expectRejected(lab('active-passive'), resume(), 'InvalidReplicationState', { vm: 'Vm1' });
  });

  it('refuses a replica that replicates (InvalidReplicationState)', () => {
    expectRejected(lab('active-passive'), cmd('Resume-VMReplication', 'HV-2'), 'InvalidReplicationState', { vm: 'Vm1' });
  });

  it('refuses a resynchronisation time in the past (StartTimeInPast)', () => {
    const engine = resyncRequired();
    engine.advanceBy(HOUR);
    expectRejected(engine, resume({ resynchronizeStartTime: 0 }), 'StartTimeInPast');
  });

  it('refuses a resynchronisation time more than 7 days ahead (StartTimeTooFar)', () => {
    expectRejected(resyncRequired(), resume({ resynchronizeStartTime: 7 * DAY + 1 }), 'StartTimeTooFar', { days: 7 });
  });
});

describe('Remove-VMReplication', () => {
  it('on the primary: the VM is no longer replicated, the replica side keeps the relationship', () => {
    const engine = lab('active-passive');
    run(engine, cmd('Remove-VMReplication'));
    expect(vmOf(engine, 'HV-1', 'Vm1')).toMatchObject({ replicationMode: 'None', replicationState: 'Disabled', replicationHealth: 'NotApplicable', relationships: [] });
    expect(relOf(engine, 'HV-2', 'Vm1')).toMatchObject({ primaryState: 'Disabled', replicaState: 'Replicating' });
    expect(vmOf(engine, 'HV-2', 'Vm1').replicationMode).toBe('Replica');
    expect(eventsWithId(engine, 32330)).toMatchObject([{ host: 'HV-1', vm: 'Vm1' }]);
  });

  it('on the primary: replication cycles stop', () => {
    const engine = lab('active-passive');
    run(engine, cmd('Remove-VMReplication'));
    const applied = vmOf(engine, 'HV-2', 'Vm1').writeSeq;
    engine.advanceBy(HOUR);
    expect(vmOf(engine, 'HV-2', 'Vm1').writeSeq).toBe(applied);
    expect(relOf(engine, 'HV-2', 'Vm1').pendingBytes).toBe(0);
    expect(engine.snapshot().events.filter((e) => e.vm === 'Vm1' && (e.eventId === 32315 || e.eventId === 32086))).toEqual([]);
  });

  it('on the primary during the initial copy: the copy is cancelled', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd({ initialReplication: { method: 'Network' } }));
    const ends = relOf(engine, 'HV-1', 'Vm1').job?.endsAt ?? 0;
    run(engine, cmd('Remove-VMReplication'));
    engine.advanceTo(ends + HOUR);
    expect(relOf(engine, 'HV-2', 'Vm1')).toMatchObject({ primaryState: 'Disabled', replicaState: 'WaitingForInitialReplication', job: null });
    expect(vmOf(engine, 'HV-2', 'Vm1').writeSeq).toBe(0);
  });

  it('on the replica: the primary goes to Error with event 32086 at its next cycle', () => {
    const engine = lab('active-passive');
    run(engine, cmd('Remove-VMReplication', 'HV-2'));
    expect(vmOf(engine, 'HV-2', 'Vm1')).toMatchObject({ replicationMode: 'None', replicationState: 'Disabled' });
    advanceUntil(engine, () => relOf(engine, 'HV-1', 'Vm1').primaryState === 'Error', 15 * MINUTE);
    expect(relOf(engine, 'HV-1', 'Vm1').primaryHealth).toBe('Critical');
    expect(eventsWithId(engine, 32086)).toMatchObject([{ host: 'HV-1', vm: 'Vm1', level: 'Error' }]);
  });

  it('on both sides: the relationship is gone and the replica VM stays on its host', () => {
    const engine = lab('active-passive');
    const id = relOf(engine, 'HV-1', 'Vm1').id;
    run(engine, cmd('Remove-VMReplication'));
    run(engine, cmd('Remove-VMReplication', 'HV-2'));
    expect(engine.snapshot().relationships.some((r) => r.id === id)).toBe(false);
    expect(vmOf(engine, 'HV-2', 'Vm1')).toMatchObject({ state: 'Off', replicationMode: 'None', relationships: [] });
  });

  it('refuses the side already removed (NotApplicableOnVm)', () => {
    const engine = lab('active-passive');
    run(engine, cmd('Remove-VMReplication'));
    expectRejected(engine, cmd('Remove-VMReplication'), 'NotApplicableOnVm', { vm: 'Vm1' });
  });
});

describe('Reset-VMReplicationStatistics', () => {
  it('a Warning from missed cycles becomes Normal, with a fresh statistics window', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: false });
    engine.advanceBy(20 * MINUTE);
    run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: true });
    advanceUntil(engine, () => relOf(engine, 'HV-1', 'Vm1').consecutiveFailures === 0, 15 * MINUTE);
    const rel = relOf(engine, 'HV-1', 'Vm1');
    expect(rel.primaryHealth).toBe('Warning');
    expect(rel.healthDetails.map((d) => d.key)).toContain('health.missedCycles');
    run(engine, cmd('Reset-VMReplicationStatistics'));
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'Replicating', primaryHealth: 'Normal', stats: { startTime: engine.now, successCount: 0, missCount: 0 } });
  });

  it('works from the replica side too', () => {
    const engine = lab('active-passive');
    engine.advanceBy(30 * MINUTE);
    run(engine, cmd('Reset-VMReplicationStatistics', 'HV-2'));
    expect(relOf(engine, 'HV-1', 'Vm1').stats).toMatchObject({ startTime: 30 * MINUTE, successCount: 0 });
  });
});

describe('per-VM replication cmdlets', () => {
  const ALL: PerVm[] = ['Suspend-VMReplication', 'Resume-VMReplication', 'Remove-VMReplication', 'Reset-VMReplicationStatistics'];

  it.each(ALL)('%s refuses a VM that does not replicate (NotApplicableOnVm)', (type) => {
    expectRejected(lab('blank'), cmd(type), 'NotApplicableOnVm', { vm: 'Vm1', cmdlet: type });
  });

  it.each(ALL)('%s refuses a crashed host (HostNotRunning)', (type) => {
    const engine = lab('active-passive');
    run(engine, { type: 'Lab-CrashHost', host: 'HV-2' });
    expectRejected(engine, cmd(type, 'HV-2'), 'HostNotRunning', { host: 'HV-2' });
  });

  it.each(ALL)('%s refuses an unknown VM (VmNotFound)', (type) => {
    expectRejected(lab('active-passive'), cmd(type, 'HV-1', 'Vm9'), 'VmNotFound', { vm: 'Vm9', host: 'HV-1' });
  });

  it.each(ALL)('%s refuses an unknown host (HostNotFound)', (type) => {
    expectRejected(lab('active-passive'), cmd(type, 'HV-9'), 'HostNotFound', { host: 'HV-9' });
  });
});

describe('pausing the initial copy', () => {
  it('keeps the progress made and finishes the copy after Resume', () => {
    const engine = blankWithReplicaServer();
    const enabled = engine.execute({ type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm1', replicaServerName: 'HV-2', replicaServerPort: 80, authenticationType: 'Kerberos', initialReplication: { method: 'Network' } });
    expect(enabled.ok).toBe(true);
    const job = engine.snapshot().relationships[0]?.job;
    if (!job) throw new Error('no initial copy job');
    const total = job.endsAt - job.startedAt;
    engine.advanceBy(Math.floor(total / 2));
    expect(engine.execute({ type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm1' }).ok).toBe(true);
    expect(engine.snapshot().relationships[0]?.primaryState).toBe('Suspended');
    engine.advanceBy(total * 3);
    expect(engine.snapshot().relationships[0]?.primaryState).toBe('Suspended');
    expect(engine.execute({ type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm1' }).ok).toBe(true);
    expect(engine.snapshot().relationships[0]?.primaryState).toBe('InitialReplicationInProgress');
    engine.advanceBy(Math.ceil(total / 2) - 1000);
    expect(engine.snapshot().relationships[0]?.primaryState).toBe('InitialReplicationInProgress');
    engine.advanceBy(2000);
    const rel = engine.snapshot().relationships[0];
    expect([rel?.primaryState, rel?.replicaState]).toEqual(['Replicating', 'Replicating']);
  });
});

describe('removing a relationship whose initial copy is paused', () => {
  it('leaves the link share of the other copies alone', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd({ vm: 'Vm1', initialReplication: { method: 'Network' } }));
    run(engine, enableCmd({ vm: 'Vm2', initialReplication: { method: 'Network' } }));
    expect(engine.world.linkActive.get('lan-siege')).toBe(2);
    run(engine, { type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm1' });
    expect(engine.world.linkActive.get('lan-siege')).toBe(1);
    run(engine, { type: 'Remove-VMReplication', host: 'HV-1', vm: 'Vm1' });
    expect(engine.world.linkActive.get('lan-siege')).toBe(1);
  });
});
