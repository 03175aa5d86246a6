import type { Host } from '../../protocol';
import { HEALTH_TICK_MS } from '../engine/constants';
import { EV, GLOBAL_SLOT } from '../engine/kinds';
import { refreshHealth } from '../health/refresh';
import { emptyStatistics, measureReplication, nextMonitoringBoundary } from '../health/statistics';
import type { World } from '../model/world';

/** Schedules the host's next monitoring-interval boundary (statistics window, event 29174). */
export function scheduleMonitoring(world: World, host: Host): void {
  const rt = world.hostRt.get(host.name);
  if (!rt) return;
  rt.monitorGen++;
  const cfg = host.replicaServer;
  const next = nextMonitoringBoundary(world.now + world.dayOffsetMs, cfg.monitoringIntervalHours, cfg.monitoringStartMinutes) - world.dayOffsetMs;
  world.schedule(next, EV.MONITOR, rt.slot, rt.monitorGen);
}

/** End of a monitoring interval: log each primary's statistics, then start a fresh window. */
export function onMonitor(world: World, host: Host): void {
  scheduleMonitoring(world, host);
  if (host.power !== 'On') return;
  for (const rel of world.rels.values()) {
    if (rel.primaryHost !== host.name) continue;
    const m = measureReplication(rel);
    const s = rel.stats;
    const vm = world.vms.get(rel.primaryVm);
    // Event 29174 carries the interval's raw counters (vmms-strings: StartTime … MaxReplicationSize).
    world.event(29174, 'Information', host.name, vm?.name ?? null, 'event.29174', {
      vm: vm?.name ?? '',
      vmId: vm?.id ?? '',
      startTime: isoAt(world, s.startTime),
      endTime: isoAt(world, world.now),
      success: m.successfulReplicationCount,
      sizeBytes: s.sizeBytes,
      latencySeconds: Math.round(s.latencySumMs / 1000),
      missed: m.missedReplicationCount,
      failures: s.replicationFailureCount,
      networkFailures: s.networkFailureCount,
      maxLatencySeconds: Math.round(s.maxLatencyMs / 1000),
      appErrors: s.appConsistentFailureCount,
      pendingBytes: rel.pendingBytes,
      maxSizeBytes: s.maxSizeBytes,
      averageBytes: Math.round(m.averageReplicationSizeBytes),
      errors: m.replicationErrors,
    });
    rel.stats = emptyStatistics(world.now);
    world.touchRel(rel.id);
    refreshHealth(world, rel);
  }
}

/** Simulated time `at` as an ISO 8601 UTC date (the lab's start date plus `at`). */
function isoAt(world: World, at: number): string {
  return new Date(Date.parse(world.startDate) + at).toISOString();
}

export function scheduleHealthTick(world: World): void {
  world.schedule(world.now + HEALTH_TICK_MS, EV.HEALTH_TICK, GLOBAL_SLOT, 0);
}

/** Health depends on time alone too ("behind by more than an hour"), so it is re-evaluated every minute. */
export function onHealthTick(world: World): void {
  scheduleHealthTick(world);
  for (const rel of world.rels.values()) refreshHealth(world, rel);
}
