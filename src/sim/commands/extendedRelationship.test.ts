import { describe, expect, it } from 'vitest';
import type { Command, Relationship } from '../../protocol';
import type { Engine } from '../index';
import { eventsWithId, expectRejected, HOUR, lab, run, vmOf } from './testLab';

type PerVm = 'Suspend-VMReplication' | 'Resume-VMReplication' | 'Remove-VMReplication' | 'Reset-VMReplicationStatistics';

/** `-ReplicationRelationshipType Extended` on HV-2's Vm1, the middle of the HV-1 → HV-2 → HV-3 chain. */
function extended(type: PerVm, host = 'HV-2', vm = 'Vm1'): Command {
  return { type, host, vm, relationshipType: 'Extended' };
}

/** The relationships of Vm1's chain: HV-1 → HV-2 (Simple) and HV-2 → HV-3 (Extended). */
function chain(engine: Engine, name = 'Vm1'): { first: Relationship; ext: Relationship } {
  const snap = engine.snapshot();
  const middle = vmOf(engine, 'HV-2', name).key;
  const first = snap.relationships.find((r) => r.replicaVm === middle);
  const ext = snap.relationships.find((r) => r.primaryVm === middle);
  if (!first || !ext) throw new Error(`${name} is not the middle of a chain`);
  return { first, ext };
}

describe('-ReplicationRelationshipType on the middle VM of a chain', () => {
  it('Suspend-VMReplication -ReplicationRelationshipType Extended pauses the extended hop only', () => {
    const engine = lab('extended-chain');
    run(engine, extended('Suspend-VMReplication'));
    const { first, ext } = chain(engine);
    expect(ext).toMatchObject({ type: 'Extended', primaryState: 'Suspended', primaryHealth: 'Warning', replicaState: 'Replicating' });
    expect(first).toMatchObject({ primaryState: 'Replicating', replicaState: 'Replicating' });
    // Get-VM on HV-2 shows the relationship it receives (Replica, Replicating).
    expect(vmOf(engine, 'HV-2', 'Vm1')).toMatchObject({ replicationMode: 'Replica', replicationState: 'Replicating' });
    expect(eventsWithId(engine, 32324)).toMatchObject([{ host: 'HV-2', vm: 'Vm1' }]);
  });

  it('without it (Simple, the default), the middle VM acts on the relationship it receives', () => {
    const engine = lab('extended-chain');
    run(engine, { type: 'Suspend-VMReplication', host: 'HV-2', vm: 'Vm1', relationshipType: 'Simple' });
    const { first, ext } = chain(engine);
    expect(first.replicaState).toBe('Suspended');
    expect(ext.primaryState).toBe('Replicating');
  });

  it('a paused extended hop sends nothing to HV-3 while HV-1 → HV-2 goes on; Resume … Extended catches up', () => {
    const engine = lab('extended-chain');
    run(engine, extended('Suspend-VMReplication'));
    const third = vmOf(engine, 'HV-3', 'Vm1').writeSeq;
    const middle = vmOf(engine, 'HV-2', 'Vm1').writeSeq;
    engine.advanceBy(HOUR);
    expect(vmOf(engine, 'HV-3', 'Vm1').writeSeq).toBe(third);
    expect(vmOf(engine, 'HV-2', 'Vm1').writeSeq).toBeGreaterThan(middle);
    run(engine, extended('Resume-VMReplication'));
    expect(chain(engine).ext).toMatchObject({ primaryState: 'Replicating', primaryHealth: 'Normal' });
    expect(eventsWithId(engine, 32325)).toMatchObject([{ host: 'HV-2', vm: 'Vm1' }]);
    engine.advanceBy(HOUR);
    expect(vmOf(engine, 'HV-3', 'Vm1').writeSeq).toBeGreaterThan(middle);
  });

  it('Resume … Extended on a hop that is not paused is refused and changes nothing', () => {
    expectRejected(lab('extended-chain'), extended('Resume-VMReplication'), 'InvalidReplicationState', { vm: 'Vm1' });
  });

  it('Reset-VMReplicationStatistics … Extended resets the extended hop’s statistics only', () => {
    const engine = lab('extended-chain');
    engine.advanceBy(2 * HOUR);
    const before = chain(engine);
    expect(before.ext.stats.successCount).toBeGreaterThan(0);
    run(engine, extended('Reset-VMReplicationStatistics'));
    const after = chain(engine);
    expect(after.ext.stats.successCount).toBe(0);
    expect(after.ext.stats.startTime).toBe(engine.now);
    expect(after.first.stats).toEqual(before.first.stats);
  });

  it('Remove-VMReplication … Extended removes the extended hop on HV-2 and keeps HV-1 → HV-2', () => {
    const engine = lab('extended-chain');
    const { first, ext } = chain(engine);
    run(engine, extended('Remove-VMReplication'));
    const middle = vmOf(engine, 'HV-2', 'Vm1');
    expect(middle.relationships).toEqual([first.id]);
    expect(middle).toMatchObject({ replicationMode: 'Replica', replicationState: 'Replicating' });
    const rel = engine.snapshot().relationships.find((r) => r.id === ext.id);
    expect(rel?.primaryState).toBe('Disabled');
  });

  it.each<PerVm>(['Suspend-VMReplication', 'Resume-VMReplication', 'Remove-VMReplication', 'Reset-VMReplicationStatistics'])(
    '%s … Extended on a VM that is not the middle of a chain is refused (NotApplicableOnVm)',
    (type) => {
      const engine = lab('extended-chain');
      expectRejected(engine, extended(type, 'HV-1'), 'NotApplicableOnVm', { vm: 'Vm1', cmdlet: type });
      expectRejected(engine, extended(type, 'HV-3'), 'NotApplicableOnVm', { vm: 'Vm1', cmdlet: type });
      expectRejected(lab('active-passive'), extended(type, 'HV-2'), 'NotApplicableOnVm', { vm: 'Vm1', cmdlet: type });
    },
  );
});
