#!/usr/bin/env node
// Size check for performance targets T11 (initial JS ≤ 170 KB gzip: the entry chunk and everything it
// imports statically, i.e. all JS loaded before the first table paint) and T12 (worker chunk ≤ 60 KB gzip).
// Reads the production build in dist/ (`--build` runs `vite build` first). Prints the figures with their
// targets; `--json <file>` also writes them. Exits 1 only when dist/ is missing or unreadable (or, with
// --build, when the build fails): sizes are reported, not gated. A size over its gate prints a WARNING line and
// still exits 0 — performance.md asks for a size *check* on every build, not a failing one; the bench prints,
// CI and reviewers read (the same rule as the timings of `npm run bench`).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const dist = join(root, 'dist');
const args = process.argv.slice(2);

if (args.includes('--build')) {
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error('size-report: no dist/index.html; run `vite build` first (or pass --build).');
  process.exit(1);
}

const KB = 1000;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static imports of an ES module chunk (`import … from "./x.js"`, `import "./x.js"`), not dynamic `import()`. */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const out = new Set();
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    out.add(resolve(dirname(file), m[1]));
  }
  return [...out];
}

/** `file` and every chunk it reaches through static imports. */
function closure(file) {
  const seen = new Set();
  const stack = [file];
  while (stack.length > 0) {
    const f = stack.pop();
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    stack.push(...staticImports(f));
  }
  return [...seen];
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\/?([^"]+)"/g)].map((m) => join(dist, m[1]));
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+)"/g)].map((m) => join(dist, m[1]));
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+)"/g)].map((m) => join(dist, m[1]));
const initial = [...new Set([...entries, ...preloads].flatMap(closure))];
const assets = join(dist, 'assets');
const workers = readdirSync(assets).filter((f) => /worker/i.test(f) && f.endsWith('.js')).map((f) => join(assets, f));
const worker = [...new Set(workers.flatMap(closure))];
const lazy = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => join(assets, f)).filter((f) => !initial.includes(f) && !worker.includes(f));

const sum = (files) => files.reduce((s, f) => s + gzip(f), 0);
const rel = (f) => f.slice(dist.length + 1);
const report = {
  initialJsGzipKB: sum(initial) / KB,
  initialCssGzipKB: sum(css) / KB,
  workerGzipKB: sum(worker) / KB,
  lazyJsGzipKB: sum(lazy) / KB,
  files: {
    initial: initial.map((f) => ({ file: rel(f), gzipKB: gzip(f) / KB })),
    worker: worker.map((f) => ({ file: rel(f), gzipKB: gzip(f) / KB })),
    lazy: lazy.map((f) => ({ file: rel(f), gzipKB: gzip(f) / KB })),
  },
  targets: { T11: { gateKB: 170, stretchKB: 150 }, T12: { gateKB: 60, stretchKB: 30 } },
};

const line = (id, label, kb, gate, stretch) => {
  const verdict = kb <= stretch ? 'stretch met' : kb <= gate ? 'gate met' : 'OVER the gate';
  console.log(`${id}  ${label.padEnd(34)} ${kb.toFixed(1).padStart(7)} KB gzip   gate ≤ ${gate} KB, stretch ≤ ${stretch} KB   ratio ${(kb / gate).toFixed(2)}   ${verdict}`);
};
console.log('\nBundle sizes (gzip -9 of dist/):');
line('T11', `initial JS (${initial.length} chunk${initial.length === 1 ? '' : 's'})`, report.initialJsGzipKB, 170, 150);
line('T12', `worker chunk (${worker.length} file${worker.length === 1 ? '' : 's'})`, report.workerGzipKB, 60, 30);
console.log(`     initial CSS ${report.initialCssGzipKB.toFixed(1)} KB gzip; lazy JS chunks ${lazy.length} (${report.lazyJsGzipKB.toFixed(1)} KB gzip)`);

const over = [['T11 initial JS', report.initialJsGzipKB, 170], ['T12 worker chunk', report.workerGzipKB, 60]].filter(([, kb, gate]) => kb > gate);
for (const [label, kb, gate] of over) console.log(`WARNING: ${label} is ${kb.toFixed(1)} KB gzip, over its ${gate} KB gate (${(kb / gate).toFixed(2)}×; informational, exit 0).`);

const jsonAt = args.indexOf('--json');
if (jsonAt >= 0 && args[jsonAt + 1]) writeFileSync(args[jsonAt + 1], `${JSON.stringify(report, null, 2)}\n`);
