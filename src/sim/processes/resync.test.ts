import { describe, expect, it } from 'vitest';
import { checkInvariants, createEngine } from '../index';
import { eventsWithId, hours, minutes, relOf, run, vmByName } from '../testUtils';

describe('resynchronisation jobs (reference §5.4)', () => {
  it('a scheduled resync (-ResynchronizeStartTime) waits in WaitingForStartResynchronize, then runs', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    const rel = relOf(engine, 'HV-1', 'Vm2');
    run(engine, { type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm2' });
    run(engine, { type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm2', resynchronize: true, resynchronizeStartTime: hours(3) });
    expect([rel.primaryState, rel.primaryHealth, rel.scheduledStart]).toEqual(['WaitingForStartResynchronize', 'Critical', hours(3)]);
    engine.advanceTo(hours(3) - 1);
    expect(rel.primaryState).toBe('WaitingForStartResynchronize');
    expect(eventsWithId(engine, 29242)).toEqual([]);
    engine.advanceTo(hours(3));
    expect(rel.primaryState).toBe('Resynchronizing');
    expect(rel.scheduledStart).toBeNull();
    engine.advanceTo(rel.job?.endsAt ?? NaN);
    expect([rel.primaryState, rel.primaryHealth]).toEqual(['Replicating', 'Normal']);
  });

  it('pausing a resync keeps its progress: resumed, it ends after the time it still had', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    const rel = relOf(engine, 'HV-1', 'Vm1');
    engine.advanceTo(hours(1));
    run(engine, { type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm1' });
    run(engine, { type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm1', resynchronize: true });
    const job = rel.job;
    if (!job) throw new Error('no resync job');
    engine.advanceTo(job.startedAt + 10_000);
    run(engine, { type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm1' });
    expect([rel.primaryState, rel.replicaState]).toEqual(['ResynchronizeSuspended', 'ResynchronizeSuspended']);
    engine.advanceBy(minutes(30));
    expect(rel.primaryState).toBe('ResynchronizeSuspended');
    run(engine, { type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm1' });
    const left = job.endsAt - (job.startedAt + 10_000);
    expect(rel.job?.endsAt).toBe(engine.now + left);
    engine.advanceTo(engine.now + left);
    expect(rel.primaryState).toBe('Replicating');
    expect(eventsWithId(engine, 29244, 'Vm1')).toHaveLength(1);
  });

  it('with the replica side removed meanwhile, fails and is retried without bringing the replica back', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    const rel = relOf(engine, 'HV-1', 'Vm1');
    run(engine, { type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm1' });
    run(engine, { type: 'Remove-VMReplication', host: 'HV-2', vm: 'Vm1' });
    run(engine, { type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm1', resynchronize: true });
    expect([rel.primaryState, rel.replicaState]).toEqual(['Resynchronizing', 'Disabled']);
    const applied = rel.appliedSeq;
    engine.advanceTo(hours(2));
    expect(rel.replicaState).toBe('Disabled');
    expect(rel.appliedSeq).toBe(applied);
    expect(vmByName(engine, 'HV-2', 'Vm1').replicationMode).toBe('None');
    expect(checkInvariants(engine)).toEqual([]);
  });
});
