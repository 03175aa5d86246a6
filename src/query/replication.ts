import type { Relationship, RelationshipType, ReplicationHealth, ReplicationMode, ReplicationState, Vm } from '../protocol';
import type { Lookup } from './lookup';

/**
 * Which end of a relationship a VM is. The answers to "which relationships does this VM take part in, on
 * which side, in which mode" live here once, for the engine, the console, PowerShell and exercise checks.
 */
export type ReplicationSide = 'primary' | 'replica';

/** One relationship of a VM and the VM's side in it. */
export interface VmSide {
  rel: Relationship;
  side: ReplicationSide;
}

/**
 * The relationships of `vm` and its side in each: the ones it receives first, then the ones it sends —
 * the order Hyper-V Manager lists a chain's middle VM in. Ids that resolve to nothing are skipped.
 * @example vmRelationships(middleVm, world.rels) // [{ rel: hv1ToHv2, side: 'replica' }, { rel: hv2ToHv3, side: 'primary' }]
 */
export function vmRelationships(vm: Vm, rels: Lookup<Relationship>): VmSide[] {
  const incoming: VmSide[] = [];
  const outgoing: VmSide[] = [];
  for (const id of vm.relationships) {
    const rel = rels.get(id);
    if (!rel) continue;
    if (rel.replicaVm === vm.key) incoming.push({ rel, side: 'replica' });
    else if (rel.primaryVm === vm.key) outgoing.push({ rel, side: 'primary' });
  }
  return incoming.length === 0 ? outgoing : outgoing.length === 0 ? incoming : [...incoming, ...outgoing];
}

/** The relationship `vm` receives (it is its replica, simple or extended), if any. */
export function incomingRelationship(vm: Vm, rels: Lookup<Relationship>): Relationship | null {
  for (const id of vm.relationships) {
    const rel = rels.get(id);
    if (rel && rel.replicaVm === vm.key) return rel;
  }
  return null;
}

/** The relationship `vm` sends (its primary side, or the extended one of a chain's middle VM), if any. */
export function outgoingRelationship(vm: Vm, rels: Lookup<Relationship>): Relationship | null {
  for (const id of vm.relationships) {
    const rel = rels.get(id);
    if (rel && rel.primaryVm === vm.key) return rel;
  }
  return null;
}

/**
 * `Get-VMReplication [-ReplicationRelationshipType]`: the relationship a per-VM cmdlet acts on. On a
 * replica (or the middle VM of a chain) the one it receives, unless `Extended` asks for the one it sends;
 * on a primary the one it sends. Extended on a VM that is not the middle of a chain finds nothing.
 */
export function getVMReplication(vm: Vm, rels: Lookup<Relationship>, type: RelationshipType = 'Simple'): VmSide | null {
  const incoming = incomingRelationship(vm, rels);
  const outgoing = outgoingRelationship(vm, rels);
  if (type === 'Extended') return incoming && outgoing ? { rel: outgoing, side: 'primary' } : null;
  if (incoming) return { rel: incoming, side: 'replica' };
  if (outgoing) return { rel: outgoing, side: 'primary' };
  return null;
}

/**
 * The relationship whose settings the VM's Settings ▸ Replication pages show and `Set-VMReplication`
 * changes: the one the VM sends (a primary, or the extension of a chain's middle VM), else the one it
 * receives (shown read-only: settings are changed on the primary).
 */
export function settingsRelationship(vm: Vm, rels: Lookup<Relationship>): Relationship | null {
  return outgoingRelationship(vm, rels) ?? incomingRelationship(vm, rels);
}

/**
 * `ReplicationMode` of one side. The replica side is `Replica` (`ExtendedReplica` at the end of a chain).
 * The sending side is `Primary`, except the old primary made a replica with `Set-VMReplication -AsReplica`
 * after an unplanned failover: it waits for the reverse copy, so it is a `Replica` (hyperv-replica.md §6.4).
 */
export function sideMode(rel: Relationship, side: ReplicationSide): ReplicationMode {
  if (side === 'replica') return rel.type === 'Extended' ? 'ExtendedReplica' : 'Replica';
  return rel.primaryState === 'WaitingForInitialReplication' ? 'Replica' : 'Primary';
}

/** `ReplicationState` of one side. */
export function sideState(rel: Relationship, side: ReplicationSide): ReplicationState {
  return side === 'replica' ? rel.replicaState : rel.primaryState;
}

/** `ReplicationHealth` of one side. */
export function sideHealth(rel: Relationship, side: ReplicationSide): ReplicationHealth {
  return side === 'replica' ? rel.replicaHealth : rel.primaryHealth;
}

/** The replication columns of `Get-VM` (ReplicationMode, ReplicationState, ReplicationHealth). */
export interface VmReplicationStatus {
  mode: ReplicationMode;
  state: ReplicationState;
  health: ReplicationHealth;
}

const NOT_REPLICATED: VmReplicationStatus = { mode: 'None', state: 'Disabled', health: 'NotApplicable' };
const TEST_REPLICA: VmReplicationStatus = { mode: 'TestReplica', state: 'Disabled', health: 'NotApplicable' };

/**
 * What `Get-VM` shows for `vm`: its own relationship's side ({@link getVMReplication}); a test-failover VM
 * keeps the `TestReplica` mode the engine gave it when it created it; any other VM is not replicated.
 */
export function vmReplicationStatus(vm: Vm, rels: Lookup<Relationship>): VmReplicationStatus {
  const own = getVMReplication(vm, rels);
  if (own) return { mode: sideMode(own.rel, own.side), state: sideState(own.rel, own.side), health: sideHealth(own.rel, own.side) };
  return vm.replicationMode === 'TestReplica' ? TEST_REPLICA : NOT_REPLICATED;
}

/** True when the VM takes part in replication as either end (it has the Replication ▸ submenu). */
export function isReplicatedMode(mode: ReplicationMode): boolean {
  return mode === 'Primary' || mode === 'Replica' || mode === 'ExtendedReplica';
}
