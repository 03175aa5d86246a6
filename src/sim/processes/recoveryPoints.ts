import type { Relationship } from '../../protocol';
import { HOUR } from '../engine/constants';
import { EV } from '../engine/kinds';
import { relContext } from '../model/relations';
import type { World } from '../model/world';
import { bumpGen } from '../model/runtime';

/** Starts the hourly recovery-point clock on the replica (only when additional points are kept). */
export function startRecoveryPoints(world: World, rel: Relationship): void {
  const rt = world.relRt.get(rel.id);
  if (!rt) return;
  bumpGen(rt, EV.RECOVERY_POINT);
  rt.pointsSinceVss = 0;
  if (rel.settings.recoveryHistory > 0) world.schedule(world.now + HOUR, EV.RECOVERY_POINT, rt.slot, rt.gens[EV.RECOVERY_POINT] ?? 0);
}

/**
 * Hourly point on the replica, holding the write sequence applied so far. A point is made from applied logs:
 * when no log was applied since the previous point (primary down, link cut, replication paused on the
 * replica), the hour passes without a point, so no point ever claims data the replica never received.
 * Every `vssSnapshotFrequencyHour` points the point is application-consistent when the guest's integration
 * services can take a VSS snapshot. Only the newest `recoveryHistory` additional points are kept.
 */
export function onRecoveryPoint(world: World, rel: Relationship): void {
  const ctx = relContext(world, rel);
  if (!ctx) return;
  const { rt } = ctx;
  world.schedule(world.now + HOUR, EV.RECOVERY_POINT, rt.slot, rt.gens[EV.RECOVERY_POINT] ?? 0);
  if (rel.replicaState !== 'Replicating' && rel.replicaState !== 'Suspended') return;
  const dataTime = rel.appliedDataTime;
  const previous = rel.recoveryPoints.at(-1);
  if (dataTime === null || (previous && dataTime <= previous.dataTime)) return;
  let applicationConsistent = false;
  const vss = rel.settings.vssSnapshotFrequencyHour;
  if (vss !== null) {
    rt.pointsSinceVss++;
    if (rt.pointsSinceVss >= vss) {
      rt.pointsSinceVss = 0;
      if (ctx.primaryVm.integrationServices && ctx.primaryVm.state === 'Running') applicationConsistent = true;
      else rel.stats.appConsistentFailureCount++;
    }
  }
  rel.recoveryPoints.push({ id: `rp-${world.nextPointId++}`, time: world.now, writeSeq: rel.appliedSeq, dataTime, applicationConsistent });
  while (rel.recoveryPoints.length > rel.settings.recoveryHistory) rel.recoveryPoints.shift();
  world.touchRel(rel.id);
}
