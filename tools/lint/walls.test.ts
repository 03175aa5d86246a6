/**
 * Proof that the walls in eslint.config.js hold: the project's own config lints small snippets as if they were
 * files of each layer. Type-aware rules are switched off (the snippets are in no tsconfig); the walls need no types.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const OURS = /^(replica-lab\/layer-walls|no-restricted-(imports|globals|properties|syntax))$/;
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }] });
});

/** The wall and determinism rules that fire on `code` linted as `file` (relative to the repository root). */
async function fired(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  const messages = result?.messages ?? [];
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${file}: ${fatal.message}`);
  return messages.filter((m) => OURS.test(m.ruleId ?? '')).map((m) => m.ruleId ?? '');
}

const WALL = 'replica-lab/layer-walls';
const PKG = 'no-restricted-imports';

describe('layer walls', { timeout: 60_000 }, () => {
  it.each([
    ['src/actions/probe.ts', "import { removeServer } from '../ui/tree/ConsoleTree';"],
    ['src/actions/probe.ts', "import type { Props } from '../ui/App';"],
    ['src/actions/probe.ts', "import { createEngine } from '../sim';"],
    ['src/actions/probe.ts', "export { x } from '../worker/host';"],
    ['src/store/probe.ts', "import { App } from '../ui/App';"],
    ['src/store/selectors/probe.ts', "import { App } from '../../ui/App';"],
    ['src/store/probe.ts', "const m = import('../ui/App');"],
    ['src/store/probe.ts', "import { run } from '../actions';"],
    ['src/store/probe.ts', "import { createEngine } from '../sim';"],
    ['src/protocol/probe.ts', "import type { World } from '../sim/model/world';"],
    ['src/protocol/probe.ts', "import type { LabMirror } from '../store/labStore';"],
    ['src/protocol/probe.ts', "import { translate } from '../i18n/ui';"],
    ['src/query/probe.ts', "import { labStore } from '../store/labStore';"],
    ['src/flows/probe.ts', "import { labStore } from '../store/labStore';"],
    ['src/worker/probe.ts', "import { labStore } from '../store/labStore';"],
    ['src/worker/probe.ts', "import { App } from '../ui/App';"],
    ['src/worker/probe.ts', "import { translate } from '../i18n/ui';"],
    ['src/sim/probe.ts', "import { uiStore } from '../store/uiStore';"],
    ['src/sim/engine/probe.ts', "import { translate } from '../../i18n/ui';"],
    ['src/sim/probe.test.ts', "import { App } from '../ui/App';"],
    ['src/i18n/probe.ts', "import { uiStore } from '../store/uiStore';"],
    ['src/ui/probe.tsx', "import { createEngine } from '../sim';"],
    ['src/ui/tree/probe.tsx', "import { SimHost } from '../../worker/host';"],
    ['src/ui/probe.test.tsx', "import { createEngine } from '../sim';"],
  ])('%s: %s is refused', async (file, code) => {
    expect(await fired(file, code)).toEqual([WALL]);
  });

  it.each([
    ['src/actions/probe.ts', "import { labStore } from '../store/labStore'; import { finish } from '../flows';"],
    ['src/store/probe.ts', "import { translate } from '../i18n/ui';"], // i18n's ui/ folder is not src/ui
    ['src/i18n/dialogs/probe.ts', "import type { Locale } from '../ui';"],
    ['src/ui/probe.tsx', "import { run } from '../actions'; import { labStore } from '../store/labStore';"],
    ['src/sim/probe.ts', "import type { Vm } from '../protocol'; import { getVMReplication } from '../query';"],
    ['src/worker/probe.ts', "import { createEngine } from '../sim';"],
    ['src/worker/probe.test.ts', "import { applyDelta } from '../store/mirror';"], // tests read back with the store
    ['src/store/testing/probe.ts', "import { SimHost } from '../../worker/host'; import type { Engine } from '../../sim';"],
    ['src/actions/probe.test.ts', "import { createEngine } from '../sim';"],
    ['src/protocol/probe.ts', "import * as z from 'zod/mini';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await fired(file, code)).toEqual([]);
  });

  it.each([
    ['src/sim/probe.ts', "import { useState } from 'react';"],
    ['src/sim/probe.ts', "import { createStore } from 'zustand/vanilla';"],
    ['src/worker/probe.ts', "import { createStore } from 'zustand';"],
    ['src/worker/probe.ts', "import { createRoot } from 'react-dom/client';"],
    ['src/store/probe.ts', "import { useEffect } from 'react';"],
    ['src/actions/probe.ts', "import { DropdownMenu } from 'radix-ui';"],
    ['src/protocol/probe.ts', "import { z } from 'zod';"],
    ['src/query/probe.ts', "import { createStore } from 'zustand';"],
    ['src/i18n/probe.ts', "import { useState } from 'react';"],
  ])('%s: package in %s is refused', async (file, code) => {
    expect(await fired(file, code)).toEqual([PKG]);
  });
});

describe('src/sim is deterministic', { timeout: 60_000 }, () => {
  it.each([
    ['Math.random()', 'no-restricted-properties'],
    ['const { random } = Math;', 'no-restricted-properties'],
    ['Date.now()', 'no-restricted-properties'],
    ['new Date()', 'no-restricted-syntax'],
    ['Date()', 'no-restricted-syntax'],
    ['new Date(0).getHours()', 'no-restricted-syntax'],
    ['(1234.5).toLocaleString()', 'no-restricted-syntax'],
    ['performance.now()', 'no-restricted-globals'],
    ['setTimeout(() => {}, 0)', 'no-restricted-globals'],
    ['setInterval(() => {}, 10)', 'no-restricted-globals'],
    ['queueMicrotask(() => {})', 'no-restricted-globals'],
    ['requestAnimationFrame(() => {})', 'no-restricted-globals'],
    ['crypto.randomUUID()', 'no-restricted-globals'],
    ['globalThis.setTimeout(() => {}, 0)', 'no-restricted-properties'],
    ['new Intl.NumberFormat()', 'no-restricted-globals'],
  ])('%s is refused in src/sim', async (code, rule) => {
    expect(await fired('src/sim/processes/probe.ts', `${code};\n`)).toContain(rule);
  });

  it('crypto.getRandomValues is refused twice over (the global and the property)', async () => {
    expect(await fired('src/sim/probe.ts', 'crypto.getRandomValues(new Uint8Array(4));')).toEqual([
      'no-restricted-globals',
      'no-restricted-properties',
    ]);
  });

  it('converting the lab start date stays allowed', async () => {
    const code = [
      "const start = '2026-03-02T08:00:00.000Z';",
      'export const a = Date.parse(start);',
      'export const b = new Date(start).toISOString();',
      'export const c = Date.UTC(2026, 2, 2) + new Date(a).getUTCHours();',
    ].join('\n');
    expect(await fired('src/sim/model/probe.ts', code)).toEqual([]);
  });

  it('tests and test helpers of src/sim may use timers and wall time', async () => {
    expect(await fired('src/sim/probe.test.ts', 'export const t = Date.now() + Math.random();')).toEqual([]);
    expect(await fired('src/sim/testUtils.ts', 'export const t = performance.now();')).toEqual([]);
  });

  it('the rest of the app may use them', async () => {
    expect(await fired('src/worker/probe.ts', 'export const t = setTimeout(() => Date.now(), 100);')).toEqual([]);
  });
});
