import { describe, expect, it } from 'vitest';
import { missedRatio } from '../health/health';
import { createEngine, type Engine } from '../index';
import { advanceStepwise, eventsWithId, hours, minutes, relOf, rels, run, vmByName } from '../testUtils';

/** active-passive (seed 1) with lan-siege down from `from` to `to`. */
function outage(from: number, to: number): Engine {
  const engine = createEngine('active-passive', { seed: 1 });
  engine.advanceTo(from);
  run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: false });
  engine.advanceTo(to);
  run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: true });
  return engine;
}

describe('replication cycle (active-passive, 300 s)', () => {
  it('sends one log per frequency: 12 cycles 08:00–09:00, 144 per 12 h interval, never missed', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    engine.advanceTo(hours(1) - 1);
    for (const rel of rels(engine)) expect([rel.stats.successCount, rel.stats.missCount]).toEqual([12, 0]);
    engine.advanceTo(hours(13));
    const at21 = eventsWithId(engine, 29174).filter((e) => e.time === hours(13));
    expect(at21.map((e) => [e.vm, e.params.success, e.params.missed])).toEqual(['Vm1', 'Vm2', 'Vm3', 'Vm4'].map((vm) => [vm, 144, 0]));
  });

  it('keeps the replica at most one cycle behind: applied sequence advances, pending stays small', () => {
    const engine = createEngine('active-passive', { seed: 2 });
    const rel = relOf(engine, 'HV-1', 'Vm2');
    const primary = vmByName(engine, 'HV-1', 'Vm2');
    let lastApplied = rel.appliedSeq;
    advanceStepwise(engine, hours(3), minutes(5), (now) => {
      expect(rel.appliedSeq).toBeGreaterThan(lastApplied);
      expect(rel.appliedSeq).toBeLessThanOrEqual(primary.writeSeq);
      expect(now - (rel.lastReplicationTime ?? -Infinity)).toBeLessThanOrEqual(minutes(5) + 1000);
      expect(rel.pendingBytes).toBeLessThan(20 * 300 * primary.workload.writeSizeBytes);
      expect(vmByName(engine, 'HV-2', 'Vm2').writeSeq).toBe(rel.appliedSeq);
      lastApplied = rel.appliedSeq;
    });
    expect(rel.primaryHealth).toBe('Normal');
    expect(rel.replicaHealth).toBe('Normal');
  });

  it('uses 30 s cycles in the scale preset: 120 cycles in the first hour', () => {
    const engine = createEngine('scale', { seed: 1, hosts: 2, vms: 3 });
    engine.advanceTo(hours(1) - 1);
    for (const rel of rels(engine)) expect([rel.settings.frequencySec, rel.stats.successCount, rel.stats.missCount]).toEqual([30, 120, 0]);
  });

  it('an idle (stopped) primary keeps sending empty logs and stays Normal, not "behind"', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    run(engine, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' });
    const rel = relOf(engine, 'HV-1', 'Vm1');
    const seq = vmByName(engine, 'HV-1', 'Vm1').writeSeq;
    engine.advanceTo(hours(3));
    expect(vmByName(engine, 'HV-1', 'Vm1').writeSeq).toBe(seq);
    expect(rel.appliedSeq).toBe(seq);
    expect(rel.stats.successCount).toBe(24);
    expect(engine.now - (rel.lastReplicationTime ?? 0)).toBeLessThanOrEqual(minutes(5) + 1000);
    expect([rel.primaryHealth, rel.replicaHealth]).toEqual(['Normal', 'Normal']);
    expect(vmByName(engine, 'HV-1', 'Vm1').replicationHealth).toBe('Normal');
  });
});

