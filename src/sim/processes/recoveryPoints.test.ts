import { describe, expect, it } from 'vitest';
import { eventsWithId, hours, minutes, relOf, run, vmByName, blankWithReplication } from '../testUtils';

describe('recovery points (reference §5.5)', () => {
  it('keeps the newest 4 hourly points, every 2nd application-consistent, each at or behind the primary', () => {
    const engine = blankWithReplication({ recoveryHistory: 4, vssSnapshotFrequencyHour: 2 });
    const rel = relOf(engine, 'HV-1', 'Vm1');
    const primary = vmByName(engine, 'HV-1', 'Vm1');
    const irEnd = rel.job?.endsAt ?? NaN;
    engine.advanceTo(irEnd);
    expect(rel.primaryState).toBe('Replicating');
    const seen = new Map<string, { writeSeq: number; primarySeqThen: number }>();
    for (let h = 1; h <= 10; h++) {
      engine.advanceTo(irEnd + hours(h));
      const newest = rel.recoveryPoints.at(-1);
      if (!newest) throw new Error('no recovery point');
      expect(newest.time).toBe(irEnd + hours(h));
      expect(newest.writeSeq).toBe(rel.appliedSeq);
      seen.set(newest.id, { writeSeq: newest.writeSeq, primarySeqThen: primary.writeSeq });
    }
    const points = rel.recoveryPoints;
    expect(points).toHaveLength(4);
    expect(points.map((p) => p.time)).toEqual([7, 8, 9, 10].map((h) => irEnd + hours(h)));
    expect(points.map((p) => p.applicationConsistent)).toEqual([false, true, false, true]);
    for (let i = 0; i < points.length; i++) {
      const p = points[i];
      if (!p) continue;
      expect(p.writeSeq).toBeLessThanOrEqual(seen.get(p.id)?.primarySeqThen ?? -1);
      expect(p.writeSeq).toBeLessThanOrEqual(primary.writeSeq);
      if (i > 0) expect(p.writeSeq).toBeGreaterThan(points[i - 1]?.writeSeq ?? Infinity);
    }
    expect(new Set(points.map((p) => p.id)).size).toBe(4);
  });

  it('counts an application-consistent failure instead when the guest cannot take a VSS snapshot (VM off)', () => {
    const engine = blankWithReplication({ recoveryHistory: 2, vssSnapshotFrequencyHour: 1 });
    const rel = relOf(engine, 'HV-1', 'Vm1');
    engine.advanceTo((rel.job?.endsAt ?? 0) + minutes(1));
    run(engine, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' });
    engine.advanceBy(hours(2));
    expect(rel.recoveryPoints.map((p) => p.applicationConsistent)).toEqual([false, false]);
    expect(rel.stats.appConsistentFailureCount).toBe(2);
  });

  it('keeps only the latest point (none additional) by default', () => {
    const engine = blankWithReplication();
    engine.advanceTo(hours(5));
    expect(relOf(engine, 'HV-1', 'Vm1').recoveryPoints).toEqual([]);
  });

  it('resynchronisation deletes every recovery point (29242, 29244), then they are rebuilt hourly', () => {
    const engine = blankWithReplication({ recoveryHistory: 4, vssSnapshotFrequencyHour: 2 });
    const rel = relOf(engine, 'HV-1', 'Vm1');
    engine.advanceTo(hours(6));
    expect(rel.recoveryPoints.length).toBe(4);
    // Forcing a resync on a healthy VM: suspend, then Resume-VMReplication -Resynchronize.
    run(engine, { type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm1' });
    run(engine, { type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm1', resynchronize: true });
    expect([rel.primaryState, rel.replicaState]).toEqual(['Resynchronizing', 'Resynchronizing']);
    expect(eventsWithId(engine, 29242, 'Vm1')).toHaveLength(1);
    const endsAt = rel.job?.endsAt ?? NaN;
    engine.advanceTo(endsAt);
    expect([rel.primaryState, rel.replicaState]).toEqual(['Replicating', 'Replicating']);
    expect(eventsWithId(engine, 29244, 'Vm1')).toHaveLength(1);
    expect(rel.recoveryPoints).toEqual([]);
    engine.advanceTo(endsAt + hours(1) - 1);
    expect(rel.recoveryPoints).toEqual([]);
    engine.advanceTo(endsAt + hours(1));
    expect(rel.recoveryPoints.map((p) => [p.time, p.applicationConsistent])).toEqual([[endsAt + hours(1), false]]);
  });
});
