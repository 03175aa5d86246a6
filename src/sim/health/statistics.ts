import type { ReplicationStatistics } from '../../protocol';

export function emptyStatistics(startTime: number): ReplicationStatistics {
  return {
    startTime,
    successCount: 0,
    missCount: 0,
    sizeBytes: 0,
    maxSizeBytes: 0,
    latencySumMs: 0,
    maxLatencyMs: 0,
    networkFailureCount: 0,
    replicationFailureCount: 0,
    appConsistentFailureCount: 0,
  };
}

/** `Measure-VMReplication`'s figures: shared with the console (src/protocol/measure.ts). */
export { measureReplication, type MeasuredReplication } from '../../query/measure';

/** Records one applied log. */
export function recordSuccess(s: ReplicationStatistics, sizeBytes: number, latencyMs: number): void {
  s.successCount++;
  s.sizeBytes += sizeBytes;
  if (sizeBytes > s.maxSizeBytes) s.maxSizeBytes = sizeBytes;
  s.latencySumMs += latencyMs;
  if (latencyMs > s.maxLatencyMs) s.maxLatencyMs = latencyMs;
}

/**
 * Next boundary of a monitoring interval strictly after `now`: intervals start at `startMinutes`
 * past midnight and repeat every `intervalHours` (reference §4.1: 12 h from 09:00 by default).
 */
export function nextMonitoringBoundary(now: number, intervalHours: number, startMinutes: number): number {
  const interval = intervalHours * 3_600_000;
  const anchor = startMinutes * 60_000;
  const k = Math.floor((now - anchor) / interval) + 1;
  return anchor + k * interval;
}
