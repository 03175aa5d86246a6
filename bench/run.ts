/**
 * Entry of `npm run bench` (bundled with Vite into .bench/run.js and run in node by tools/bench.mjs).
 *
 * Each engine figure is measured seconds after the toy floor (bench/toy-replication.mjs, a child node) at the
 * same VM count, alternated round by round, and printed as engine ÷ toy with both checksums: on a shared,
 * loaded machine only ratios measured in one run mean anything. The gates of performance.md are printed for
 * information. The exit code is 1 only when the work was wrong (bench/report.ts, exitCode).
 *
 * Options: --quick (T3 and its toy at 2,000 VMs, T3 extrapolated ×5 against its gate); --rounds N (T2/toy
 * rounds, default 3); --toy <file> (another copy of the toy); --json <file> (the report as JSON).
 * Profiling aids: --t3-only (T3 and its toy only), --vms N (T3 and its toy at N VMs, reported as measured).
 */
import { writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { holdBenchmark, runScale } from './engineBench';
import {
  didWork,
  exitCode,
  fmtEvents,
  fmtRatio,
  fmtRate,
  fmtSeconds,
  fmtVms,
  median,
  renderReport,
  roundChecks,
  sameWork,
  summarise,
  toySeconds,
  type BenchReport,
  type Check,
  type EngineRun,
  type Round,
  type ToyResult,
} from './report';
import { runToy } from './toyRunner';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const quick = args.includes('--quick');
const t3Vms = option('--vms') === undefined ? undefined : Number(option('--vms'));
const t3Only = args.includes('--t3-only') || t3Vms !== undefined;
const roundCount = Math.max(1, Number(option('--rounds') ?? 3));
const toyPath = resolve(option('--toy') ?? resolve(dirname(process.argv[1] ?? '.'), '../bench/toy-replication.mjs'));
const jsonPath = option('--json');

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown cpu',
  cores: cpus().length,
  memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
  os: `${platform()} ${arch()}`,
  node: process.version,
  flags: process.execArgv.join(' '),
  loadStart: load(),
  loadEnd: '',
};
console.log(`Replica Lab engine benchmarks${quick ? ' (quick)' : ''}${t3Only ? ' (T3 only)' : ''}`);
console.log(`machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}, node ${machine.node}${machine.flags ? ` ${machine.flags}` : ''}`);
console.log(`load average at start (1, 5, 15 min): ${machine.loadStart}`);
const log = (line: string) => console.log(`  · ${line}   [load ${loadavg()[0]?.toFixed(2) ?? '?'}]`);

const report: BenchReport = { comparisons: [], gates: [], checks: [] };

function tryToy(id: string, vms: number): ToyResult | null {
  try {
    const toy = runToy(toyPath, vms);
    log(`${id} toy floor, ${fmtVms(vms)} VMs: ${fmtSeconds(toySeconds(toy))} (${fmtEvents(toy.events)}, ${fmtRate(toy.evPerSec)})`);
    return toy;
  } catch (error) {
    report.checks.push({ name: `${id} toy ran (${fmtVms(vms)} VMs)`, ok: false, detail: error instanceof Error ? error.message : String(error) });
    log(`${id} toy FAILED: ${String(error)}`);
    return null;
  }
}

/** `rounds` × (toy at `vms`, then the engine at `vms`); returns the engine runs (also when the toy failed). */
function alternate(id: string, label: string, vms: number, rounds: number): EngineRun[] {
  const pairs: Round[] = [];
  const runs: EngineRun[] = [];
  let toyFailed = false;
  for (let i = 0; i < rounds; i++) {
    const toy: ToyResult | null = toyFailed ? null : tryToy(`${id} round ${i + 1}/${rounds}:`, vms);
    toyFailed ||= toy === null;
    const engine = runScale(vms, 24);
    runs.push(engine);
    const vsToy = toy ? `, ${fmtRatio(engine.seconds / toySeconds(toy))} the toy` : '';
    log(`${id} round ${i + 1}/${rounds}: engine, ${fmtVms(vms)} VMs: ${fmtSeconds(engine.seconds)} (${fmtEvents(engine.events)})${vsToy}`);
    if (toy) pairs.push({ toy, engine });
  }
  if (!toyFailed) {
    report.comparisons.push({ id, label, rounds: pairs });
    report.checks.push(...roundChecks(id, pairs));
  } else {
    report.checks.push(sameWork(`${id} engine: same work every round`, runs.map((r) => r.checksum)), didWork(`${id} engine did work`, runs[0]?.events ?? 0));
  }
  return runs;
}

if (!t3Only) {
  const holdRuns: number[] = [];
  const holdSums: string[] = [];
  for (let i = 0; i < 5; i++) {
    const r = holdBenchmark(10_000, 5_000_000);
    holdRuns.push(r.eventsPerSec);
    holdSums.push(String(r.checksum));
  }
  const hold = median(holdRuns);
  log(`T1 hold, 5 runs: ${fmtRate(hold)} (median)`);
  report.gates.push({ id: 'T1', label: 'hold, 10k pending', figure: fmtRate(hold), gate: '≥ 4 M ev/s (stretch 7 M)', ratio: hold / 4e6 });
  report.checks.push(sameWork('T1 hold: same checksum every run', holdSums));

  const t2 = alternate('T2', '24 h × 1,000 VMs × 30 s', 1_000, roundCount);
  const t2s = median(t2.map((r) => r.seconds));
  report.gates.push({ id: 'T2', label: '24 h × 1,000 VMs (wall)', figure: fmtSeconds(t2s), gate: '≤ 5 s (stretch 2 s)', ratio: 5 / t2s });
}

const vms = t3Vms ?? (quick ? 2_000 : 10_000);
const [t3] = alternate('T3', `24 h × ${fmtVms(vms)} VMs × 30 s`, vms, 1);
if (t3) {
  const scale = vms === 10_000 ? 1 : t3Vms === undefined ? 5 : NaN;
  const figure = scale === 1 ? fmtSeconds(t3.seconds) : Number.isNaN(scale) ? `${fmtSeconds(t3.seconds)} at ${fmtVms(vms)} VMs` : `${fmtSeconds(t3.seconds * scale)} (${fmtVms(vms)} VMs ×${scale} extrapolated)`;
  report.gates.push({ id: 'T3', label: '24 h × 10,000 VMs (wall)', figure, gate: '≤ 60 s (stretch 20 s)', ratio: 60 / (t3.seconds * scale) });
}

if (!t3Only) {
  const a = runScale(200, 24);
  const b = runScale(200, 24);
  report.checks.push(sameWork('T4 same seed ⇒ same event-log hash (200 VMs, twice)', [a.checksum, b.checksum]));
}

machine.loadEnd = load();
console.log(`\n${renderReport(report)}`);
console.log(`\nload average at end (1, 5, 15 min): ${machine.loadEnd} (start ${machine.loadStart}); ${machine.cores} × ${machine.cpu}, node ${machine.node}`);
const code = exitCode(report);
const failed = report.checks.filter((c: Check) => !c.ok).length;
console.log(code === 0 ? 'exit 0: every work check passed (timings and gates never fail the bench).' : `exit 1: ${failed} work check(s) FAILED (see above).`);
if (jsonPath) {
  const summaries = report.comparisons.map((c) => ({ id: c.id, label: c.label, ...summarise(c.rounds), rounds: c.rounds }));
  writeFileSync(jsonPath, `${JSON.stringify({ machine, comparisons: summaries, gates: report.gates, checks: report.checks, exitCode: code }, null, 2)}\n`);
}
process.exitCode = code;
