import type { LabFileData } from '../protocol';

/** localStorage key of the autosaved lab. */
export const AUTOSAVE_KEY = 'replica-lab.autosave';
/** Wall time between autosaves. */
export const AUTOSAVE_INTERVAL_MS = 5_000;
/** Larger lab files are not autosaved (localStorage holds about 5 M characters per site). */
export const AUTOSAVE_MAX_CHARS = 3_000_000;
/**
 * Fewest characters a VM or a replication relationship takes in a lab file (measured: ≈ 830–880 per VM and
 * ≈ 1,070 per relationship as entities, more in a file with their runtime state; halved to stay a lower
 * bound). A lab whose estimate already exceeds {@link AUTOSAVE_MAX_CHARS} is never exported for autosave.
 */
export const MIN_FILE_CHARS_PER_VM = 400;
export const MIN_FILE_CHARS_PER_RELATIONSHIP = 500;

/** A lower bound of a lab file's length from its entity counts (cheap: no export). */
export function minLabFileChars(counts: { vms: number; relationships: number }): number {
  return counts.vms * MIN_FILE_CHARS_PER_VM + counts.relationships * MIN_FILE_CHARS_PER_RELATIONSHIP;
}

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
export function writeAutosave(storage: KeyValueStorage | null, file: LabFileData | string | null): boolean {
  if (!storage) return false;
  const text = typeof file === 'string' || file === null ? file : JSON.stringify(file);
  try {
    if (text === null) throw new Error('too large');
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
  /**
   * The lab file as JSON text, or null when longer than `maxChars`. The page's bridge has the worker
   * serialise it, so a large lab never crosses to the UI thread.
   */
  exportText(maxChars: number): Promise<string | null>;
  /** Entity counts of the open lab; a lab certainly too large to store ({@link minLabFileChars}) is not exported. */
  counts(): { vms: number; relationships: number };
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
    if (minLabFileChars(deps.counts()) > AUTOSAVE_MAX_CHARS) {
      // Certain not to fit: no export at all (a 20,000-VM lab is ~80 M characters).
      clearAutosave(deps.storage);
      tooLargeGeneration = generation;
      return;
    }
    saving = true;
    try {
      const file = await deps.exportText(AUTOSAVE_MAX_CHARS);
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
