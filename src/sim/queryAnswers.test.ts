import { describe, expect, it } from 'vitest';
import type { Relationship, Snapshot, Vm } from '../protocol';
import { createEngine, type Engine } from './index';
import { hours, run } from './testUtils';
import { getVMReplication, measureVMReplication, recordLookup, settingsRelationship, vmRelationships, vmReplicationStatus, type Lookup } from '../query';

/*
 * One table pins the query layer's answers for every kind of VM, read on the engine's world and on the
 * snapshot the UI mirrors: both must agree, and agree with the replication columns the engine stores.
 */

type Scenario = () => Engine;
const ON = (host: string) => ({ host, vm: 'Vm1' });

function activePassive(): Engine {
  const engine = createEngine('active-passive', { seed: 1 });
  engine.advanceTo(hours(1));
  return engine;
}
function chain(): Engine {
  const engine = createEngine('extended-chain', { seed: 1 });
  engine.advanceTo(hours(1));
  return engine;
}
function testFailover(): Engine {
  const engine = activePassive();
  run(engine, { type: 'Start-VMFailover', ...ON('HV-2'), asTest: true });
  return engine;
}
function planned(): Engine {
  const engine = activePassive();
  run(engine, { type: 'Stop-VM', ...ON('HV-1') });
  run(engine, { type: 'Start-VMFailover', ...ON('HV-1'), prepare: true });
  run(engine, { type: 'Start-VMFailover', ...ON('HV-2') });
  return engine;
}
function plannedReversed(): Engine {
  const engine = planned();
  run(engine, { type: 'Set-VMReplication', ...ON('HV-2'), reverse: true });
  return engine;
}
function unplanned(): Engine {
  const engine = activePassive();
  run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
  run(engine, { type: 'Start-VMFailover', ...ON('HV-2'), startVm: true });
  run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
  return engine;
}
function unplannedAsReplica(): Engine {
  const engine = unplanned();
  run(engine, { type: 'Complete-VMFailover', ...ON('HV-2') });
  run(engine, { type: 'Set-VMReplication', ...ON('HV-1'), asReplica: true });
  return engine;
}
function unplannedReversed(): Engine {
  const engine = unplannedAsReplica();
  run(engine, { type: 'Set-VMReplication', ...ON('HV-2'), reverse: true });
  return engine;
}

interface Row {
  kind: string;
  scenario: Scenario;
  host: string;
  vm: string;
  /** Get-VM's ReplicationMode / ReplicationState. */
  mode: Vm['replicationMode'];
  state: Vm['replicationState'];
  /** Sides in the order vmRelationships lists them, with each relationship's type. */
  sides: string[];
  /** Side and type Get-VMReplication acts on (null: not replicated). */
  own: string | null;
  /** Side of -ReplicationRelationshipType Extended (null: none). */
  extended: string | null;
  /** Which end's settings the VM Settings pages show. */
  settingsFrom: 'sent' | 'received' | null;
}

