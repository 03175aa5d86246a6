import { describe, expect, it, vi } from 'vitest';
import type { LabFileData, LoadSource } from '../protocol';
import { RequestRefused } from './bridge';
import { AUTOSAVE_KEY } from './persistence';
import { createRecoveryActions, isRecoveryShown, labFileName } from './recovery';
import { setLocale } from './uiStore';

const FILE: LabFileData = { format: 'replica-lab', version: 1, labId: 'active-passive', seed: 1, startDate: '2026-03-02T08:00:00.000Z', now: 3_661_000 };

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function setup(storage = memoryStorage()) {
  const loads: LoadSource[] = [];
  const saved: { name: string; text: string }[] = [];
  const bridge = {
    load: vi.fn((source: LoadSource) => {
      loads.push(source);
      return Promise.resolve({ labId: 'x', seed: 1, startDate: FILE.startDate });
    }),
    exportLab: vi.fn(() => Promise.resolve(FILE)),
  };
  const actions = createRecoveryActions({ bridge, storage, presetDefaults: { seed: 7 }, saveFile: (name, text) => saved.push({ name, text }) });
  return { actions, loads, saved, bridge };
}

describe('recovery actions', () => {
  it('Start the blank lab loads the blank preset through the normal load path', async () => {
    const { actions, loads } = setup();
    await actions.startBlank();
    expect(loads).toEqual([{ kind: 'preset', presetId: 'blank', seed: 7 }]);
  });

  it('Reload the last good lab loads the autosave as a lab file; without one there is nothing to reload', async () => {
    const empty = setup();
    expect(empty.actions.hasLastGood()).toBe(false);
    await expect(empty.actions.reloadLastGood()).rejects.toThrow('No lab is saved in this browser.');
    expect(empty.loads).toEqual([]);

    const { actions, loads } = setup(memoryStorage({ [AUTOSAVE_KEY]: JSON.stringify(FILE) }));
    expect(actions.hasLastGood()).toBe(true);
    await actions.reloadLastGood();
    expect(loads).toEqual([{ kind: 'file', file: FILE }]);
  });

  it('a refused last good lab says why in the console’s language', async () => {
    const unreadable = setup(memoryStorage({ [AUTOSAVE_KEY]: '{"format":' }));
    expect(unreadable.actions.hasLastGood()).toBe(true);
    await expect(unreadable.actions.reloadLastGood()).rejects.toThrow(/^The lab file was not opened: /);
    expect(unreadable.loads).toEqual([]);

    const { actions, bridge } = setup(memoryStorage({ [AUTOSAVE_KEY]: JSON.stringify(FILE) }));
    bridge.load.mockImplementation(() => Promise.reject(new RequestRefused('refused', { path: 'hosts.0.name', reason: 'required', params: {} })));
    setLocale('fr');
    try {
      await expect(actions.reloadLastGood()).rejects.toThrow(/^Le fichier de laboratoire n.a pas été ouvert : hosts\.0\.name/);
    } finally {
      setLocale('en');
    }
  });

  it('Download the current lab file saves the worker’s export as .json', async () => {
    const { actions, saved } = setup();
    expect(await actions.downloadCurrent()).toBe('replica-lab-active-passive-20260302-090101.json');
    expect(saved).toHaveLength(1);
    expect(JSON.parse(saved[0]?.text ?? '')).toEqual(FILE);
  });

  it('names files safely and tells autosave when the recovery screen is shown', () => {
    expect(labFileName({ labId: 'a/b c', startDate: 'nonsense', now: 0 })).toBe('replica-lab-a_b_c-now.json');
    const { actions } = setup();
    actions.setShown(true);
    expect(isRecoveryShown()).toBe(true);
    actions.setShown(false);
    expect(isRecoveryShown()).toBe(false);
  });
});
