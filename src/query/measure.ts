import type { Relationship, RelationshipType, ReplicationHealth, ReplicationMode, ReplicationState, Vm } from '../protocol';
import type { Lookup } from './lookup';
import { getVMReplication, sideHealth, sideMode, sideState, type ReplicationSide } from './replication';

/*
 * `Measure-VMReplication` as one pure function over a relationship: the engine's monitoring and the
 * console's Replication Health dialog both read these figures, so they can never disagree.
 */

/** Derived figures as `Measure-VMReplication` reports them (reference §4.4). */
export interface MeasuredReplication {
  averageReplicationSizeBytes: number;
  /** Milliseconds, or null when no cycle succeeded in the interval. */
  averageReplicationLatencyMs: number | null;
  maximumReplicationSizeBytes: number;
  maximumReplicationLatencyMs: number | null;
  replicationErrors: number;
  successfulReplicationCount: number;
  missedReplicationCount: number;
  pendingReplicationSizeBytes: number;
  monitoringStartTime: number;
  lastReplicationTime: number | null;
}

export function measureReplication(rel: Relationship): MeasuredReplication {
  const s = rel.stats;
  return {
    averageReplicationSizeBytes: s.successCount === 0 ? 0 : s.sizeBytes / s.successCount,
    averageReplicationLatencyMs: s.successCount === 0 ? null : s.latencySumMs / s.successCount,
    maximumReplicationSizeBytes: s.maxSizeBytes,
    maximumReplicationLatencyMs: s.successCount === 0 ? null : s.maxLatencyMs,
    replicationErrors: s.replicationFailureCount + s.networkFailureCount + s.appConsistentFailureCount,
    successfulReplicationCount: s.successCount,
    missedReplicationCount: s.missCount,
    pendingReplicationSizeBytes: rel.pendingBytes,
    monitoringStartTime: s.startTime,
    lastReplicationTime: rel.lastReplicationTime,
  };
}


/** `Measure-VMReplication` for one VM: its own relationship's side, with the figures above. */
export interface VmMeasurement extends MeasuredReplication {
  vmName: string;
  relationshipId: string;
  relationshipType: RelationshipType;
  side: ReplicationSide;
  mode: ReplicationMode;
  state: ReplicationState;
  health: ReplicationHealth;
}

/**
 * `Measure-VMReplication -VMName <vm> [-ReplicationRelationshipType]` on the VM's host; null when the VM
 * is not replicated (the cmdlet then reports "Replication is not enabled…").
 */
export function measureVMReplication(vm: Vm, rels: Lookup<Relationship>, type: RelationshipType = 'Simple'): VmMeasurement | null {
  const own = getVMReplication(vm, rels, type);
  if (!own) return null;
  const { rel, side } = own;
  return {
    vmName: vm.name,
    relationshipId: rel.id,
    relationshipType: rel.type,
    side,
    mode: sideMode(rel, side),
    state: sideState(rel, side),
    health: sideHealth(rel, side),
    ...measureReplication(rel),
  };
}
