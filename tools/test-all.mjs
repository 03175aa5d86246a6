#!/usr/bin/env node
// `npm test`: typecheck, lint, unit + component tests, then e2e.
// Every step runs even if an earlier one failed, so one run shows every problem; the exit code is 1 if any failed.
// With TEST_REPORTS_DIR set (CI), Vitest and Playwright also write JSON reports there for tools/ci-summary.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };
const reportsDir = process.env.TEST_REPORTS_DIR ? resolve(root, process.env.TEST_REPORTS_DIR) : undefined;

const vitestArgs = ['run'];
if (reportsDir) {
  mkdirSync(reportsDir, { recursive: true });
  vitestArgs.push('--reporter=default', '--reporter=json', `--outputFile.json=${join(reportsDir, 'vitest.json')}`);
  env.PLAYWRIGHT_JSON_OUTPUT_FILE = join(reportsDir, 'playwright.json');
}

const steps = [
  ['typecheck', 'tsc', ['-b']], // every runtime's project (tsconfig.json references them)
  ['lint', 'eslint', ['.', '--max-warnings', '0']],
  ['vitest', 'vitest', vitestArgs],
  ['playwright', 'playwright', ['test']],
];

const results = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
  const ok = run.status === 0;
  if (run.error) console.error(`${name}: could not start ${cmd}: ${run.error.message}`);
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== steps');
for (const r of results) console.log(`${r.ok ? 'ok    ' : 'FAILED'} ${r.name} (${r.seconds.toFixed(1)} s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
