import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  exitCode,
  fmtGate,
  fmtRatio,
  fmtRatioRange,
  fmtRate,
  fmtSeconds,
  median,
  parseToyLine,
  renderReport,
  roundChecks,
  sameWork,
  summarise,
  toyMatchesAnchor,
  type BenchReport,
  type Round,
  type ToyResult,
} from './report';

const toy = (over: Partial<ToyResult> = {}): ToyResult => ({
  impl: 'soa',
  vms: 1000,
  hours: 24,
  freq: 30,
  seed: 42,
  events: 8_632_081,
  cycles: 2_732_046,
  missed: 147_954,
  totalGB: 50_474.272,
  ms: 1_000,
  evPerSec: 8_632_081,
  rssMB: 50,
  ...over,
});
const round = (toyMs: number, engineSeconds: number, checksum = 'events=6000000 log=abc'): Round => ({
  toy: toy({ ms: toyMs }),
  engine: { seconds: engineSeconds, events: 6_000_000, checksum },
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('formatting', () => {
  it('prints seconds, rates and ratios with two decimals', () => {
    expect(fmtSeconds(3.14159)).toBe('3.14 s');
    expect(fmtRate(6_050_000)).toBe('6.05 M ev/s');
    expect(fmtRatio(2.126)).toBe('2.13×');
    expect(fmtRatio(NaN)).toBe('—');
  });

  it('prints a range of ratios once when both ends look the same', () => {
    expect(fmtRatioRange([2.4, 2.1, 2.25])).toBe('2.10–2.40×');
    expect(fmtRatioRange([2.001, 2.004])).toBe('2.00×');
  });

  it('prints a missed gate as information, not as a failure', () => {
    expect(fmtGate(1.57)).toBe('1.57× ok');
    expect(fmtGate(0.5)).toBe('0.50× below gate (info)');
    expect(fmtGate(Infinity)).toBe('∞ ok');
    expect(fmtGate(NaN)).toBe('—');
  });
});

describe('summarise', () => {
  it('divides each engine run by the toy measured just before it, then takes medians', () => {
    const s = summarise([round(1_000, 2), round(2_000, 3), round(1_500, 4.5)]);
    expect(s.ratios).toEqual([2, 1.5, 3]);
    expect(s.ratio).toBe(2);
    expect(s.engineSeconds).toBe(3);
    expect(s.toySeconds).toBe(1.5);
    expect(s.engineRate).toBe(2_000_000);
    // engine 2 s / 6 M events vs toy 1 s / 8.63 M events
    expect(s.perEventRatio).toBeCloseTo(2 * (8_632_081 / 6_000_000), 9);
  });
});

describe('parseToyLine', () => {
  it('reads the last JSON line of the toy', () => {
    const line = JSON.stringify({ ...toy(), worstLag: 1, simSpeedup: 2, heapMB: 4 });
    expect(parseToyLine(`warming up\n${line}\n`)).toMatchObject({ events: 8_632_081, ms: 1_000 });
  });

  it('refuses output without a complete JSON line', () => {
    expect(() => parseToyLine('Segmentation fault\n')).toThrow(/no JSON line/);
    expect(() => parseToyLine('{"impl":"soa","events":1}')).toThrow(/numeric "vms"/);
  });
});

describe('exit code: wrong work fails, slowness does not', () => {
  const gatesAllMissed = [
    { id: 'T2', label: '24 h × 1,000 VMs', figure: '50.00 s', gate: '≤ 5 s', ratio: 0.1 },
    { id: 'T1', label: 'hold', figure: '0.40 M ev/s', gate: '≥ 4 M', ratio: 0.1 },
  ];

  it('passes a run ten times slower than every gate and the toy when the work is right', () => {
    const rounds = [round(1_000, 30), round(1_000, 40), round(1_000, 35)];
    const report: BenchReport = { comparisons: [{ id: 'T2', label: 'x', rounds }], gates: gatesAllMissed, checks: roundChecks('T2', rounds) };
    expect(report.checks.every((c) => c.ok)).toBe(true);
    expect(exitCode(report)).toBe(0);
    expect(renderReport(report)).toContain('below gate (info)');
  });

  it('fails when identical engine runs did different work, however fast', () => {
    const rounds = [round(1_000, 0.1), round(1_000, 0.1, 'events=5 log=zzz')];
    const checks = roundChecks('T2', rounds);
    expect(checks.find((c) => c.name.includes('engine: same work'))?.ok).toBe(false);
    expect(exitCode({ checks })).toBe(1);
  });

  it('fails on a T4 mismatch and on a run that processed nothing', () => {
    expect(exitCode({ checks: [sameWork('T4', ['log=a', 'log=b'])] })).toBe(1);
    const idle = [{ toy: toy(), engine: { seconds: 0.001, events: 0, checksum: 'events=0' } }];
    expect(exitCode({ checks: roundChecks('T3', idle) })).toBe(1);
  });

  it('fails when the toy no longer does the anchored work (an edited copy)', () => {
    expect(toyMatchesAnchor(toy({ events: 8_000_000 }))?.ok).toBe(false);
    expect(toyMatchesAnchor(toy())?.ok).toBe(true);
    expect(toyMatchesAnchor(toy({ vms: 1234 }))).toBeNull();
  });

  it('fails when there is nothing to judge', () => {
    expect(exitCode({ checks: [] })).toBe(1);
  });
});

describe('bench/toy-replication.mjs', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const shared = resolve(here, '../../shared/bench/toy-replication.mjs');
  /** SHA-256 of shared/bench/toy-replication.mjs as copied (2026-12-04): the copy must stay the floor it was. */
  const SHARED_SHA256 = 'c4ad78cba30c1831482af4038171ffec29e99389ed2a2cae3a0adab16a3453a8';
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  it('is shared/bench/toy-replication.mjs unchanged below its header (and equal to ../shared when present)', () => {
    const copy = readFileSync(resolve(here, 'toy-replication.mjs'), 'utf8');
    const body = copy.slice(copy.indexOf('// A toy Hyper-V-Replica-like'));
    expect(sha256(body)).toBe(SHARED_SHA256);
    // Where ../shared exists (developers' machines), the original has not moved on either.
    const original = existsSync(shared) ? readFileSync(shared, 'utf8') : body;
    expect(sha256(original)).toBe(SHARED_SHA256);
  });
});
