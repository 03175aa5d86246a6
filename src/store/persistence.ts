import type { LabFileData } from '../protocol';

/** localStorage key of the autosaved lab. */
export const AUTOSAVE_KEY = 'replica-lab.autosave';
/** Wall time between autosaves. */
export const AUTOSAVE_INTERVAL_MS = 5_000;
/** Larger lab files are not autosaved (localStorage holds about 5 M characters per site). */
export const AUTOSAVE_MAX_CHARS = 3_000_000;

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The autosaved lab file, or null (none, unreadable or storage unavailable). */
export function readAutosave(storage: KeyValueStorage | null): unknown {
  try {
    const text = storage?.getItem(AUTOSAVE_KEY);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

export function clearAutosave(storage: KeyValueStorage | null): void {
  try {
    storage?.removeItem(AUTOSAVE_KEY);
  } catch {
    // Storage disabled: nothing to clear.
  }
}

/**
 * Saves `file`. @returns false when it is too large or storage refuses it (quota, private mode);
 * an older autosave is then removed, so resuming never brings back a lab older than the one open.
 */
export function writeAutosave(storage: KeyValueStorage | null, file: LabFileData): boolean {
  if (!storage) return false;
  const text = JSON.stringify(file);
  try {
    if (text.length > AUTOSAVE_MAX_CHARS) throw new Error('too large');
    storage.setItem(AUTOSAVE_KEY, text);
    return true;
  } catch {
    clearAutosave(storage);
    return false;
  }
}

export interface AutosaveDeps {
  storage: KeyValueStorage | null;
  exportLab(): Promise<LabFileData>;
  /** Something that changes whenever the lab does (the mirror's seq) and the lab generation. */
  version(): { seq: number; generation: number };
  /** Window-like target for `pagehide` / `visibilitychange`, and the timer functions. */
  target: Pick<Window, 'addEventListener' | 'removeEventListener' | 'setInterval' | 'clearInterval'>;
  isHidden(): boolean;
  intervalMs?: number;
}

/**
 * Autosaves every few seconds of wall time when the lab changed, and when the page is hidden or left
 * (best effort: the export is asynchronous). A lab too large to store is not retried until another
 * lab is loaded. @returns a function that stops autosaving.
 */
export function startAutosave(deps: AutosaveDeps): () => void {
  let savedSeq = -1;
  let tooLargeGeneration = -1;
  let saving = false;

  const save = async (): Promise<void> => {
    const { seq, generation } = deps.version();
    if (saving || seq === savedSeq || generation === tooLargeGeneration) return;
    saving = true;
    try {
      const file = await deps.exportLab();
      if (writeAutosave(deps.storage, file)) savedSeq = seq;
      else tooLargeGeneration = generation;
    } catch {
      // The worker is gone; the last autosave stays as it was.
    } finally {
      saving = false;
    }
  };
  const saveSoon = () => void save();
  const onVisibility = () => {
    if (deps.isHidden()) saveSoon();
  };

  const timer = deps.target.setInterval(saveSoon, deps.intervalMs ?? AUTOSAVE_INTERVAL_MS);
  deps.target.addEventListener('pagehide', saveSoon);
  deps.target.addEventListener('visibilitychange', onVisibility);
  return () => {
    deps.target.clearInterval(timer);
    deps.target.removeEventListener('pagehide', saveSoon);
    deps.target.removeEventListener('visibilitychange', onVisibility);
  };
}
