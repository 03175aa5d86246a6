#!/usr/bin/env node
// `npm run bench`: bundles bench/run.ts with Vite (the worker's bundler, so constants are inlined as in the
// browser) into .bench/, then runs it with node. Extra arguments (e.g. --quick) are passed through.
// Then the bundle sizes and, unless --no-ui, the browser perf spec (T8–T10, T13).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(fileURLToPath(import.meta.url), '../..');
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: { ssr: resolve(root, 'bench/run.ts'), outDir: resolve(root, '.bench'), emptyOutDir: true, target: 'node20', minify: false },
});
const run = spawnSync(process.execPath, [resolve(root, '.bench/run.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
// T11/T12: gzip sizes of the production build's initial JS and worker chunk.
const size = spawnSync(process.execPath, [resolve(root, 'tools/size-report.mjs'), '--build'], { stdio: 'inherit' });
// T8–T10, T13: the browser perf spec (Playwright + Chromium) writes test-results/perf.json; skip with --no-ui.
let ui = { status: 0 };
if (!process.argv.includes('--no-ui')) {
  const playwright = resolve(root, 'node_modules/.bin/playwright');
  const spec = spawnSync(playwright, ['test', 'e2e/perf', '--reporter=line'], { cwd: root, stdio: 'inherit', env: { ...process.env, RUN_PERF: '1' } });
  ui = spec.status === 0 ? spawnSync(process.execPath, [resolve(root, 'tools/perf-report.mjs')], { stdio: 'inherit' }) : spec;
}
process.exit([run.status, size.status, ui.status].every((s) => s === 0) ? 0 : 1);
