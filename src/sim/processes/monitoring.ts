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
    world.event(29174, 'Information', host.name, world.vms.get(rel.primaryVm)?.name ?? null, 'event.29174', {
      vm: world.vms.get(rel.primaryVm)?.name ?? '',
      success: m.successfulReplicationCount,
      missed: m.missedReplicationCount,
      averageBytes: Math.round(m.averageReplicationSizeBytes),
      errors: m.replicationErrors,
    });
    rel.stats = emptyStatistics(world.now);
    world.touchRel(rel.id);
    refreshHealth(world, rel);
  }
}

export function scheduleHealthTick(world: World): void {
  world.schedule(world.now + HEALTH_TICK_MS, EV.HEALTH_TICK, GLOBAL_SLOT, 0);
}

/** Health depends on time alone too ("behind by more than an hour"), so it is re-evaluated every minute. */
export function onHealthTick(world: World): void {
  scheduleHealthTick(world);
  for (const rel of world.rels.values()) refreshHealth(world, rel);
}
