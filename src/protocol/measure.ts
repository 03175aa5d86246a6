import type { Relationship } from './entities';

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

