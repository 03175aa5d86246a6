import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Relationship, ReplicationState, ReplicationStatistics } from '../../protocol';
import { defaultReplicationSettings } from '../../protocol/entities';
import { HOUR } from '../engine/constants';
import { isPlainlyNormal, missedRatio, sideHealth } from './health';
import { emptyStatistics, measureReplication, nextMonitoringBoundary, recordSuccess } from './statistics';

const NOW = 10 * HOUR;

/** A healthy, replicating relationship (300 s cycles, synchronised a minute ago) to bend one field at a time. */
function rel(overrides: Partial<Relationship> = {}, stats: Partial<ReplicationStatistics> = {}): Relationship {
  return {
    id: 'rel-1',
    type: 'Simple',
    primaryVm: 'HV-1:A',
    replicaVm: 'HV-2:A',
    primaryHost: 'HV-1',
    replicaHost: 'HV-2',
    settings: defaultReplicationSettings('hv-2.formation.lan', ['C:\\VM\\A.vhdx']),
    primaryState: 'Replicating',
    replicaState: 'Replicating',
    primaryHealth: 'Normal',
    replicaHealth: 'Normal',
    healthDetails: [],
    stats: { ...emptyStatistics(0), successCount: 10, latencySumMs: 10_000, ...stats },
    pendingBytes: 0,
    appliedSeq: 100,
    lastReplicationTime: NOW - 60_000,
    appliedDataTime: NOW - 62_000,
    scheduledStart: null,
    job: null,
    recoveryPoints: [],
    consecutiveFailures: 0,
    enabledAt: 0,
    testVm: null,
    lastTestFailoverTime: null,
    failover: null,
    exportPath: null,
    ...overrides,
  };
}

const primary = (r: Relationship, now = NOW) => sideHealth(r, 'primary', now);
const replica = (r: Relationship, now = NOW) => sideHealth(r, 'replica', now);
const keys = (r: ReturnType<typeof sideHealth>) => r.details.map((d) => d.key);

