/**
 * Pure parts of `npm run bench` (tested by bench/report.test.ts): the toy's JSON line, medians, engine ÷ toy
 * ratios, formatting, the tables and the exit-code rule. No clock, no I/O, no engine import.
 *
 * The exit-code rule: the bench fails only on wrong work (a checksum that differs between identical runs,
 * T4 determinism, the toy not matching its anchor, a run that did nothing or could not run). Timings never
 * fail it: the machine is shared, so gates are printed with their ratio, for information.
 */

/** The toy's one JSON line (bench/toy-replication.mjs), minus the fields the bench does not read. */
export interface ToyResult {
  impl: string;
  vms: number;
  hours: number;
  freq: number;
  seed: number;
  events: number;
  cycles: number;
  missed: number;
  totalGB: number;
  ms: number;
  evPerSec: number;
  rssMB: number;
}

/** One engine run: wall seconds of `advanceTo`, events processed, checksum of the work done. */
export interface EngineRun {
  seconds: number;
  events: number;
  checksum: string;
}

/** One alternated round: the toy, then the engine seconds later, at the same VM count. */
export interface Round {
  toy: ToyResult;
  engine: EngineRun;
}

/** A result that decides the exit code: only "was the work right", never "was it fast". */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** A performance.md gate, printed for information with figure ÷ gate oriented so that ≥ 1 meets it. */
export interface Gate {
  id: string;
  label: string;
  figure: string;
  gate: string;
  ratio: number;
}

export interface Comparison {
  id: string;
  label: string;
  rounds: Round[];
}

export interface BenchReport {
  comparisons: Comparison[];
  gates: Gate[];
  checks: Check[];
}

/**
 * The toy's work for seed 42, 24 h, 30 s cycles, by VM count (shared/bench/README.md quotes 8.63 M and 85.6 M
 * events; 2,000 VMs is --quick's T3). The toy is frozen: any difference means the copy was edited and its
 * ratios no longer compare with the figures quoted in shared/bench.
 */
export const TOY_ANCHOR: Readonly<Record<number, { events: number; cycles: number }>> = {
  1000: { events: 8_632_081, cycles: 2_732_046 },
  2000: { events: 17_422_301, cycles: 5_543_155 },
  10000: { events: 85_562_582, cycles: 26_941_930 },
};

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const TOY_NUMBERS = ['vms', 'hours', 'freq', 'seed', 'events', 'cycles', 'missed', 'totalGB', 'ms', 'evPerSec', 'rssMB'] as const;

/**
 * The last JSON line of the toy's stdout.
 * @throws Error when there is none or a field is missing.
 */
export function parseToyLine(stdout: string): ToyResult {
  const line = stdout.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('{')).pop();
  if (line === undefined) throw new Error(`toy printed no JSON line: ${JSON.stringify(stdout.slice(0, 200))}`);
  const parsed = JSON.parse(line) as Record<string, unknown>;
  for (const key of TOY_NUMBERS) {
    if (typeof parsed[key] !== 'number' || !Number.isFinite(parsed[key])) throw new Error(`toy JSON line has no numeric "${key}": ${line}`);
  }
  if (typeof parsed.impl !== 'string') throw new Error(`toy JSON line has no "impl": ${line}`);
  return parsed as unknown as ToyResult;
}

export const toySeconds = (t: ToyResult): number => t.ms / 1000;
export const toyChecksum = (t: ToyResult): string => `events=${t.events} cycles=${t.cycles} missed=${t.missed} GB=${t.totalGB}`;

export const fmtSeconds = (s: number): string => (Number.isFinite(s) ? `${s.toFixed(2)} s` : '—');
export const fmtRate = (eventsPerSec: number): string => (Number.isFinite(eventsPerSec) ? `${(eventsPerSec / 1e6).toFixed(2)} M ev/s` : '—');
export const fmtEvents = (n: number): string => `${(n / 1e6).toFixed(2)} M ev`;
export const fmtRatio = (r: number): string => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '—');
export const fmtVms = (n: number): string => n.toLocaleString('en');

/** "2.10–2.40×", or one figure when both ends print the same. */
export function fmtRatioRange(values: readonly number[]): string {
  if (values.length === 0) return '—';
  const lo = fmtRatio(Math.min(...values));
  const hi = fmtRatio(Math.max(...values));
  return lo === hi ? lo : `${lo.slice(0, -1)}–${hi}`;
}

/** A gate's ratio with its verdict; "below gate" is information, not a failure. */
export function fmtGate(ratio: number): string {
  if (ratio === Infinity) return '∞ ok';
  if (!Number.isFinite(ratio)) return '—';
  return `${fmtRatio(ratio)} ${ratio >= 1 ? 'ok' : 'below gate (info)'}`;
}

export interface Summary {
  rounds: number;
  engineSeconds: number;
  toySeconds: number;
  /** Median over rounds of engine seconds ÷ the toy's seconds measured just before. */
  ratio: number;
  ratios: number[];
  engineRate: number;
  toyRate: number;
  /** Median over rounds of (engine seconds per event) ÷ (toy seconds per event). */
  perEventRatio: number;
}

