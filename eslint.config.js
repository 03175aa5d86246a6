import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';
import { layerWallsPlugin } from './tools/lint/layerWalls.mjs';

const SRC = `${import.meta.dirname}/src`;
/** Tests and the helpers only tests import: they may reach further (an engine behind the store, the store's reader). */
const TEST_FILES = ['**/*.test.{ts,tsx}', '**/testing/**', 'src/sim/testUtils.ts', 'src/sim/commands/testLab.ts'];

// Layer walls (docs: shared/design/architecture.md). Each folder of src may import only the folders listed here
// (its own always); type-only imports are walled too. Top-level files (main.tsx, test set-up) are not walled.
// Proof that each wall and rule fires: tools/lint/walls.test.ts.
const WALLS = {
  protocol: { allow: [], why: 'protocol is the vocabulary every runtime shares; it imports no other layer.' },
  query: { allow: ['protocol'], tests: ['sim'], why: 'the query layer is pure and reads protocol entities only, so the engine and the UI share it.' },
  flows: {
    allow: ['protocol', 'query'],
    tests: ['sim'], // run against a real engine
    why: 'flows run over a port (execute, waitFor) and the query layer, so the console, PowerShell and demos share them.',
  },
  sim: { allow: ['protocol', 'query'], why: 'the engine is pure, deterministic TypeScript that knows nothing of its hosts.' },
  worker: {
    allow: ['protocol', 'query', 'sim'],
    tests: ['store'], // round trips through the store's reader
    why: 'the worker adapts the engine to messages; it knows nothing of the store, actions, i18n or the UI.',
  },
  i18n: { allow: ['protocol'], why: 'the catalogues are data and formatting only.' },
  store: {
    allow: ['protocol', 'query', 'flows', 'i18n'],
    tests: ['sim', 'worker'], // store/testing runs an in-memory engine behind the bridge
    why: 'the store mirrors the worker through messages (bridge.ts) and knows nothing of actions or components.',
  },
  actions: {
    allow: ['protocol', 'query', 'flows', 'i18n', 'store'],
    tests: ['sim', 'worker'],
    why: 'actions are UI-free: the UI calls them, never the reverse; the engine is reached through the store.',
  },
  ui: {
    allow: ['protocol', 'query', 'flows', 'i18n', 'store', 'actions'],
    why: 'the UI draws the store and runs actions; the engine lives in the worker, behind the store.',
  },
};

const pkg = (names, message) => names.map((name) => ({ name, message }));
const UI_PACKAGES = ['react', 'react-dom', 'radix-ui', '@tanstack/react-table', '@tanstack/react-virtual'];
const subpaths = (names, message) => ({ group: names.map((n) => `${n}/*`), message });
/** Packages each layer may not import (no-restricted-imports), for every file of the layer. */
const PACKAGE_WALLS = {
  sim: {
    paths: pkg([...UI_PACKAGES, 'zustand'], 'src/sim is pure TypeScript: no React, no store.'),
    patterns: [subpaths([...UI_PACKAGES, 'zustand'], 'src/sim is pure TypeScript: no React, no zustand.')],
  },
  worker: {
    paths: pkg([...UI_PACKAGES, 'zustand'], 'src/worker has no UI and no store: it posts messages.'),
    patterns: [subpaths([...UI_PACKAGES, 'zustand'], 'src/worker has no UI and no store: it posts messages.')],
  },
  store: {
    paths: pkg(UI_PACKAGES, 'src/store is state and selectors (read through zustand hooks); React code lives in src/ui.'),
    patterns: [subpaths(UI_PACKAGES, 'src/store is state and selectors; React code lives in src/ui.')],
  },
  actions: {
    paths: pkg(UI_PACKAGES, 'src/actions is UI-free: components and menus live in src/ui.'),
    patterns: [subpaths(UI_PACKAGES, 'src/actions is UI-free: components and menus live in src/ui.')],
  },
};
/** Layers that import no package at all outside tests (protocol: zod/mini only, for the command schemas). */
const TEST_PACKAGES = 'vitest$|fast-check$|node:';
const NO_PACKAGES = {
  protocol: { except: 'zod/mini$', message: 'src/protocol imports no package but zod/mini: every runtime loads it.' },
  query: { except: '', message: 'src/query is pure: it imports protocol and nothing else.' },
  flows: { except: '', message: 'src/flows is plain async code over its port: no packages.' },
  i18n: { except: '', message: 'src/i18n is data and formatting: no packages.' },
};

