#!/usr/bin/env node
// `npm start`: builds dist/ if it is missing or older than the sources, then serves it with
// `vite preview` on 127.0.0.1:4173 and prints the URL once the server answers.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const HOST = '127.0.0.1';
const PORT = 4173;
const URL_ = `http://${HOST}:${PORT}/`;
const SOURCES = ['index.html', 'src', 'public', 'vite.config.ts', 'package.json', 'package-lock.json'];
SOURCES.push('tsconfig.json', 'tsconfig.base.json', 'tsconfig.app.json', 'tsconfig.worker.json', 'tsconfig.sim.json');

/** Newest (or oldest) mtime among the files under `path`; undefined if nothing is there. */
function mtimes(path, pick) {
  if (!existsSync(path)) return undefined;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let acc;
  for (const entry of readdirSync(path)) {
    const t = mtimes(join(path, entry), pick);
    if (t !== undefined) acc = acc === undefined ? t : pick(acc, t);
  }
  return acc;
}

if (!existsSync(vite)) {
  console.error('node_modules is missing: run `npm ci` (or `npm install`) first.');
  process.exit(1);
}

const newestSource = SOURCES.map((p) => mtimes(join(root, p), Math.max)).reduce(
  (a, b) => (b === undefined ? a : Math.max(a ?? 0, b)),
  undefined,
);
const oldestBuilt = existsSync(join(root, 'dist', 'index.html')) ? mtimes(join(root, 'dist'), Math.min) : undefined;

if (oldestBuilt === undefined || (newestSource ?? 0) > oldestBuilt) {
  console.log(oldestBuilt === undefined ? 'dist/ is missing: building…' : 'sources changed since the last build: building…');
  const build = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log('dist/ is up to date.');
}

const server = spawn(process.execPath, [vite, 'preview', '--host', HOST, '--port', String(PORT), '--strictPort'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

const deadline = Date.now() + 30_000;
for (;;) {
  try {
    const res = await fetch(URL_);
    if (res.ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline) {
    console.error(`vite preview did not answer on ${URL_} within 30 s.`);
    server.kill('SIGTERM');
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 200));
}
console.log(`Replica Lab is running at ${URL_} (Ctrl+C to stop)`);
