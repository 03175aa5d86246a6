import { describe, expect, it, vi } from 'vitest';
import type { LabFileData } from '../protocol';
import { AUTOSAVE_KEY, AUTOSAVE_MAX_CHARS, readAutosave, startAutosave, writeAutosave } from './persistence';

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
      const exportLab = vi.fn(() => Promise.resolve({ ...FILE, now: seq }));
      const stop = startAutosave({
        storage,
        exportLab,
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
});
