#!/usr/bin/env node
// `npm run bench`: bundles bench/run.ts with Vite (the worker's bundler, so constants are inlined as in the
// browser) into .bench/, then runs it with node: the engine figures (T1–T4), each alternated with the toy floor
// bench/toy-replication.mjs and printed as engine ÷ toy. Extra arguments (--quick, --rounds N, --json <file>…)
// are passed through. Then the bundle sizes (T11/T12) and, unless --no-ui, the browser perf spec (T8–T10, T13).
//
// Exit code: 1 only for wrong work or a part that could not run — a work check of bench/run.ts failed
// (checksums, T4 determinism, the toy's anchor), the production build failed, or the browser perf spec failed
// its own (non-timing) assertions. Timings, gates and sizes are printed with their ratio, never an exit 1.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: { ssr: resolve(root, 'bench/run.ts'), outDir: resolve(root, '.bench'), emptyOutDir: true, target: 'node20', minify: false },
});
const toy = resolve(root, 'bench/toy-replication.mjs');
const run = spawnSync(process.execPath, [resolve(root, '.bench/run.js'), '--toy', toy, ...args], { stdio: 'inherit' });
// T11/T12: gzip sizes of the production build's initial JS and worker chunk (exit 1 only if the build fails).
const size = spawnSync(process.execPath, [resolve(root, 'tools/size-report.mjs'), '--build'], { stdio: 'inherit' });
// T8–T10, T13: the browser perf spec (Playwright + Chromium) writes test-results/perf.json; skip with --no-ui.
let ui = { status: 0 };
if (!args.includes('--no-ui')) {
  const playwright = resolve(root, 'node_modules/.bin/playwright');
  const spec = spawnSync(playwright, ['test', 'e2e/perf', '--reporter=line'], { cwd: root, stdio: 'inherit', env: { ...process.env, RUN_PERF: '1' } });
  ui = spec.status === 0 ? spawnSync(process.execPath, [resolve(root, 'tools/perf-report.mjs')], { stdio: 'inherit' }) : spec;
}
const parts = [
  ['engine work checks', run.status],
  ['production build', size.status],
  ...(args.includes('--no-ui') ? [] : [['browser perf spec', ui.status]]),
];
const failed = parts.filter(([, status]) => status !== 0).map(([name, status]) => `${name} (${status ?? 'killed'})`);
console.log(`\nnpm run bench: load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${failed.length === 0 ? 'exit 0 (timings and sizes are informational)' : `exit 1: ${failed.join(', ')}`}`);
process.exit(failed.length === 0 ? 0 : 1);
