import { describe, expect, it, vi } from 'vitest';
import type { LabFileData } from '../protocol';
import {
  AUTOSAVE_KEY,
  AUTOSAVE_MAX_CHARS,
  AUTOSAVE_REJECTED_KEY,
  AUTOSAVE_STALE_KEY,
  inspectAutosave,
  minLabFileChars,
  readAutosave,
  savedLabTime,
  setAsideAutosave,
  startAutosave,
  storeAutosave,
  takeStaleMark,
  writeAutosave,
} from './persistence';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const FILE: LabFileData = { format: 'replica-lab', version: 1, labId: 'blank', seed: 1, startDate: '2026-03-02T08:00:00.000Z', now: 0 };

describe('autosave storage', () => {
  it('round-trips a lab file and tolerates garbage', () => {
    const storage = memoryStorage();
    expect(readAutosave(storage)).toBeNull();
    expect(writeAutosave(storage, FILE)).toBe(true);
    expect(readAutosave(storage)).toEqual(FILE);
    storage.setItem(AUTOSAVE_KEY, '{not json');
    expect(readAutosave(storage)).toBeNull();
    expect(readAutosave(null)).toBeNull();
  });

  it('keeps the old autosave when the lab is too large or storage refuses it, and marks it older', () => {
    const storage = memoryStorage();
    writeAutosave(storage, FILE);
    expect(storeAutosave(storage, { ...FILE, padding: 'x'.repeat(AUTOSAVE_MAX_CHARS) } as LabFileData)).toBe('tooLarge');
    expect(readAutosave(storage)).toEqual(FILE);
    expect(storage.data.get(AUTOSAVE_STALE_KEY)).toBe('1');
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const full = Object.assign(storage, { setItem: (k: string, v: string) => (k === AUTOSAVE_KEY ? (() => { throw quota; })() : void storage.data.set(k, v)) });
    expect(storeAutosave(full, { ...FILE, now: 5 })).toBe('full');
    expect(readAutosave(full)).toEqual(FILE);
    const disabled = { ...memoryStorage(), setItem: () => { throw new Error('SecurityError'); } };
    expect(storeAutosave(disabled, FILE)).toBe('unavailable');
    expect(storeAutosave(null, FILE)).toBe('unavailable');
    expect(takeStaleMark(full)).toBe(true);
    expect(takeStaleMark(full)).toBe(false);
  });

  it('reads an autosave as untrusted input: not JSON or too long is unreadable, with the problem', () => {
    const storage = memoryStorage();
    expect(inspectAutosave(storage)).toEqual({ kind: 'none' });
    storage.setItem(AUTOSAVE_KEY, '{not json');
    expect(inspectAutosave(storage)).toEqual({ kind: 'unreadable', text: '{not json', problem: { path: '', reason: 'notJson', params: {} } });
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(FILE));
    expect(inspectAutosave(storage)).toMatchObject({ kind: 'file', file: FILE });
    expect(savedLabTime(storage)).toEqual({ startDate: FILE.startDate, now: 0 });
  });

  it('keeps a refused autosave aside under its own key', () => {
    const storage = memoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{not json');
    expect(setAsideAutosave(storage, '{not json')).toBe(true);
    expect(storage.data.get(AUTOSAVE_REJECTED_KEY)).toBe('{not json');
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false);
    const refusing = { ...memoryStorage(), setItem: () => { throw new Error('full'); } };
    refusing.data.set(AUTOSAVE_KEY, 'x');
    expect(setAsideAutosave(refusing, 'x')).toBe(false);
  });
});

