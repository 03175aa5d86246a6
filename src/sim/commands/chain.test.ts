import { describe, expect, it } from 'vitest';
import type { Command, Relationship } from '../../protocol';
import { checkInvariants, type Engine } from '../index';
import { eventsWithId, expectRejected, HOUR, lab, MINUTE, run, vmOf } from './testLab';

/** The relationships of a VM's chain on HV-2, by id (found again after each command: ids outlive edits). */
function relById(engine: Engine, id: string): Relationship | undefined {
  return engine.snapshot().relationships.find((r) => r.id === id);
}

function chainIds(engine: Engine, name = 'Vm1'): { first: string; ext: string } {
  const snap = engine.snapshot();
  const middle = vmOf(engine, 'HV-2', name).key;
  const first = snap.relationships.find((r) => r.replicaVm === middle);
  const ext = snap.relationships.find((r) => r.primaryVm === middle);
  if (!first || !ext) throw new Error(`${name} is not the middle of a chain`);
  return { first: first.id, ext: ext.id };
}

/** extended-chain after an hour, HV-1 crashed, Vm1 failed over (unplanned, latest point) on HV-2 and started. */
function firstHopFailedOver(): Engine {
  const engine = lab('extended-chain');
  engine.advanceBy(HOUR);
  run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
  run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1', startVm: true });
  return engine;
}

const CONTINUE: Command = { type: 'Resume-VMReplication', host: 'HV-2', vm: 'Vm1', continue: true };