const ROWS: Row[] = [
  { kind: 'primary', scenario: activePassive, host: 'HV-1', vm: 'Vm1', mode: 'Primary', state: 'Replicating', sides: ['primary Simple'], own: 'primary Simple', extended: null, settingsFrom: 'sent' },
  { kind: 'replica', scenario: activePassive, host: 'HV-2', vm: 'Vm1', mode: 'Replica', state: 'Replicating', sides: ['replica Simple'], own: 'replica Simple', extended: null, settingsFrom: 'received' },
  { kind: 'middle VM of a chain', scenario: chain, host: 'HV-2', vm: 'Vm1', mode: 'Replica', state: 'Replicating', sides: ['replica Simple', 'primary Extended'], own: 'replica Simple', extended: 'primary Extended', settingsFrom: 'sent' },
  { kind: 'extended replica', scenario: chain, host: 'HV-3', vm: 'Vm1', mode: 'ExtendedReplica', state: 'Replicating', sides: ['replica Extended'], own: 'replica Extended', extended: null, settingsFrom: 'received' },
  { kind: 'test replica', scenario: testFailover, host: 'HV-2', vm: 'Vm1 - Test', mode: 'TestReplica', state: 'Disabled', sides: [], own: null, extended: null, settingsFrom: null },
  { kind: 'not replicated', scenario: () => createEngine('blank', { seed: 1 }), host: 'HV-1', vm: 'Vm1', mode: 'None', state: 'Disabled', sides: [], own: null, extended: null, settingsFrom: null },
  { kind: 'primary after planned failover', scenario: planned, host: 'HV-1', vm: 'Vm1', mode: 'Primary', state: 'PreparedForFailover', sides: ['primary Simple'], own: 'primary Simple', extended: null, settingsFrom: 'sent' },
  { kind: 'replica after planned failover', scenario: planned, host: 'HV-2', vm: 'Vm1', mode: 'Replica', state: 'FailedOverWaitingCompletion', sides: ['replica Simple'], own: 'replica Simple', extended: null, settingsFrom: 'received' },
  { kind: 'old primary after planned failover and reverse', scenario: plannedReversed, host: 'HV-1', vm: 'Vm1', mode: 'Replica', state: 'Replicating', sides: ['replica Simple'], own: 'replica Simple', extended: null, settingsFrom: 'received' },
  { kind: 'new primary after planned failover and reverse', scenario: plannedReversed, host: 'HV-2', vm: 'Vm1', mode: 'Primary', state: 'Replicating', sides: ['primary Simple'], own: 'primary Simple', extended: null, settingsFrom: 'sent' },
  { kind: 'crashed primary back after unplanned failover', scenario: unplanned, host: 'HV-1', vm: 'Vm1', mode: 'Primary', state: 'Replicating', sides: ['primary Simple'], own: 'primary Simple', extended: null, settingsFrom: 'sent' },
  { kind: 'replica after unplanned failover', scenario: unplanned, host: 'HV-2', vm: 'Vm1', mode: 'Replica', state: 'FailedOverWaitingCompletion', sides: ['replica Simple'], own: 'replica Simple', extended: null, settingsFrom: 'received' },
  { kind: 'old primary made a replica (-AsReplica)', scenario: unplannedAsReplica, host: 'HV-1', vm: 'Vm1', mode: 'Replica', state: 'WaitingForInitialReplication', sides: ['primary Simple'], own: 'primary Simple', extended: null, settingsFrom: 'sent' },
  { kind: 'old primary after unplanned failover and reverse', scenario: unplannedReversed, host: 'HV-1', vm: 'Vm1', mode: 'Replica', state: 'WaitingForInitialReplication', sides: ['replica Simple'], own: 'replica Simple', extended: null, settingsFrom: 'received' },
  { kind: 'new primary after unplanned failover and reverse', scenario: unplannedReversed, host: 'HV-2', vm: 'Vm1', mode: 'Primary', state: 'ReadyForInitialReplication', sides: ['primary Simple'], own: 'primary Simple', extended: null, settingsFrom: 'sent' },
];

const label = (part: { rel: Relationship; side: string } | null) => (part ? `${part.side} ${part.rel.type}` : null);

function answers(vm: Vm, rels: Lookup<Relationship>) {
  const settings = settingsRelationship(vm, rels);
  const status = vmReplicationStatus(vm, rels);
  return {
    mode: status.mode,
    state: status.state,
    sides: vmRelationships(vm, rels).map(label),
    own: label(getVMReplication(vm, rels)),
    extended: label(getVMReplication(vm, rels, 'Extended')),
    settingsFrom: settings === null ? null : settings.primaryVm === vm.key ? 'sent' : 'received',
    measured: measureVMReplication(vm, rels)?.mode ?? null,
  };
}

function mirrorOf(snapshot: Snapshot, host: string, name: string) {
  const vm = snapshot.vms.find((v) => v.host === host && v.name === name);
  const relationships: Record<string, Relationship> = {};
  for (const rel of snapshot.relationships) relationships[rel.id] = rel;
  return { vm, rels: recordLookup(relationships) };
}

describe('query layer: the answers for each kind of VM', () => {
  it.each(ROWS)('$kind ($vm on $host)', (row) => {
    const engine = row.scenario();
    const vm = engine.world.findVm(row.host, row.vm);
    if (!vm) throw new Error(`no ${row.vm} on ${row.host}`);
    const onWorld = answers(vm, engine.world.rels);
    expect(onWorld).toEqual({ mode: row.mode, state: row.state, sides: row.sides, own: row.own, extended: row.extended, settingsFrom: row.settingsFrom, measured: row.own ? row.mode : null });
    // The engine stores what the query says (Get-VM's columns), and the UI's mirror gets the same answers.
    expect([vm.replicationMode, vm.replicationState]).toEqual([row.mode, row.state]);
    const mirror = mirrorOf(engine.snapshot(), row.host, row.vm);
    if (!mirror.vm) throw new Error('VM missing from the snapshot');
    expect(answers(mirror.vm, mirror.rels)).toEqual(onWorld);
  });

  it('a relationship id that resolves to nothing is skipped, never guessed', () => {
    const engine = chain();
    const vm = structuredClone(engine.world.findVm('HV-2', 'Vm1') as Vm);
    vm.relationships = ['missing', ...vm.relationships];
    expect(vmRelationships(vm, engine.world.rels).map(label)).toEqual(['replica Simple', 'primary Extended']);
  });

  it('a record lookup never finds Object.prototype members', () => {
    expect(recordLookup<Relationship>({}).get('constructor')).toBeUndefined();
    expect(recordLookup<Relationship>({}).get('__proto__')).toBeUndefined();
  });
});
