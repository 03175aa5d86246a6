/** Entry of `npm run bench` (bundled and run by tools/bench.mjs). Prints figure, target and ratio per target. */
import { cpus, loadavg } from 'node:os';
import { runAll } from './engineBench';

const quick = process.argv.includes('--quick');
// Profiling aids: `--t3-only` skips T1, T2 and T4; `--vms N` runs T3 at N VMs (reported as measured, not scaled).
const t3Only = process.argv.includes('--t3-only');
const vmsArg = process.argv.indexOf('--vms');
const t3Vms = vmsArg >= 0 ? Number(process.argv[vmsArg + 1]) : undefined;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`Replica Lab engine benchmarks — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${load()}${quick ? ' (quick)' : ''}`);
const rows = runAll({ quick, t3Only, t3Vms, log: (line) => console.log(`  · ${line}`) });
const fmt = (v: number, unit: string) => (unit === 'ev/s' ? `${(v / 1e6).toFixed(2)} M ev/s` : unit === 's' ? `${v.toFixed(2)} s` : unit);
console.log('\n| target | figure (median) | gate | ratio | checksum |\n|---|---|---|---|---|');
for (const r of rows) {
  const ratio = Number.isNaN(r.ratio) ? '' : `${r.ratio.toFixed(2)}× ${r.ratio >= 1 ? 'ok' : 'BELOW GATE'}`;
  console.log(`| ${r.id} ${r.label} | ${fmt(r.value, r.unit)} | ${r.target} | ${ratio} | ${r.checksum} |`);
}
console.log(`\nload average after: ${load()}`);
process.exitCode = rows.every((r) => Number.isNaN(r.ratio) || r.ratio >= 1) ? 0 : 1;