describe('monitoring interval and statistics (reference §4.1)', () => {
  it('logs 29174 per primary VM and resets statistics at 09:00 and 21:00 (lab starts 08:00)', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    engine.advanceTo(hours(1) - 1);
    expect(eventsWithId(engine, 29174)).toEqual([]);
    engine.advanceTo(hours(1));
    const first = eventsWithId(engine, 29174);
    expect(first.map((e) => [e.time, e.host, e.vm, e.level, e.params.success, e.params.missed, e.params.errors])).toEqual(
      ['Vm1', 'Vm2', 'Vm3', 'Vm4'].map((vm) => [hours(1), 'HV-1', vm, 'Information', 12, 0, 0]),
    );
    for (const e of first) expect(e.params.averageBytes).toBeGreaterThan(0);
    for (const rel of rels(engine)) expect(rel.stats).toMatchObject({ startTime: hours(1), successCount: 0, missCount: 0, sizeBytes: 0 });
    engine.advanceTo(hours(37));
    expect([...new Set(eventsWithId(engine, 29174).map((e) => e.time))]).toEqual([hours(1), hours(13), hours(25), hours(37)]);
  });

  it('follows a custom interval set on the primary server (4 h from 06:00)', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    run(engine, { type: 'Set-VMReplicationServer', host: 'HV-1', monitoringIntervalHours: 4, monitoringStartMinutes: 6 * 60 });
    engine.advanceTo(hours(13));
    // 08:00 + 2 h = 10:00, then 14:00, 18:00 (sim 10 h).
    expect([...new Set(eventsWithId(engine, 29174).map((e) => e.time))]).toEqual([hours(2), hours(6), hours(10)]);
  });

  it('Reset-VMReplicationStatistics clears the counters and starts a new window now', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    engine.advanceTo(hours(2) + minutes(7));
    const rel = relOf(engine, 'HV-1', 'Vm3');
    expect(rel.stats.successCount).toBeGreaterThan(0);
    run(engine, { type: 'Reset-VMReplicationStatistics', host: 'HV-1', vm: 'Vm3' });
    expect(rel.stats).toMatchObject({ startTime: hours(2) + minutes(7), successCount: 0, missCount: 0, sizeBytes: 0, latencySumMs: 0 });
    expect(relOf(engine, 'HV-1', 'Vm4').stats.successCount).toBeGreaterThan(0);
    // On the replica VM the same relationship is reset.
    engine.advanceBy(minutes(20));
    run(engine, { type: 'Reset-VMReplicationStatistics', host: 'HV-2', vm: 'Vm3' });
    expect(rel.stats.startTime).toBe(engine.now);
  });
});

