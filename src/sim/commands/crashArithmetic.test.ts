/**
 * Issue 10, part 6: after a power cut the recovery points and the data-loss account only claim what the
 * replica actually received. HV-1 keeps 4 hourly points of Vm1 from 08:00 and loses power at 11:00.
 */
import { describe, expect, it } from 'vitest';
import { exportLab, importLab } from '../labs/labFile';
import { HOUR, lab, relOf, run, vmOf } from './testLab';

const ON_HV2 = { host: 'HV-2', vm: 'Vm1' } as const;
const CRASH = 3 * HOUR; // 11:00 (labs start at 08:00)

function crashedAtEleven() {
  const engine = lab('active-passive');
  run(engine, { type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm1', recoveryHistory: 4 });
  engine.advanceTo(CRASH);
  run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
  return engine;
}

describe('crash arithmetic (issue 10)', () => {
  it('makes hourly points only from logs applied since the previous point: none after the crash', () => {
    const engine = crashedAtEleven();
    const rel = relOf(engine, 'HV-2', 'Vm1');
    expect(rel.recoveryPoints.map((p) => p.time)).toEqual([HOUR, 2 * HOUR, 3 * HOUR]);
    engine.advanceTo(CRASH + 3 * HOUR);
    const later = relOf(engine, 'HV-2', 'Vm1');
    expect(later.recoveryPoints).toEqual(rel.recoveryPoints);
    expect(later.replicaState).toBe('Replicating');
  });

  it("gives each point the primary time of the newest log it holds, before the point's own time", () => {
    const engine = crashedAtEleven();
    const rel = relOf(engine, 'HV-2', 'Vm1');
    const frequency = rel.settings.frequencySec * 1000;
    for (const [i, p] of rel.recoveryPoints.entries()) {
      expect(p.dataTime).toBeLessThan(p.time);
      expect(p.dataTime).toBeGreaterThan(p.time - 2 * frequency);
      if (i > 0) expect(p.dataTime).toBeGreaterThan(rel.recoveryPoints[i - 1]?.dataTime ?? Infinity);
    }
    expect(rel.appliedDataTime).toBe(rel.recoveryPoints.at(-1)?.dataTime);
    expect(rel.appliedDataTime).toBeLessThan(rel.lastReplicationTime ?? -1);
  });

  it('failing over to the 11:00 point: the window runs from its data time (< 11:00) to the last write (11:00)', () => {
    const engine = crashedAtEleven();
    engine.advanceTo(CRASH + HOUR + 5 * 60_000);
    const rel = relOf(engine, 'HV-2', 'Vm1');
    const primary = vmOf(engine, 'HV-1', 'Vm1');
    const point = rel.recoveryPoints.at(-1);
    if (!point) throw new Error('no recovery point');
    expect(point.time).toBe(CRASH);
    run(engine, { type: 'Start-VMFailover', ...ON_HV2, recoveryPointId: point.id });
    const record = relOf(engine, 'HV-2', 'Vm1').failover;
    expect(record).toMatchObject({ kind: 'Unplanned', recoveryPointId: point.id, pointTime: CRASH, dataTime: point.dataTime, primaryLastWriteTime: CRASH });
    expect(record?.dataTime).toBeLessThan(CRASH);
    const lost = primary.writeSeq - point.writeSeq;
    expect(lost).toBeGreaterThan(0);
    expect(record?.lostWrites).toBe(lost);
    expect(record?.lostBytes).toBe(lost * primary.workload.writeSizeBytes);
    expect(record?.restoredSeq).toBe(point.writeSeq);
    // Writes and window agree: about the workload's rate over the window.
    const seconds = ((record?.primaryLastWriteTime ?? 0) - (record?.dataTime ?? 0)) / 1000;
    expect(lost / seconds).toBeGreaterThan(0.1 * primary.workload.baseWritesPerSecond);
    expect(lost / seconds).toBeLessThan(3 * primary.workload.baseWritesPerSecond);
  });

  it('failing over to the latest point starts the window at the last applied log, not at its arrival', () => {
    const engine = crashedAtEleven();
    run(engine, { type: 'Start-VMFailover', ...ON_HV2 });
    const rel = relOf(engine, 'HV-2', 'Vm1');
    expect(rel.failover?.dataTime).toBe(rel.appliedDataTime);
    expect(rel.failover?.dataTime).toBeLessThan(rel.failover?.pointTime ?? -1);
    expect(rel.failover?.pointTime).toBe(rel.lastReplicationTime);
    expect(rel.failover?.primaryLastWriteTime).toBe(CRASH);
  });

  it('makes no point while the replica is paused (nothing applied), and again once logs are applied', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm1', recoveryHistory: 4 });
    engine.advanceTo(HOUR + 60_000);
    run(engine, { type: 'Suspend-VMReplication', ...ON_HV2 });
    engine.advanceTo(3 * HOUR + 60_000);
    const rel = relOf(engine, 'HV-2', 'Vm1');
    expect(rel.recoveryPoints.map((p) => p.time)).toEqual([HOUR]);
    run(engine, { type: 'Resume-VMReplication', ...ON_HV2 });
    engine.advanceTo(4 * HOUR + 60_000);
    const points = relOf(engine, 'HV-2', 'Vm1').recoveryPoints;
    expect(points.map((p) => p.time)).toEqual([HOUR, 4 * HOUR]);
    expect(points[1]?.dataTime).toBeGreaterThan(3 * HOUR);
  });

  it('loads lab files saved before data times (points, failover, runtime default to the known times)', () => {
    const engine = crashedAtEleven();
    run(engine, { type: 'Start-VMFailover', ...ON_HV2 });
    const file = JSON.parse(JSON.stringify(exportLab(engine.world))) as ReturnType<typeof exportLab>;
    for (const r of file.relationships) {
      delete (r as Partial<typeof r>).appliedDataTime;
      for (const p of r.recoveryPoints) delete (p as Partial<typeof p>).dataTime;
      if (r.failover) delete (r.failover as Partial<typeof r.failover>).dataTime;
    }
    for (const [, rt] of file.runtime.relationships) {
      delete (rt as Partial<typeof rt>).receivedDataTime;
      delete (rt as Partial<typeof rt>).jobDataTime;
    }
    const world = importLab(file);
    const rel = [...world.rels.values()].find((r) => r.replicaHost === 'HV-2' && r.failover);
    expect(rel?.failover?.dataTime).toBe(rel?.failover?.pointTime);
    expect(rel?.appliedDataTime).toBe(rel?.lastReplicationTime);
    for (const p of rel?.recoveryPoints ?? []) expect(p.dataTime).toBe(p.time);
    for (const [, rt] of world.relRt) expect(rt.receivedDataTime).toBe(rt.receivedAt);
  });
});
