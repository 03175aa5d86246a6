#!/usr/bin/env node
// `npm run bench`: bundles bench/run.ts with Vite (the worker's bundler, so constants are inlined as in the
// browser) into .bench/, then runs it with node. Extra arguments (e.g. --quick) are passed through.
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
process.exit(run.status === 0 ? (size.status ?? 1) : (run.status ?? 1));