describe('link down and back (active-passive, link lan-siege)', () => {
  it('misses cycles, logs 32315 every 5 min, turns Critical; catches up in one transfer when the link returns', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    engine.advanceTo(hours(2));
    const rel = relOf(engine, 'HV-1', 'Vm1');
    const primary = vmByName(engine, 'HV-1', 'Vm1');
    const okBefore = rel.stats.successCount;
    const appliedBefore = rel.appliedSeq;
    run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: false });
    const seen: string[] = [];
    advanceStepwise(engine, hours(3), 10_000, () => {
      const h = `${rel.primaryHealth}/${rel.replicaHealth}`;
      if (seen.at(-1) !== h) seen.push(h);
      expect(rel.appliedSeq).toBe(appliedBefore);
    });
    // First failed attempt: not yet Critical; the retry fails too: Critical. Missed cycles make the replica Warning.
    expect(seen).toEqual(['Normal/Normal', 'Critical/Normal', 'Critical/Warning']);
    expect(rel.healthDetails.map((d) => d.key)).toContain('health.cannotSend');
    expect(rel.healthDetails[0]?.params.vm).toBe('Vm1');
    const retries = eventsWithId(engine, 32315, 'Vm1');
    expect(retries).toHaveLength(12);
    retries.forEach((e, i) => {
      expect(e.level).toBe('Warning');
      expect(e.params).toMatchObject({ minutes: 5, reason: 'LinkDown' });
      if (i > 0) expect(e.time - (retries[i - 1]?.time ?? 0)).toBe(minutes(5));
    });
    expect(rel.stats.successCount).toBe(okBefore);
    expect(rel.stats.missCount).toBe(11);
    expect(rel.stats.networkFailureCount).toBe(12);
    expect(rel.pendingBytes).toBeGreaterThan(0);

    run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: true });
    const seqAtRecovery = primary.writeSeq;
    engine.advanceBy(minutes(5));
    // The next retry sends every queued log at once: one success, the replica jumps past the outage.
    expect(rel.stats.successCount).toBe(okBefore + 1);
    expect(rel.appliedSeq).toBeGreaterThanOrEqual(seqAtRecovery);
    expect(rel.consecutiveFailures).toBe(0);
    expect(rel.primaryHealth).toBe('Warning');
    expect(rel.healthDetails.map((d) => d.key)).toContain('health.missedCycles');
    run(engine, { type: 'Reset-VMReplicationStatistics', host: 'HV-1', vm: 'Vm1' });
    expect([rel.primaryHealth, rel.replicaHealth]).toEqual(['Normal', 'Normal']);
  });

  it('after a short outage, returns to Normal once the missed share drops to 20 %', () => {
    const engine = outage(hours(2), hours(3));
    const rel = relOf(engine, 'HV-1', 'Vm1');
    engine.advanceBy(minutes(5));
    expect(rel.primaryHealth).toBe('Warning');
    let normalAt: number | null = null;
    advanceStepwise(engine, hours(13) - 1, minutes(1), (now) => {
      if (normalAt === null && rel.primaryHealth === 'Normal') {
        normalAt = now;
        expect(missedRatio(rel)).toBeLessThanOrEqual(0.2);
      }
      if (normalAt !== null) expect(rel.primaryHealth).toBe('Normal');
    });
    expect(normalAt).not.toBeNull();
  });

  it('after a long outage, stays Warning until the next monitoring boundary resets the statistics', () => {
    const engine = outage(hours(2), hours(6));
    engine.advanceTo(hours(13) - 1);
    for (const rel of rels(engine)) expect(rel.primaryHealth).toBe('Warning');
    engine.advanceTo(hours(13) + 1);
    for (const rel of rels(engine)) expect([rel.primaryHealth, rel.replicaHealth]).toEqual(['Normal', 'Normal']);
  });

  it('with 30 s cycles right after a statistics reset, health goes Warning (missed cycles) before Critical', () => {
    const engine = createEngine('scale', { seed: 1, hosts: 2, vms: 1 });
    engine.advanceTo(hours(1));
    const rel = rels(engine)[0];
    if (!rel) throw new Error('no relationship');
    run(engine, { type: 'Lab-SetLink', link: 'lan-site-1', up: false });
    const seen: string[] = [];
    advanceStepwise(engine, hours(1) + minutes(10), 1000, () => {
      if (seen.at(-1) !== rel.primaryHealth) seen.push(rel.primaryHealth);
    });
    expect(seen).toEqual(['Normal', 'Warning', 'Critical']);
  });

  it('"behind by more than an hour" is caught by the minute health tick alone (primary host down, no cycles)', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    const rel = relOf(engine, 'HV-1', 'Vm1');
    expect(rel.lastReplicationTime).toBe(0);
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    engine.advanceTo(hours(1) + minutes(1) - 1);
    expect(rel.primaryHealth).toBe('Normal');
    engine.advanceTo(hours(1) + minutes(1));
    expect([rel.primaryHealth, rel.replicaHealth]).toEqual(['Warning', 'Warning']);
    expect(rel.healthDetails).toEqual([{ key: 'health.behind', params: { vm: 'Vm1' } }]);
  });

  it('a paused primary is Warning, and also "behind" once its last log is an hour old', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    run(engine, { type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm1' });
    const rel = relOf(engine, 'HV-1', 'Vm1');
    expect(rel.primaryHealth).toBe('Warning');
    engine.advanceTo((rel.lastReplicationTime ?? 0) + hours(1) + minutes(1));
    expect(rel.healthDetails.map((d) => d.key)).toEqual(['health.pausedOnPrimary', 'health.behind']);
    expect(rel.replicaHealth).toBe('Warning');
    expect(rel.stats.missCount).toBe(0);
  });
});