describe('sideHealth (reference §4.2)', () => {
  it('is Normal on both sides for a healthy relationship', () => {
    expect(primary(rel())).toEqual({ health: 'Normal', details: [] });
    expect(replica(rel())).toEqual({ health: 'Normal', details: [] });
  });

  it('missed cycles: exactly 20 % is Normal, just over is Warning', () => {
    expect(primary(rel({}, { successCount: 8, missCount: 2 })).health).toBe('Normal');
    expect(primary(rel({}, { successCount: 28, missCount: 7 })).health).toBe('Normal');
    const over = primary(rel({}, { successCount: 79, missCount: 21 }));
    expect(over.health).toBe('Warning');
    expect(over.details).toEqual([{ key: 'health.missedCycles', params: { vm: 'HV-1:A', percent: 21 } }]);
    expect(replica(rel({}, { successCount: 79, missCount: 21 })).health).toBe('Warning');
    expect(primary(rel({}, { successCount: 0, missCount: 1 })).health).toBe('Warning');
  });

  it('behind: exactly one hour since the last synchronisation is Normal, one hour and 1 ms is Warning', () => {
    const r = rel({ lastReplicationTime: NOW - HOUR });
    expect(primary(r).health).toBe('Normal');
    expect(replica(r).health).toBe('Normal');
    expect(primary(r, NOW + 1)).toEqual({ health: 'Warning', details: [{ key: 'health.behind', params: { vm: 'HV-1:A' } }] });
    expect(replica(r, NOW + 1).health).toBe('Warning');
  });

  it('average latency above the replication frequency is Warning, equal to it is Normal', () => {
    expect(primary(rel({}, { successCount: 4, latencySumMs: 4 * 300_000 })).health).toBe('Normal');
    expect(keys(primary(rel({}, { successCount: 4, latencySumMs: 4 * 300_000 + 1 })))).toEqual(['health.latency']);
    const thirty = rel({ settings: { ...rel().settings, frequencySec: 30 } }, { successCount: 2, latencySumMs: 60_002 });
    expect(primary(thirty).health).toBe('Warning');
  });

  it('ReadyForInitialReplication is Warning (initial replication not done); InitialReplicationInProgress is Normal', () => {
    const ready = rel({ primaryState: 'ReadyForInitialReplication', replicaState: 'WaitingForInitialReplication', lastReplicationTime: null }, { successCount: 0, latencySumMs: 0 });
    expect(primary(ready)).toEqual({ health: 'Warning', details: [{ key: 'health.initialPending', params: { vm: 'HV-1:A' } }] });
    expect(replica(ready).health).toBe('Warning');
    const inProgress = { ...ready, primaryState: 'InitialReplicationInProgress' as const };
    expect(primary(inProgress).health).toBe('Normal');
  });

  it('paused on the primary is Warning; paused on the replica is Critical', () => {
    const pausedPrimary = rel({ primaryState: 'Suspended' });
    expect(primary(pausedPrimary)).toEqual({ health: 'Warning', details: [{ key: 'health.pausedOnPrimary', params: { vm: 'HV-1:A' } }] });
    expect(replica(pausedPrimary).health).toBe('Normal');
    const pausedReplica = rel({ replicaState: 'Suspended' });
    expect(replica(pausedReplica)).toEqual({ health: 'Critical', details: [{ key: 'health.pausedOnReplica', params: { vm: 'HV-2:A' } }] });
    expect(primary(pausedReplica).health).toBe('Normal');
    expect(primary(rel({ primaryState: 'ResynchronizeSuspended' })).health).toBe('Warning');
    expect(replica(rel({ replicaState: 'ResynchronizeSuspended' })).health).toBe('Critical');
  });

  it('resynchronisation required is Critical at once', () => {
    expect(primary(rel({ primaryState: 'WaitingForStartResynchronize' }))).toEqual({ health: 'Critical', details: [{ key: 'health.resyncRequired', params: { vm: 'HV-1:A' } }] });
  });

  it('Error is Critical', () => {
    expect(keys(primary(rel({ primaryState: 'Error' })))).toEqual(['health.error']);
    expect(primary(rel({ primaryState: 'Error' })).health).toBe('Critical');
  });

  it('cannot send: one failed attempt is not Critical, two are; a paused primary is Warning only', () => {
    expect(primary(rel({ consecutiveFailures: 1 })).health).toBe('Normal');
    const two = primary(rel({ consecutiveFailures: 2 }));
    expect(two).toEqual({ health: 'Critical', details: [{ key: 'health.cannotSend', params: { vm: 'HV-1:A', replicaServer: 'hv-2.formation.lan' } }] });
    expect(replica(rel({ consecutiveFailures: 5 })).health).toBe('Normal');
    expect(primary(rel({ primaryState: 'Suspended', consecutiveFailures: 3 })).health).toBe('Warning');
  });

  it('failover not yet reversed is Warning; Disabled is NotApplicable', () => {
    for (const state of ['FailedOverWaitingCompletion', 'FailedOver'] as ReplicationState[]) {
      expect(keys(replica(rel({ replicaState: state })))).toEqual(['health.reversePending']);
    }
    expect(primary(rel({ primaryState: 'Disabled' }))).toEqual({ health: 'NotApplicable', details: [] });
    expect(replica(rel({ replicaState: 'Disabled' }))).toEqual({ health: 'NotApplicable', details: [] });
  });

  it('lists Critical reasons before Warning ones', () => {
    const r = primary(rel({ consecutiveFailures: 2, lastReplicationTime: NOW - 2 * HOUR }, { successCount: 1, missCount: 9 }));
    expect(r.health).toBe('Critical');
    expect(keys(r)).toEqual(['health.cannotSend', 'health.missedCycles', 'health.behind']);
  });

  it('property: isPlainlyNormal is a safe shortcut (true ⇒ both sides Normal)', () => {
    const states = fc.constantFrom<ReplicationState>('Replicating', 'Suspended', 'Error', 'WaitingForStartResynchronize', 'ReadyForInitialReplication');
    fc.assert(
      fc.property(
        states,
        states,
        fc.nat(40),
        fc.nat(40),
        fc.nat(20_000_000),
        fc.option(fc.nat(3 * HOUR), { nil: null }),
        fc.nat(3),
        fc.constantFrom<30 | 300 | 900>(30, 300, 900),
        (ps, rs, ok, missed, latencySumMs, age, failures, frequencySec) => {
          const r = rel(
            { primaryState: ps, replicaState: rs, consecutiveFailures: failures, lastReplicationTime: age === null ? null : NOW - age, settings: { ...rel().settings, frequencySec } },
            { successCount: ok, missCount: missed, latencySumMs },
          );
          if (!isPlainlyNormal(r, NOW)) return true;
          return primary(r).health === 'Normal' && replica(r).health === 'Normal';
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('statistics (reference §4.4)', () => {
  it('missedRatio is missed / (missed + successful), 0 before any cycle', () => {
    expect(missedRatio(rel({}, { successCount: 0, missCount: 0 }))).toBe(0);
    expect(missedRatio(rel({}, { successCount: 3, missCount: 1 }))).toBe(0.25);
  });

  it('recordSuccess sums sizes and latencies and tracks the maxima', () => {
    const s = emptyStatistics(123);
    recordSuccess(s, 1000, 50);
    recordSuccess(s, 3000, 20);
    recordSuccess(s, 2000, 80);
    expect(s).toMatchObject({ startTime: 123, successCount: 3, sizeBytes: 6000, maxSizeBytes: 3000, latencySumMs: 150, maxLatencyMs: 80 });
  });

  it('measureReplication derives averages, error sum and pending size', () => {
    const s = emptyStatistics(5000);
    recordSuccess(s, 1000, 100);
    recordSuccess(s, 2000, 300);
    Object.assign(s, { missCount: 2, networkFailureCount: 3, replicationFailureCount: 1, appConsistentFailureCount: 2 });
    const m = measureReplication(rel({ stats: s, pendingBytes: 4096, lastReplicationTime: 777 }));
    expect(m).toEqual({
      averageReplicationSizeBytes: 1500,
      averageReplicationLatencyMs: 200,
      maximumReplicationSizeBytes: 2000,
      maximumReplicationLatencyMs: 300,
      replicationErrors: 6,
      successfulReplicationCount: 2,
      missedReplicationCount: 2,
      pendingReplicationSizeBytes: 4096,
      monitoringStartTime: 5000,
      lastReplicationTime: 777,
    });
  });

  it('measureReplication reports 0 average size and null latencies before any success', () => {
    const m = measureReplication(rel({ stats: { ...emptyStatistics(0), missCount: 4 } }));
    expect(m.averageReplicationSizeBytes).toBe(0);
    expect(m.averageReplicationLatencyMs).toBeNull();
    expect(m.maximumReplicationLatencyMs).toBeNull();
    expect(m.missedReplicationCount).toBe(4);
  });
});

describe('nextMonitoringBoundary (reference §4.1)', () => {
  const at = (h: number, m = 0) => h * HOUR + m * 60_000;
  const NINE = 9 * 60;

  it('default 12 h from 09:00: 08:00 → 09:00, 09:00 → 21:00, 14:00 → 21:00, 21:00 → next 09:00', () => {
    expect(nextMonitoringBoundary(at(8), 12, NINE)).toBe(at(9));
    expect(nextMonitoringBoundary(at(9) - 1, 12, NINE)).toBe(at(9));
    expect(nextMonitoringBoundary(at(9), 12, NINE)).toBe(at(21));
    expect(nextMonitoringBoundary(at(14), 12, NINE)).toBe(at(21));
    expect(nextMonitoringBoundary(at(21), 12, NINE)).toBe(at(33));
    expect(nextMonitoringBoundary(at(0), 12, NINE)).toBe(at(9));
  });

  it('custom intervals: the reference example, start 06:00 / 12 h, enabled at 14:00 → 18:00 then 06:00', () => {
    expect(nextMonitoringBoundary(at(14), 12, 6 * 60)).toBe(at(18));
    expect(nextMonitoringBoundary(at(18), 12, 6 * 60)).toBe(at(30));
  });

  it('custom intervals: 1 h, 4 h from 00:30, 24 h and 48 h', () => {
    expect(nextMonitoringBoundary(at(10, 15), 1, NINE)).toBe(at(11));
    expect(nextMonitoringBoundary(at(3), 4, 30)).toBe(at(4, 30));
    expect(nextMonitoringBoundary(at(4, 30), 4, 30)).toBe(at(8, 30));
    expect(nextMonitoringBoundary(at(10), 24, NINE)).toBe(at(33));
    expect(nextMonitoringBoundary(at(10), 48, NINE)).toBe(at(57));
  });

  it('property: the boundary is strictly after now, at most one interval away, on the anchor grid', () => {
    const intervals = fc.constantFrom(1, 2, 3, 4, 6, 8, 12, 24, 48, 72, 168);
    fc.assert(
      fc.property(fc.nat(400 * 24 * HOUR), intervals, fc.integer({ min: 0, max: 1439 }), (now, hoursN, startMinutes) => {
        const next = nextMonitoringBoundary(now, hoursN, startMinutes);
        const interval = hoursN * HOUR;
        return next > now && next - now <= interval && (next - startMinutes * 60_000) % interval === 0;
      }),
    );
  });
});
