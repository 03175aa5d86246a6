/**
 * Property test: damaged lab files (deleted fields, swapped types, out-of-range numbers, dangling
 * references, oversized lists) are either refused with a problem (path + reason), or load into a lab that
 * keeps the engine's invariants, runs 24 simulated hours without an exception and can be shown (its
 * simulated dates are valid). `LAB_FUZZ_RUNS=20000 npx vitest run src/sim/labs/labCheck.property.test.ts`
 * runs it big and prints the counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INPUT_REASONS } from '../../protocol';
import { LAB_LIMITS } from '../../protocol/labLimits';
import { checkInvariants, createEngine, LabFileRefused, loadLab, saveLab } from '../index';
import { hours, run } from '../testUtils';

/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-explicit-any -- mutating untyped JSON on purpose */
type Json = any;

const RUNS = Number(process.env.LAB_FUZZ_RUNS ?? 120);

/** Valid files to damage: presets at various moments, one mid-failover. */
function baseFiles(): string[] {
  const files: string[] = [];
  for (const preset of ['blank', 'active-passive', 'active-active', 'extended-chain', 'branch-office-wan'] as const) {
    const engine = createEngine(preset, { seed: 7 });
    files.push(JSON.stringify(saveLab(engine)));
    engine.advanceTo(hours(5));
    files.push(JSON.stringify(saveLab(engine)));
  }
  const chain = createEngine('extended-chain', { seed: 3 });
  chain.advanceTo(hours(1));
  run(chain, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1', asTest: true });
  run(chain, { type: 'Lab-CrashHost', host: 'HV-1' });
  chain.advanceTo(hours(2));
  files.push(JSON.stringify(saveLab(chain)));
  return files;
}

/** Every path of a JSON value (objects and arrays included), skipping the long tails of big lists. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.slice(0, 6).forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) paths(value[k], [...prefix, k], out);
  return out;
}

const REPLACEMENTS: unknown[] = [
  -1,
  -5,
  0,
  1.5,
  7,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 31,
  '',
  'garbage',
  '__proto__',
  'constructor',
  'HV-9',
  'x'.repeat(LAB_LIMITS.nameChars + 1),
  null,
  true,
  [],
  {},
  [1, 2, 3],
  { a: 1 },
  'Exploded',
  '2026-13-45T99:99:99Z',
];

type Mutation =
  | { kind: 'delete'; at: number }
  /** A plausible number: the same one moved a little, doubled, zeroed (in range more often than not). */
  | { kind: 'nudge'; at: number; how: number }
  | { kind: 'replace'; at: number; with: number } | { kind: 'copyRef'; at: number; from: number } | { kind: 'grow'; list: string; by: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('nudge' as const), at: fc.nat(), how: fc.nat(5) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), with: fc.nat(REPLACEMENTS.length - 1) }) },
  // A string from elsewhere in the file: a valid-looking but dangling or mismatched reference.
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('copyRef' as const), at: fc.nat(), from: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('grow' as const), list: fc.constantFrom('hosts', 'vms', 'relationships', 'links', 'sites'), by: fc.constantFrom(1, 2, 2_000) }) },
);

function parentOf(file: Json, path: (string | number)[]): [Json, string | number] | null {
  if (path.length === 0) return null;
  let node = file;
  for (const key of path.slice(0, -1)) node = node?.[key];
  return node !== null && typeof node === 'object' ? [node, path[path.length - 1] as string | number] : null;
}

function mutate(file: Json, m: Mutation): void {
  const all = paths(file);
  if (m.kind === 'grow') {
    const list = file[m.list];
    if (Array.isArray(list) && list.length > 0) for (let i = 0; i < m.by; i++) list.push(structuredClone(list[i % list.length]));
    return;
  }
  const target = parentOf(file, all[m.at % all.length] ?? []);
  if (!target) return;
  const [parent, key] = target;
  if (m.kind === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key];
  } else if (m.kind === 'nudge') {
    const v = parent[key];
    if (typeof v === 'number') parent[key] = [v + 1, v - 1, v * 2, Math.floor(v / 2), 0, v + 3_600_000][m.how];
    else if (typeof v === 'boolean') parent[key] = !v;
  } else if (m.kind === 'replace') parent[key] = structuredClone(REPLACEMENTS[m.with]);
  else {
    const strings = all.map((p) => parentOf(file, p)).filter((t): t is [Json, string | number] => t !== null && typeof t[0][t[1]] === 'string');
    const source = strings[m.from % Math.max(1, strings.length)];
    if (source) parent[key] = source[0][source[1]];
  }
}

describe('damaged lab files (property)', () => {
  const bases = baseFiles();
  const counts = { tried: 0, refused: 0, accepted: 0 };

  it('are refused with a problem, or load into a lab that keeps its invariants and runs 24 hours', () => {
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (base, mutations) => {
        const file = JSON.parse(bases[base] ?? "{}");
        for (const m of mutations) mutate(file, m);
        counts.tried++;
        let engine;
        try {
          engine = loadLab(file);
        } catch (err) {
          expect(err).toBeInstanceOf(LabFileRefused);
          const { problem } = err as LabFileRefused;
          expect(typeof problem.path).toBe('string');
          expect(INPUT_REASONS).toContain(problem.reason);
          counts.refused++;
          return;
        }
        counts.accepted++;
        expect(checkInvariants(engine)).toEqual([]);
        const start = Date.parse(engine.world.startDate);
        expect(new Date(start + engine.now).toISOString()).toMatch(/^\d{4}-/);
        engine.advanceTo(engine.now + 86_400_000);
        expect(checkInvariants(engine)).toEqual([]);
        const snap = engine.snapshot();
        for (const e of snap.events) expect(Number.isFinite(new Date(start + e.time).getTime())).toBe(true);
        expect(() => loadLab(JSON.parse(JSON.stringify(saveLab(engine))))).not.toThrow();
      }),
      { numRuns: RUNS, seed: process.env.LAB_FUZZ_SEED ? Number(process.env.LAB_FUZZ_SEED) : undefined },
    );
    console.log(`lab file fuzz: ${counts.tried} files tried, ${counts.refused} refused, ${counts.accepted} accepted`);
    expect(counts.refused).toBeGreaterThan(0);
  }, 600_000);
});
