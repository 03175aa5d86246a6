import { describe, expect, it, vi } from 'vitest';
import type { LabFileData } from '../protocol';
import { AUTOSAVE_KEY, AUTOSAVE_MAX_CHARS, minLabFileChars, readAutosave, startAutosave, writeAutosave } from './persistence';

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

  it('drops the old autosave when the lab is too large or storage refuses it', () => {
    const storage = memoryStorage();
    writeAutosave(storage, FILE);
    expect(writeAutosave(storage, { ...FILE, padding: 'x'.repeat(AUTOSAVE_MAX_CHARS) } as LabFileData)).toBe(false);
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false);
    const full = { ...memoryStorage(), setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(writeAutosave(full, FILE)).toBe(false);
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

  it('never exports a lab certain to be too large, and drops the older autosave', async () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      writeAutosave(storage, FILE);
      const target = new EventTarget();
      let seq = 1;
      let generation = 1;
      let counts = { vms: 20_000, relationships: 10_000 };
      expect(minLabFileChars(counts)).toBeGreaterThan(AUTOSAVE_MAX_CHARS);
      const exportText = vi.fn(() => Promise.resolve(JSON.stringify(FILE)));
      const stop = startAutosave({
        storage,
        exportText,
        counts: () => counts,
        version: () => ({ seq, generation }),
        target: Object.assign(target, { setInterval, clearInterval }),
        isHidden: () => false,
        intervalMs: 1_000,
      });
      await vi.advanceTimersByTimeAsync(1_000);
      seq = 2;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(exportText).not.toHaveBeenCalled();
      expect(storage.data.has(AUTOSAVE_KEY)).toBe(false);
      // Another, small lab is saved again.
      counts = { vms: 4, relationships: 0 };
      generation = 2;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(exportText).toHaveBeenCalledTimes(1);
      expect(readAutosave(storage)).toEqual(FILE);
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