describe('50 % rule and resynchronisation (reference §5.3, §5.4)', () => {
  it('a long outage makes the logs outgrow half the disks: WaitingForStartResynchronize, Critical, tracking stopped', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    engine.advanceTo(hours(1));
    // "Manually start resynchronization": otherwise the off-peak window would start it by itself.
    run(engine, { type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm2', autoResynchronizeEnabled: false });
    run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: false });
    const rel = relOf(engine, 'HV-1', 'Vm2');
    const limit = 0.5 * vmByName(engine, 'HV-1', 'Vm2').disks.reduce((s, d) => s + d.maxBytes, 0);
    let peak = 0;
    advanceStepwise(engine, hours(80), hours(1), () => {
      if (rel.primaryState === 'Replicating') peak = Math.max(peak, rel.pendingBytes);
    });
    expect(peak).toBeLessThanOrEqual(limit);
    expect(peak).toBeGreaterThan(0.45 * limit);
    expect(rel.primaryState).toBe('WaitingForStartResynchronize');
    expect(rel.replicaState).toBe('Replicating');
    expect(rel.primaryHealth).toBe('Critical');
    expect(rel.healthDetails.map((d) => d.key)).toContain('health.resyncRequired');
    expect(rel.pendingBytes).toBe(0);
    expect(vmByName(engine, 'HV-1', 'Vm2').replicationState).toBe('WaitingForStartResynchronize');
    const resyncEvent = engine.world.log.all().find((e) => e.key === 'event.resyncLogsTooLarge' && e.vm === 'Vm2');
    expect(resyncEvent).toMatchObject({ eventId: 32315, level: 'Error' });
    // Nothing more is tracked or retried for it.
    const failures = rel.stats.networkFailureCount;
    engine.advanceBy(hours(2));
    expect(rel.stats.networkFailureCount).toBe(failures);
    expect(rel.pendingBytes).toBe(0);
  });

  it('Resume-VMReplication resynchronises (29242, 29244) and replicates again with the replica caught up', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    engine.advanceTo(hours(1));
    // "Manually start resynchronization": otherwise the off-peak window would start it by itself.
    run(engine, { type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm2', autoResynchronizeEnabled: false });
    run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: false });
    const rel = relOf(engine, 'HV-1', 'Vm2');
    engine.advanceTo(hours(80));
    expect(rel.primaryState).toBe('WaitingForStartResynchronize');
    run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: true });
    const applied = rel.appliedSeq;
    run(engine, { type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm2' });
    const seqAtStart = vmByName(engine, 'HV-1', 'Vm2').writeSeq;
    expect([rel.primaryState, rel.replicaState]).toEqual(['Resynchronizing', 'Resynchronizing']);
    expect(rel.job).toMatchObject({ kind: 'Resynchronization', startedAt: engine.now });
    expect(eventsWithId(engine, 29242, 'Vm2')).toHaveLength(1);
    const endsAt = rel.job?.endsAt ?? 0;
    engine.advanceTo(endsAt - 1);
    expect(rel.primaryState).toBe('Resynchronizing');
    expect(rel.appliedSeq).toBe(applied);
    engine.advanceTo(endsAt);
    expect([rel.primaryState, rel.replicaState]).toEqual(['Replicating', 'Replicating']);
    expect(rel.job).toBeNull();
    expect(rel.appliedSeq).toBe(seqAtStart);
    expect(rel.lastReplicationTime).toBe(endsAt);
    const done = eventsWithId(engine, 29244, 'Vm2');
    expect(done).toHaveLength(1);
    const started = eventsWithId(engine, 29242, 'Vm2')[0]?.time ?? NaN;
    expect(done[0]).toMatchObject({ time: endsAt, params: { seconds: Math.round((endsAt - started) / 1000) } });
    engine.advanceBy(minutes(30));
    expect(rel.appliedSeq).toBeGreaterThan(seqAtStart);
    expect(rel.stats.successCount).toBeGreaterThan(0);
  });
});

describe('branch-office-wan', () => {
  it('replicates over HTTPS with certificates across the 5 Mbps WAN and stays Normal for a day', () => {
    const engine = createEngine('branch-office-wan', { seed: 1 });
    const wan = engine.world.links.get('wan-siege-agence');
    expect(wan).toMatchObject({ bandwidthBitsPerSec: 5_000_000, up: true });
    expect(rels(engine)).toHaveLength(2);
    for (const rel of rels(engine)) {
      expect(rel.settings).toMatchObject({ authenticationType: 'Certificate', replicaServerPort: 443, replicaServer: 'hv-2.workgroup.local' });
      expect(rel.settings.certificateThumbprint).toMatch(/^[0-9A-F]{40}$/);
    }
    let maxLatency = 0;
    advanceStepwise(engine, hours(24), minutes(1), () => {
      for (const rel of rels(engine)) {
        expect([rel.primaryHealth, rel.replicaHealth]).toEqual(['Normal', 'Normal']);
        maxLatency = Math.max(maxLatency, rel.stats.maxLatencyMs);
        expect(rel.stats.missCount).toBe(0);
      }
    });
    // Slow link: each log takes seconds (not milliseconds) to cross, yet well within the 5 min cycle.
    expect(maxLatency).toBeGreaterThan(1000);
    expect(maxLatency).toBeLessThan(minutes(5));
  });
});
