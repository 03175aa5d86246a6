import { measureVMReplication, recordLookup } from '../../query';
import { type RelationshipType, type ReplicationHealth, type ReplicationMode, type ReplicationState, type SimTime } from '../../protocol';
import type { LabMirror } from '../../store/labStore';

/** "Replication Health for <VM>" as data (hyperv-replica.md §4.3, §4.4); the dialog only formats it. */
export interface HealthView {
  state: ReplicationState;
  mode: ReplicationMode;
  health: ReplicationHealth;
  primaryServer: string;
  replicaServer: string;
  fromTime: SimTime;
  toTime: SimTime;
  /** Null when no cycle succeeded in the interval (Hyper-V leaves the field empty). */
  averageSizeBytes: number | null;
  maximumSizeBytes: number;
  averageLatencyMs: number | null;
  errors: number;
  successfulCycles: number;
  totalCycles: number;
  /** Primary side only ("Size of data yet to be replicated"). */
  pendingBytes: number | null;
  lastSynchronized: SimTime | null;
  /** Replica side only. */
  testFailoverRunning: boolean | null;
  lastTestFailover: SimTime | null;
}

/**
 * The health view of VM `vmKey` at `now` (the "To time": Refresh takes a new one), from the engine's
 * `Measure-VMReplication [-ReplicationRelationshipType]` figures: `Extended` is the Extended Replication tab
 * of a chain's middle VM (null elsewhere).
 * @example selectHealthView(lab, key, lab.now)?.successfulCycles
 */
export function selectHealthView(lab: LabMirror, vmKey: string, now: SimTime, type: RelationshipType = 'Simple'): HealthView | null {
  const vm = lab.vms[vmKey];
  if (!vm) return null;
  const m = measureVMReplication(vm, recordLookup(lab.relationships), type);
  const rel = m ? lab.relationships[m.relationshipId] : undefined;
  if (!m || !rel) return null;
  const isReplica = m.side === 'replica';
  const fqdn = (host: string) => lab.hosts[host]?.fqdn ?? host;
  return {
    state: m.state,
    mode: m.mode,
    health: m.health,
    primaryServer: fqdn(rel.primaryHost),
    replicaServer: fqdn(rel.replicaHost),
    fromTime: m.monitoringStartTime,
    toTime: Math.max(now, m.monitoringStartTime),
    // Hyper-V leaves the average empty when no cycle succeeded (the cmdlet says 0).
    averageSizeBytes: m.successfulReplicationCount > 0 ? m.averageReplicationSizeBytes : null,
    maximumSizeBytes: m.maximumReplicationSizeBytes,
    averageLatencyMs: m.averageReplicationLatencyMs,
    errors: m.replicationErrors,
    successfulCycles: m.successfulReplicationCount,
    totalCycles: m.successfulReplicationCount + m.missedReplicationCount,
    pendingBytes: isReplica ? null : m.pendingReplicationSizeBytes,
    lastSynchronized: m.lastReplicationTime,
    testFailoverRunning: isReplica ? rel.testVm !== null : null,
    lastTestFailover: isReplica ? rel.lastTestFailoverTime : null,
  };
}

/**
 * The statistics window as the group heading says it: minutes under two hours, else hours. A started
 * minute counts (Hyper-V counts the interval from its start), so the first minute reads "past 1 Minutes",
 * never "past 0 Minutes".
 */
export function statisticsWindow(view: Pick<HealthView, 'fromTime' | 'toTime'>): { n: number; unit: 'minutes' | 'hours' } {
  const minutes = Math.max(1, Math.ceil((view.toTime - view.fromTime) / 60_000));
  return minutes < 120 ? { n: minutes, unit: 'minutes' } : { n: Math.floor(minutes / 60), unit: 'hours' };
}

/**
 * "Successful replication cycles: <ok> out of <total> (<percent>%)". Before the first cycle of an interval
 * is due nothing was missed, so the rate is 100 % (the health rule ">20 % missed" agrees: Normal), not 0 %.
 */
export function cycleRate(view: Pick<HealthView, 'successfulCycles' | 'totalCycles'>): number {
  return view.totalCycles === 0 ? 100 : Math.round((100 * view.successfulCycles) / view.totalCycles);
}