describe('failing over the first hop of a chain (hyperv-replica.md §7)', () => {
  it('halts the extended hop: paused, nothing sent to HV-3 while HV-2 runs; HV-3 keeps what HV-2 had', () => {
    const engine = firstHopFailedOver();
    const { ext } = chainIds(engine);
    expect(relById(engine, ext)).toMatchObject({ type: 'Extended', primaryState: 'Suspended' });
    const third = vmOf(engine, 'HV-3', 'Vm1').writeSeq;
    engine.advanceBy(HOUR);
    expect(vmOf(engine, 'HV-2', 'Vm1').writeSeq).toBeGreaterThan(third);
    expect(vmOf(engine, 'HV-3', 'Vm1').writeSeq).toBe(third);
    expect(checkInvariants(engine)).toEqual([]);
  });

  it('a test failover leaves the extended hop alone', () => {
    const engine = lab('extended-chain');
    engine.advanceBy(HOUR);
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1', asTest: true });
    expect(relById(engine, chainIds(engine).ext)?.primaryState).toBe('Replicating');
  });

  it('to a recovery point older than what HV-3 holds: the extended hop needs a resynchronisation', () => {
    const engine = lab('extended-chain');
    run(engine, { type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm1', recoveryHistory: 4 });
    engine.advanceBy(3 * HOUR);
    const { first, ext } = chainIds(engine);
    const points = relById(engine, first)?.recoveryPoints ?? [];
    const oldest = points[0];
    if (!oldest) throw new Error('no recovery point');
    expect(oldest.writeSeq).toBeLessThan(vmOf(engine, 'HV-3', 'Vm1').writeSeq);
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1', recoveryPointId: oldest.id });
    expect(relById(engine, ext)?.primaryState).toBe('WaitingForStartResynchronize');
    expect(vmOf(engine, 'HV-3', 'Vm1').writeSeq).toBeLessThanOrEqual(vmOf(engine, 'HV-2', 'Vm1').writeSeq);
    expect(checkInvariants(engine)).toEqual([]);
  });

  it('Cancel Failover keeps the hop paused; Resume … Extended then sends from what HV-3 holds', () => {
    const engine = firstHopFailedOver();
    engine.advanceBy(30 * MINUTE);
    const { ext } = chainIds(engine);
    run(engine, { type: 'Stop-VMFailover', host: 'HV-2', vm: 'Vm1' });
    expect(relById(engine, ext)?.primaryState).toBe('Suspended');
    run(engine, { type: 'Resume-VMReplication', host: 'HV-2', vm: 'Vm1', relationshipType: 'Extended' });
    engine.advanceBy(HOUR);
    expect(relById(engine, ext)).toMatchObject({ primaryState: 'Replicating', replicaState: 'Replicating' });
    expect(vmOf(engine, 'HV-3', 'Vm1').writeSeq).toBe(vmOf(engine, 'HV-2', 'Vm1').writeSeq);
    expect(checkInvariants(engine)).toEqual([]);
  });

  it('while failed over, Resume … Extended is refused: the chain goes on with -Continue', () => {
    expectRejected(firstHopFailedOver(), { type: 'Resume-VMReplication', host: 'HV-2', vm: 'Vm1', relationshipType: 'Extended' }, 'InvalidReplicationState', { vm: 'Vm1' });
  });
});

describe('Resume-VMReplication -Continue', () => {
  it('commits the failover, HV-2 leaves HV-1 → HV-2, and HV-2 → HV-3 becomes its replication (Primary → Replica)', () => {
    const engine = firstHopFailedOver();
    const { first, ext } = chainIds(engine);
    engine.advanceBy(30 * MINUTE);
    run(engine, CONTINUE);
    expect(eventsWithId(engine, 29282)).toMatchObject([{ host: 'HV-2', vm: 'Vm1' }]);
    expect(vmOf(engine, 'HV-2', 'Vm1')).toMatchObject({ relationships: [ext], replicationMode: 'Primary', replicationState: 'Replicating' });
    expect(vmOf(engine, 'HV-3', 'Vm1').replicationMode).toBe('Replica');
    expect(relById(engine, ext)).toMatchObject({ type: 'Simple', primaryState: 'Replicating' });
    // HV-1 keeps its side (to be removed there); HV-2's side is gone.
    expect(relById(engine, first)).toMatchObject({ replicaState: 'Disabled' });
    engine.advanceBy(HOUR);
    expect(vmOf(engine, 'HV-3', 'Vm1').writeSeq).toBeGreaterThan(0);
    expect(relById(engine, ext)).toMatchObject({ primaryHealth: 'Normal', replicaHealth: 'Normal' });
    expect(engine.now - (relById(engine, ext)?.lastReplicationTime ?? 0)).toBeLessThanOrEqual(16 * MINUTE);
    expect(checkInvariants(engine)).toEqual([]);
  });

  it('works as well after Remove Recovery Points (FailedOver)', () => {
    const engine = firstHopFailedOver();
    run(engine, { type: 'Complete-VMFailover', host: 'HV-2', vm: 'Vm1' });
    run(engine, CONTINUE);
    expect(vmOf(engine, 'HV-2', 'Vm1').replicationMode).toBe('Primary');
    expect(eventsWithId(engine, 29282)).toHaveLength(1);
  });

  it('is refused before a failover, on a VM without extended replication, and with other parameters', () => {
    expectRejected(lab('extended-chain'), CONTINUE, 'InvalidReplicationState', { vm: 'Vm1' });
    expectRejected(lab('extended-chain'), { ...CONTINUE, host: 'HV-1' }, 'NotApplicableOnVm', { vm: 'Vm1' });
    expectRejected(lab('extended-chain'), { ...CONTINUE, host: 'HV-3' }, 'NotApplicableOnVm', { vm: 'Vm1' });
    const engine = lab('extended-chain');
    engine.advanceBy(HOUR);
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm4' });
    expectRejected(engine, { ...CONTINUE, vm: 'Vm4' }, 'NotApplicableOnVm', { vm: 'Vm4' });
    expectRejected(firstHopFailedOver(), { ...CONTINUE, resynchronize: true }, 'InvalidParameter', { field: 'continue' });
    expectRejected(firstHopFailedOver(), { ...CONTINUE, relationshipType: 'Extended' }, 'InvalidParameter', { field: 'continue' });
  });
});

describe('reversing the first hop of a chain', () => {
  it('halts replication to HV-3: HV-2 replicates back to HV-1 and its side of HV-2 → HV-3 is removed', () => {
    const engine = lab('extended-chain');
    engine.advanceBy(HOUR);
    const { first, ext } = chainIds(engine);
    run(engine, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' });
    run(engine, { type: 'Start-VMFailover', host: 'HV-1', vm: 'Vm1', prepare: true });
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1' });
    run(engine, { type: 'Set-VMReplication', host: 'HV-2', vm: 'Vm1', reverse: true });
    expect(vmOf(engine, 'HV-2', 'Vm1')).toMatchObject({ relationships: [first], replicationMode: 'Primary' });
    expect(relById(engine, first)).toMatchObject({ primaryHost: 'HV-2', replicaHost: 'HV-1', primaryState: 'Replicating' });
    expect(relById(engine, ext)).toMatchObject({ primaryState: 'Disabled' });
    // HV-3 keeps its side until it is removed there; then nothing of the extended hop is left.
    const third = vmOf(engine, 'HV-3', 'Vm1').writeSeq;
    engine.advanceBy(HOUR);
    expect(vmOf(engine, 'HV-3', 'Vm1').writeSeq).toBe(third);
    run(engine, { type: 'Remove-VMReplication', host: 'HV-3', vm: 'Vm1' });
    expect(relById(engine, ext)).toBeUndefined();
    expect(vmOf(engine, 'HV-3', 'Vm1')).toMatchObject({ replicationMode: 'None', relationships: [] });
    expect(checkInvariants(engine)).toEqual([]);
  });

  it('a dry run of the reverse (the wizard checking a page) changes nothing', () => {
    const engine = lab('extended-chain');
    engine.advanceBy(HOUR);
    run(engine, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' });
    run(engine, { type: 'Start-VMFailover', host: 'HV-1', vm: 'Vm1', prepare: true });
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1' });
    for (const dryRun of ['server', 'connection', 'all'] as const) {
      expect(engine.execute({ type: 'Set-VMReplication', host: 'HV-2', vm: 'Vm1', reverse: true, dryRun })).toMatchObject({ ok: true });
    }
    expect(relById(engine, chainIds(engine).ext)?.primaryState).toBe('Suspended');
  });
});

describe('removing the extended replica leaves HV-2 able to extend again', () => {
  const extend = (method: 'Network' | 'ExistingVm'): Command => ({
    type: 'Enable-VMReplication',
    host: 'HV-2',
    vm: 'Vm1',
    replicaServerName: 'HV-3',
    replicaServerPort: 80,
    authenticationType: 'Kerberos',
    frequencySec: 900,
    initialReplication: { method },
  });

  it.each([
    ['HV-3 first, then HV-2', [{ type: 'Remove-VMReplication', host: 'HV-3', vm: 'Vm1' }, { type: 'Remove-VMReplication', host: 'HV-2', vm: 'Vm1', relationshipType: 'Extended' }]],
    ['HV-2 first, then HV-3', [{ type: 'Remove-VMReplication', host: 'HV-2', vm: 'Vm1', relationshipType: 'Extended' }, { type: 'Remove-VMReplication', host: 'HV-3', vm: 'Vm1' }]],
  ] as [string, Command[]][])('%s: the replica VM stays on HV-3 and serves as the initial copy', (_order, removes) => {
    const engine = lab('extended-chain');
    engine.advanceBy(HOUR);
    const { first, ext } = chainIds(engine);
    for (const cmd of removes) run(engine, cmd);
    expect(relById(engine, ext)).toBeUndefined();
    expect(vmOf(engine, 'HV-2', 'Vm1')).toMatchObject({ relationships: [first], replicationMode: 'Replica', replicationState: 'Replicating' });
    expect(vmOf(engine, 'HV-3', 'Vm1')).toMatchObject({ replicationMode: 'None', relationships: [] });
    // A second copy over the network would meet the VM left on HV-3 (§6.7: the replica VM stays).
    expectRejected(engine, extend('Network'), 'VmAlreadyExistsOnReplica', { vm: 'Vm1' });
    run(engine, extend('ExistingVm'));
    engine.advanceBy(2 * HOUR);
    expect(vmOf(engine, 'HV-3', 'Vm1')).toMatchObject({ replicationMode: 'ExtendedReplica', replicationState: 'Replicating', replicationHealth: 'Normal' });
    expect(checkInvariants(engine)).toEqual([]);
  });

  it('removed on HV-3 only, HV-2 still holds its side: it reports the error until removed there too', () => {
    const engine = lab('extended-chain');
    engine.advanceBy(HOUR);
    run(engine, { type: 'Remove-VMReplication', host: 'HV-3', vm: 'Vm1' });
    expectRejected(engine, extend('ExistingVm'), 'ReplicationAlreadyEnabled', { vm: 'Vm1' });
  });
});
