import type { EventMessage, Relationship, ReplicationHealth, ReplicationState } from '../../protocol';
import { BEHIND_LIMIT_MS, CRITICAL_AFTER_FAILURES, MISSED_CYCLE_RATIO } from '../engine/constants';

/** Fraction of replication cycles missed in the current monitoring interval (0 when none yet). */
export function missedRatio(rel: Relationship): number {
  const total = rel.stats.successCount + rel.stats.missCount;
  return total === 0 ? 0 : rel.stats.missCount / total;
}

export interface HealthResult {
  health: ReplicationHealth;
  details: EventMessage[];
}

const NEEDS_REVERSE: ReadonlySet<ReplicationState> = new Set(['FailedOverWaitingCompletion', 'FailedOver', 'PreparedForFailover']);
const BEFORE_INITIAL: ReadonlySet<ReplicationState> = new Set(['ReadyForInitialReplication', 'WaitingForInitialReplication']);

/**
 * Health of one side of a relationship, by the documented rules (reference §4.2):
 * Critical when the primary cannot send (network down, resync required), when paused on the replica,
 * or in error; Warning for > 20 % missed cycles, more than an hour behind, initial replication not done,
 * failover not yet reversed, or paused on the primary; Normal otherwise.
 * @param vmName the VM's name for the messages' `vm` parameter (defaults to the relationship's VM key).
 */
export function sideHealth(rel: Relationship, side: 'primary' | 'replica', now: number, vmName?: string): HealthResult {
  const state = side === 'primary' ? rel.primaryState : rel.replicaState;
  // Messages name the VM as Hyper-V does (its name), not by the lab's entity key.
  const vm = vmName ?? (side === 'primary' ? rel.primaryVm : rel.replicaVm);
  const critical: EventMessage[] = [];
  const warning: EventMessage[] = [];
  if (state === 'Disabled') return { health: 'NotApplicable', details: [] };
  if (state === 'Error') critical.push({ key: 'health.error', params: { vm } });
  if (state === 'WaitingForStartResynchronize') critical.push({ key: 'health.resyncRequired', params: { vm } });
  if (side === 'replica' && (state === 'Suspended' || state === 'ResynchronizeSuspended')) critical.push({ key: 'health.pausedOnReplica', params: { vm } });
  if (side === 'primary' && rel.consecutiveFailures >= CRITICAL_AFTER_FAILURES && state !== 'Suspended') {
    critical.push({ key: 'health.cannotSend', params: { vm, replicaServer: rel.settings.replicaServer } });
  }
  if (side === 'primary' && (state === 'Suspended' || state === 'ResynchronizeSuspended')) warning.push({ key: 'health.pausedOnPrimary', params: { vm } });
  if (BEFORE_INITIAL.has(state) || (side === 'replica' && state === 'WaitingForInitialReplication')) {
    warning.push({ key: 'health.initialPending', params: { vm } });
  }
  if (NEEDS_REVERSE.has(state)) warning.push({ key: 'health.reversePending', params: { vm } });
  if (missedRatio(rel) > MISSED_CYCLE_RATIO) warning.push({ key: 'health.missedCycles', params: { vm, percent: Math.round(missedRatio(rel) * 100) } });
  const tracking = state === 'Replicating' || state === 'Suspended';
  if (tracking && rel.lastReplicationTime !== null && now - rel.lastReplicationTime > BEHIND_LIMIT_MS) {
    warning.push({ key: 'health.behind', params: { vm } });
  }
  const avgLatency = rel.stats.successCount > 0 ? rel.stats.latencySumMs / rel.stats.successCount : 0;
  if (state === 'Replicating' && avgLatency > rel.settings.frequencySec * 1000) {
    warning.push({ key: 'health.latency', params: { vm } });
  }
  if (critical.length > 0) return { health: 'Critical', details: [...critical, ...warning] };
  if (warning.length > 0) return { health: 'Warning', details: warning };
  return { health: 'Normal', details: [] };
}

/**
 * Cheap test for the steady state: both sides replicating with nothing that could make either side
 * Warning or Critical. When it returns false, `sideHealth` decides.
 */
export function isPlainlyNormal(rel: Relationship, now: number): boolean {
  if (rel.primaryState !== 'Replicating' || rel.replicaState !== 'Replicating' || rel.consecutiveFailures !== 0) return false;
  const s = rel.stats;
  if (s.missCount > 0 && s.missCount > MISSED_CYCLE_RATIO * (s.successCount + s.missCount)) return false;
  if (rel.lastReplicationTime !== null && now - rel.lastReplicationTime > BEHIND_LIMIT_MS) return false;
  return s.successCount === 0 || s.latencySumMs <= s.successCount * rel.settings.frequencySec * 1000;
}