export function summarise(rounds: readonly Round[]): Summary {
  const ratios = rounds.map((r) => r.engine.seconds / toySeconds(r.toy));
  const perEvent = rounds.map((r) => r.engine.seconds / r.engine.events / (toySeconds(r.toy) / r.toy.events));
  return {
    rounds: rounds.length,
    engineSeconds: median(rounds.map((r) => r.engine.seconds)),
    toySeconds: median(rounds.map((r) => toySeconds(r.toy))),
    ratio: median(ratios),
    ratios,
    engineRate: median(rounds.map((r) => r.engine.events / r.engine.seconds)),
    toyRate: median(rounds.map((r) => r.toy.events / toySeconds(r.toy))),
    perEventRatio: median(perEvent),
  };
}

/** Identical runs must do identical work: every checksum equal (and at least one run). */
export function sameWork(name: string, checksums: readonly string[]): Check {
  const first = checksums[0];
  if (first === undefined) return { name, ok: false, detail: 'no run' };
  const other = checksums.find((c) => c !== first);
  if (other !== undefined) return { name, ok: false, detail: `MISMATCH: ${first} ≠ ${other}` };
  return { name, ok: true, detail: checksums.length > 1 ? `${checksums.length} runs agree: ${first}` : first };
}

/** A run that processed no events did not do the work, however fast it was. */
export function didWork(name: string, events: number): Check {
  return { name, ok: events > 0, detail: events > 0 ? `${events} events` : 'NO EVENTS processed' };
}

/** The toy's work against its anchor (when one is known for that VM count). */
export function toyMatchesAnchor(toy: ToyResult): Check | null {
  const anchor = toy.hours === 24 && toy.freq === 30 && toy.seed === 42 ? TOY_ANCHOR[toy.vms] : undefined;
  if (!anchor) return null;
  const ok = toy.events === anchor.events && toy.cycles === anchor.cycles;
  const name = `toy ${fmtVms(toy.vms)} VMs does its anchored work`;
  return { name, ok, detail: ok ? `events=${toy.events} cycles=${toy.cycles}` : `MISMATCH: events=${toy.events} cycles=${toy.cycles}, expected events=${anchor.events} cycles=${anchor.cycles}` };
}

/** The checks of one alternated comparison: engine and toy each do the same work every round. */
export function roundChecks(label: string, rounds: readonly Round[]): Check[] {
  const checks = [
    sameWork(`${label} engine: same work every round`, rounds.map((r) => r.engine.checksum)),
    sameWork(`${label} toy: same work every round`, rounds.map((r) => toyChecksum(r.toy))),
    ...rounds.slice(0, 1).map((r) => didWork(`${label} engine did work`, r.engine.events)),
  ];
  const anchor = rounds[0] ? toyMatchesAnchor(rounds[0].toy) : null;
  return anchor ? [...checks, anchor] : checks;
}

/** 0 when every check passes, 1 otherwise. Gates and timings are deliberately not an input. */
export function exitCode(report: Pick<BenchReport, 'checks'>): 0 | 1 {
  return report.checks.length > 0 && report.checks.every((c) => c.ok) ? 0 : 1;
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function renderReport(report: BenchReport): string {
  const out: string[] = [];
  if (report.comparisons.length > 0) {
    out.push('Engine ÷ toy floor (bench/toy-replication.mjs soa), alternated in this run: toy first, same VM count, same node; medians over rounds.');
    out.push(
      markdownTable(
        ['run', 'rounds', 'engine: s · events · rate', 'toy floor: s · events · rate', 'engine ÷ toy: time (range)', 'engine ÷ toy: time per event', 'engine checksum', 'toy checksum'],
        report.comparisons.map(({ id, label, rounds }) => {
          const s = summarise(rounds);
          const engine = rounds[0]?.engine;
          const toy = rounds[0]?.toy;
          return [
            `${id} ${label}`,
            String(s.rounds),
            `${fmtSeconds(s.engineSeconds)} · ${engine ? fmtEvents(engine.events) : '—'} · ${fmtRate(s.engineRate)}`,
            `${fmtSeconds(s.toySeconds)} · ${toy ? fmtEvents(toy.events) : '—'} · ${fmtRate(s.toyRate)}`,
            s.ratios.length > 1 ? `${fmtRatio(s.ratio)} (${fmtRatioRange(s.ratios)})` : fmtRatio(s.ratio),
            fmtRatio(s.perEventRatio),
            engine?.checksum ?? '—',
            toy ? toyChecksum(toy) : '—',
          ];
        }),
      ),
    );
  }
  if (report.gates.length > 0) {
    out.push('\nGates of performance.md (absolute, machine-dependent: informational, never the exit code):');
    out.push(markdownTable(['target', 'figure (median)', 'gate', 'figure vs gate'], report.gates.map((g) => [`${g.id} ${g.label}`, g.figure, g.gate, fmtGate(g.ratio)])));
  }
  out.push('\nWork checks (these, and only these, decide the exit code):');
  out.push(markdownTable(['check', 'result', 'detail'], report.checks.map((c) => [c.name, c.ok ? 'ok' : 'FAILED', c.detail])));
  return out.join('\n');
}
