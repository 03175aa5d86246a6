import { describe, expect, it } from 'vitest';
import type { Engine } from '../index';
import { advanceUntil, eventsWithId, expectRejected, HOUR, hostOf, lab, MINUTE, relOf, replicatingBlank, run, vmOf } from './testLab';

function failedSends(engine: Engine, vm: string): number {
  return eventsWithId(engine, 32315).filter((e) => e.host === 'HV-1' && e.vm === vm).length;
}

describe('Lab-CrashHost', () => {
  it('turns running and paused VMs off and logs event 6008', () => {
    const engine = lab('blank');
    run(engine, { type: 'Suspend-VM', host: 'HV-1', vm: 'Vm2' });
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    expect(hostOf(engine, 'HV-1').power).toBe('Crashed');
    for (const name of ['Vm1', 'Vm2', 'Vm3', 'Vm4']) {
      const vm = vmOf(engine, 'HV-1', name);
      expect(vm.state).toBe('Off');
      expect(vm.memoryAssignedMB).toBe(0);
      expect(vm.startedAt).toBeNull();
    }
    expect(eventsWithId(engine, 6008)).toMatchObject([{ host: 'HV-1', level: 'Error' }]);
  });

  it('leaves a saved VM saved', () => {
    const engine = lab('blank');
    run(engine, { type: 'Save-VM', host: 'HV-1', vm: 'Vm1' });
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    expect(vmOf(engine, 'HV-1', 'Vm1').state).toBe('Saved');
  });

  it('stops the writes of the VMs that ran there', () => {
    const engine = lab('blank');
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    const before = vmOf(engine, 'HV-1', 'Vm1').writeSeq;
    engine.advanceBy(2 * HOUR);
    expect(vmOf(engine, 'HV-1', 'Vm1').writeSeq).toBe(before);
  });

  it('refuses to crash a host twice (HostAlreadyCrashed)', () => {
    const engine = lab('blank');
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    expectRejected(engine, { type: 'Lab-CrashHost', host: 'HV-1' }, 'HostAlreadyCrashed', { host: 'HV-1' });
  });

  it('refuses an unknown host (HostNotFound)', () => {
    expectRejected(lab('blank'), { type: 'Lab-CrashHost', host: 'HV-9' }, 'HostNotFound', { host: 'HV-9' });
  });

  it('makes primaries retry while their replica host is down (event 32315), Critical after two failed attempts', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Lab-CrashHost', host: 'HV-2' });
    advanceUntil(engine, () => failedSends(engine, 'Vm1') === 1, 15 * MINUTE);
    expect(relOf(engine, 'HV-1', 'Vm1').primaryHealth).not.toBe('Critical');
    advanceUntil(engine, () => failedSends(engine, 'Vm1') === 2, 15 * MINUTE);
    const rel = relOf(engine, 'HV-1', 'Vm1');
    expect(rel.primaryState).toBe('Replicating');
    expect(rel.primaryHealth).toBe('Critical');
    expect(vmOf(engine, 'HV-1', 'Vm1').replicationHealth).toBe('Critical');
    expect(eventsWithId(engine, 32315)[0]).toMatchObject({ level: 'Warning', params: { vm: 'Vm1', minutes: 5 } });
  });
});

describe('Lab-PowerOnHost', () => {
  it('powers a crashed host on (event 6005); its VMs stay off', () => {
    const engine = lab('blank');
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
    expect(hostOf(engine, 'HV-1').power).toBe('On');
    expect(vmOf(engine, 'HV-1', 'Vm1').state).toBe('Off');
    expect(eventsWithId(engine, 6005)).toMatchObject([{ host: 'HV-1' }]);
  });

  it('refuses a host that is running (HostAlreadyRunning)', () => {
    expectRejected(lab('blank'), { type: 'Lab-PowerOnHost', host: 'HV-1' }, 'HostAlreadyRunning', { host: 'HV-1' });
  });

  it('refuses an unknown host (HostNotFound)', () => {
    expectRejected(lab('blank'), { type: 'Lab-PowerOnHost', host: 'HV-9' }, 'HostNotFound', { host: 'HV-9' });
  });

  it('a primary that was running when its host crashed needs resynchronisation (Critical)', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    engine.advanceBy(10 * MINUTE);
    run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
    const rel = relOf(engine, 'HV-1', 'Vm1');
    expect(rel.primaryState).toBe('WaitingForStartResynchronize');
    expect(rel.primaryHealth).toBe('Critical');
    expect(vmOf(engine, 'HV-1', 'Vm1')).toMatchObject({ replicationState: 'WaitingForStartResynchronize', replicationHealth: 'Critical' });
  });

  it('a primary shut down before the crash keeps replicating', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm2' });
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
    expect(relOf(engine, 'HV-1', 'Vm2').primaryState).toBe('Replicating');
  });

  it('a crash during the initial copy restarts the copy instead of asking for resynchronisation', () => {
    const engine = replicatingBlankDuringCopy();
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    engine.advanceBy(HOUR);
    run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
    expect(relOf(engine, 'HV-1', 'Vm1').primaryState).toBe('InitialReplicationInProgress');
    advanceUntil(engine, () => relOf(engine, 'HV-1', 'Vm1').primaryState === 'Replicating', 2 * HOUR);
    expect(relOf(engine, 'HV-1', 'Vm1').replicaState).toBe('Replicating');
    expect(vmOf(engine, 'HV-2', 'Vm1').writeSeq).toBe(vmOf(engine, 'HV-1', 'Vm1').writeSeq);
  });

  it.each([
    ['at once', 0],
    ['an hour later', HOUR],
  ])('a crash during resynchronisation cancels it (powered on %s): resynchronisation is required again', (_when, downMs) => {
    const engine = lab('active-passive');
    run(engine, { type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm1' });
    run(engine, { type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm1', resynchronize: true });
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    engine.advanceBy(downMs);
    run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
    engine.advanceBy(HOUR);
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'WaitingForStartResynchronize', primaryHealth: 'Critical', replicaState: 'Replicating', job: null });
  });

  it('replication recovers once the replica host is back', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Lab-CrashHost', host: 'HV-2' });
    engine.advanceBy(15 * MINUTE);
    const applied = vmOf(engine, 'HV-2', 'Vm1').writeSeq;
    run(engine, { type: 'Lab-PowerOnHost', host: 'HV-2' });
    advanceUntil(engine, () => relOf(engine, 'HV-1', 'Vm1').consecutiveFailures === 0, 15 * MINUTE);
    expect(relOf(engine, 'HV-1', 'Vm1').primaryState).toBe('Replicating');
    expect(vmOf(engine, 'HV-2', 'Vm1').writeSeq).toBeGreaterThan(applied);
  });
});

/** Vm1 of `blank` half-way through its initial copy to HV-2. */
function replicatingBlankDuringCopy(): Engine {
  const engine = replicatingBlank({ vm: 'Vm2' });
  run(engine, { type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm1', replicaServerName: 'HV-2', replicaServerPort: 80, authenticationType: 'Kerberos', initialReplication: { method: 'Network' } });
  const job = relOf(engine, 'HV-1', 'Vm1').job;
  if (!job) throw new Error('no initial copy running');
  engine.advanceTo((job.startedAt + job.endsAt) / 2);
  return engine;
}