function wallBlocks() {
  return Object.entries(WALLS).flatMap(([layer, { allow, tests = [], why }]) => {
    const walls = (extra) => ['error', { srcDir: SRC, layer, allow: [...allow, ...extra], why }];
    const packages = (forTests) => {
      const base = PACKAGE_WALLS[layer] ?? { paths: [], patterns: [] };
      const none = NO_PACKAGES[layer];
      if (!none) return ['error', base];
      const except = [none.except, forTests ? TEST_PACKAGES : ''].filter(Boolean).join('|');
      const regex = except ? `^(?!\\.|${except})` : '^(?!\\.)';
      return ['error', { paths: base.paths, patterns: [...base.patterns, { regex, message: none.message }] }];
    };
    const testFiles = TEST_FILES.map((glob) => (glob.startsWith('src/') ? glob : `src/${layer}/${glob}`)).filter((glob) =>
      glob.startsWith(`src/${layer}/`),
    );
    return [
      {
        files: [`src/${layer}/**`],
        ignores: TEST_FILES,
        rules: { 'replica-lab/layer-walls': walls([]), 'no-restricted-imports': packages(false) },
      },
      { files: testFiles, rules: { 'replica-lab/layer-walls': walls(tests), 'no-restricted-imports': packages(true) } },
    ];
  });
}

// The engine reads no wall clock, no randomness and no timers: same lab + seed + commands ⇒ same state.
// Date.parse / new Date(value) / Date.UTC stay allowed (they convert the lab's start date; no clock involved).
const NOT_IN_SIM = 'src/sim is deterministic: simulated time comes from the engine clock, randomness from its seeded streams.';
const SIM_GLOBALS = [
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask',
  'requestAnimationFrame', 'requestIdleCallback', 'performance', 'crypto', 'WeakRef', 'FinalizationRegistry',
  'process', 'window', 'self', 'document', 'navigator', 'Intl',
];
const SIM_DETERMINISM = {
  'no-restricted-globals': ['error', ...SIM_GLOBALS.map((name) => ({ name, message: `${name}: ${NOT_IN_SIM}` }))],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: `Math.random: ${NOT_IN_SIM} Use world.rng.` },
    { object: 'Date', property: 'now', message: `Date.now: ${NOT_IN_SIM}` },
    { object: 'performance', property: 'now', message: `performance.now: ${NOT_IN_SIM}` },
    { object: 'crypto', property: 'getRandomValues', message: `crypto.getRandomValues: ${NOT_IN_SIM}` },
    { object: 'crypto', property: 'randomUUID', message: `crypto.randomUUID: ${NOT_IN_SIM}` },
    ...SIM_GLOBALS.map((property) => ({ object: 'globalThis', property, message: `globalThis.${property}: ${NOT_IN_SIM}` })),
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `new Date() reads the wall clock: ${NOT_IN_SIM}` },
    { selector: "CallExpression[callee.name='Date']", message: `Date() returns the wall-clock time: ${NOT_IN_SIM}` },
    {
      selector:
        'MemberExpression[property.name=/^(get(Hours|Minutes|Seconds|Milliseconds|Date|Day|Month|FullYear|Year|TimezoneOffset)|toLocale(Date|Time)?String)$/]',
      message: `Local time and locale formats depend on the machine: ${NOT_IN_SIM} Use UTC and leave formatting to the UI.`,
    },
  ],
};

export default defineConfig([
  globalIgnores(['.bench', 'dist', 'coverage', 'playwright-report', 'test-results', 'reports', 'node_modules']),
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['*.config.ts', 'e2e/**', 'tools/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['src/**'], plugins: { 'replica-lab': layerWallsPlugin } },
  ...wallBlocks(),
  { files: ['src/sim/**'], ignores: TEST_FILES, rules: SIM_DETERMINISM },
  {
    // Hard cap per source file (conventions.md §11); tests and e2e specs are exempt.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.spec.ts', 'e2e/**'],
    rules: { 'max-lines': ['error', { max: 500, skipBlankLines: true, skipComments: true }] },
  },
]);