describe('startAutosave', () => {
  it('saves on its interval only when the lab changed, and on pagehide', async () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      const target = new EventTarget();
      let seq = 1;
      const exportLab = vi.fn((maxChars: number) => {
        const text = JSON.stringify({ ...FILE, now: seq });
        return Promise.resolve(text.length > maxChars ? null : text);
      });
      const stop = startAutosave({
        storage,
        exportText: exportLab,
        counts: () => ({ vms: 4, relationships: 0 }),
        version: () => ({ seq, generation: 1 }),
        target: Object.assign(target, { setInterval, clearInterval }),
        isHidden: () => false,
        intervalMs: 1_000,
      });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(exportLab).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(3_000);
      expect(exportLab).toHaveBeenCalledTimes(1); // unchanged lab: no export
      seq = 2;
      target.dispatchEvent(new Event('pagehide'));
      await vi.advanceTimersByTimeAsync(0);
      expect(exportLab).toHaveBeenCalledTimes(2);
      expect(readAutosave(storage)).toMatchObject({ now: 2 });
      stop();
      seq = 3;
      await vi.advanceTimersByTimeAsync(5_000);
      expect(exportLab).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves nothing while paused (the recovery screen keeps the last good save), even an export already running', async () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      const target = new EventTarget();
      let seq = 1;
      let paused = false;
      let finishExport: (text: string) => void = () => undefined;
      const exportLab = vi.fn(() => new Promise<string | null>((resolve) => (finishExport = resolve)));
      const stop = startAutosave({
        storage,
        exportText: exportLab,
        counts: () => ({ vms: 4, relationships: 0 }),
        version: () => ({ seq, generation: 1 }),
        target: Object.assign(target, { setInterval, clearInterval }),
        isHidden: () => false,
        paused: () => paused,
        intervalMs: 1_000,
      });
      await vi.advanceTimersByTimeAsync(1_000);
      finishExport(JSON.stringify({ ...FILE, now: 1 }));
      await vi.advanceTimersByTimeAsync(0);
      expect(readAutosave(storage)).toMatchObject({ now: 1 });

      seq = 2;
      await vi.advanceTimersByTimeAsync(1_000); // export of the lab at seq 2 starts…
      paused = true; // …then the console faults
      finishExport(JSON.stringify({ ...FILE, now: 2 }));
      await vi.advanceTimersByTimeAsync(0);
      target.dispatchEvent(new Event('pagehide'));
      await vi.advanceTimersByTimeAsync(3_000);
      expect(exportLab).toHaveBeenCalledTimes(2);
      expect(readAutosave(storage)).toMatchObject({ now: 1 });

      paused = false;
      await vi.advanceTimersByTimeAsync(1_000);
      finishExport(JSON.stringify({ ...FILE, now: 2 }));
      await vi.advanceTimersByTimeAsync(0);
      expect(readAutosave(storage)).toMatchObject({ now: 2 });
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('never exports a lab certain to be too large; keeps the older autosave and says so once', async () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      writeAutosave(storage, FILE);
      const target = new EventTarget();
      let seq = 1;
      let generation = 1;
      let counts = { vms: 20_000, relationships: 10_000 };
      expect(minLabFileChars(counts)).toBeGreaterThan(AUTOSAVE_MAX_CHARS);
      const exportText = vi.fn(() => Promise.resolve(JSON.stringify({ ...FILE, now: 9 })));
      const onSaveFailed = vi.fn();
      const stop = startAutosave({
        storage,
        exportText,
        counts: () => counts,
        version: () => ({ seq, generation }),
        target: Object.assign(target, { setInterval, clearInterval }),
        isHidden: () => false,
        intervalMs: 1_000,
        onSaveFailed,
        initialSave: { startDate: FILE.startDate, now: 0 },
      });
      await vi.advanceTimersByTimeAsync(1_000);
      seq = 2;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(exportText).not.toHaveBeenCalled();
      expect(readAutosave(storage)).toEqual(FILE);
      expect(onSaveFailed).toHaveBeenCalledTimes(1);
      expect(onSaveFailed).toHaveBeenCalledWith('tooLarge', { startDate: FILE.startDate, now: 0 });
      // Another, small lab is saved again.
      counts = { vms: 4, relationships: 0 };
      generation = 2;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(exportText).toHaveBeenCalledTimes(1);
      expect(readAutosave(storage)).toEqual({ ...FILE, now: 9 });
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says once that storage is full, keeps the last save, and says it again only after a save worked', async () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      writeAutosave(storage, FILE);
      let refuse = true;
      const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      const setItem = storage.setItem;
      storage.setItem = (k: string, v: string) => {
        if (refuse && k === AUTOSAVE_KEY) throw quota;
        setItem(k, v);
      };
      let seq = 1;
      const onSaveFailed = vi.fn();
      const stop = startAutosave({
        storage,
        exportText: () => Promise.resolve(JSON.stringify({ ...FILE, now: seq })),
        counts: () => ({ vms: 4, relationships: 0 }),
        version: () => ({ seq, generation: 1 }),
        target: Object.assign(new EventTarget(), { setInterval, clearInterval }),
        isHidden: () => false,
        intervalMs: 1_000,
        onSaveFailed,
        labTime: () => ({ startDate: FILE.startDate, now: seq }),
        initialSave: { startDate: FILE.startDate, now: 0 },
      });
      for (let i = 0; i < 5; i++) {
        seq++;
        await vi.advanceTimersByTimeAsync(1_000);
      }
      expect(onSaveFailed).toHaveBeenCalledTimes(1);
      expect(onSaveFailed).toHaveBeenCalledWith('full', { startDate: FILE.startDate, now: 0 });
      expect(readAutosave(storage)).toEqual(FILE);
      refuse = false;
      seq++;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(readAutosave(storage)).toEqual({ ...FILE, now: seq });
      expect(storage.data.has(AUTOSAVE_STALE_KEY)).toBe(false);
      refuse = true;
      const savedAt = seq;
      seq++;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(onSaveFailed).toHaveBeenCalledTimes(2);
      expect(onSaveFailed).toHaveBeenLastCalledWith('full', { startDate: FILE.startDate, now: savedAt });
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops exporting a lab the worker found too large until another lab is loaded', async () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      const target = new EventTarget();
      let seq = 1;
      const exportText = vi.fn(() => Promise.resolve(null));
      const stop = startAutosave({
        storage,
        exportText,
        counts: () => ({ vms: 2_000, relationships: 1_000 }),
        version: () => ({ seq, generation: 1 }),
        target: Object.assign(target, { setInterval, clearInterval }),
        isHidden: () => false,
        intervalMs: 1_000,
      });
      await vi.advanceTimersByTimeAsync(1_000);
      seq = 2;
      await vi.advanceTimersByTimeAsync(2_000);
      expect(exportText).toHaveBeenCalledTimes(1);
      expect(exportText).toHaveBeenCalledWith(AUTOSAVE_MAX_CHARS);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
