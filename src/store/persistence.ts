import type { InputProblem, LabFileData } from '../protocol';
import { LAB_LIMITS } from '../protocol/labLimits';

/** localStorage key of the autosaved lab. */
export const AUTOSAVE_KEY = 'replica-lab.autosave';
/** Where an autosave that could not be opened is kept (not JSON, or refused by the lab-file checks). */
export const AUTOSAVE_REJECTED_KEY = 'replica-lab.autosave.rejected';
/** Present while the autosave is older than a lab that could not be saved after it. */
export const AUTOSAVE_STALE_KEY = 'replica-lab.autosave.stale';
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
  const saved = inspectAutosave(storage);
  return saved.kind === 'file' ? saved.file : null;
}

/** What the browser holds under {@link AUTOSAVE_KEY}: nothing, a JSON document, or text that cannot be one. */
export type AutosaveRead =
  | { kind: 'none' }
  | { kind: 'file'; file: unknown; text: string }
  | { kind: 'unreadable'; problem: InputProblem; text: string };

/** Reads the autosave as untrusted input: too long or not JSON is `unreadable`, with the problem to show. */
export function inspectAutosave(storage: KeyValueStorage | null): AutosaveRead {
  let text: string | null | undefined;
  try {
    text = storage?.getItem(AUTOSAVE_KEY);
  } catch {
    return { kind: 'none' }; // storage disabled
  }
  if (!text) return { kind: 'none' };
  if (text.length > LAB_LIMITS.fileChars) return { kind: 'unreadable', text, problem: { path: '', reason: 'fileTooLarge', params: { max: LAB_LIMITS.fileChars } } };
  try {
    return { kind: 'file', file: JSON.parse(text) as unknown, text };
  } catch {
    return { kind: 'unreadable', text, problem: { path: '', reason: 'notJson', params: {} } };
  }
}

/**
 * Moves an autosave that could not be opened to {@link AUTOSAVE_REJECTED_KEY} (replacing an older one),
 * so opening `blank` and autosaving it loses nothing. @returns false when storage refused (it then stays
 * where it was).
 */
export function setAsideAutosave(storage: KeyValueStorage | null, text: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(AUTOSAVE_REJECTED_KEY);
    storage.removeItem(AUTOSAVE_KEY);
    storage.setItem(AUTOSAVE_REJECTED_KEY, text);
    return true;
  } catch {
    try {
      storage.setItem(AUTOSAVE_KEY, text);
    } catch {
      // Nothing more can be done; the text was in this page only.
    }
    return false;
  }
}

export function clearAutosave(storage: KeyValueStorage | null): void {
  try {
    storage?.removeItem(AUTOSAVE_KEY);
  } catch {
    // Storage disabled: nothing to clear.
  }
}

/** How a save went: saved, or why not (the previous save is then kept as it was). */
export type AutosaveOutcome = 'saved' | 'tooLarge' | 'full' | 'unavailable';

function isQuotaError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { name, code } = err as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * Saves `file` (null: the worker found it longer than {@link AUTOSAVE_MAX_CHARS}). On failure the previous
 * save is kept, never deleted, and {@link AUTOSAVE_STALE_KEY} records that it is older than the lab that was
 * open, so the next visit says so instead of silently resuming an older lab.
 */
export function storeAutosave(storage: KeyValueStorage | null, file: LabFileData | string | null): AutosaveOutcome {
  if (!storage) return 'unavailable';
  const text = typeof file === 'string' || file === null ? file : JSON.stringify(file);
  let outcome: AutosaveOutcome;
  try {
    if (text === null || text.length > AUTOSAVE_MAX_CHARS) outcome = 'tooLarge';
    else {
      storage.setItem(AUTOSAVE_KEY, text);
      outcome = 'saved';
    }
  } catch (err) {
    outcome = isQuotaError(err) ? 'full' : 'unavailable';
  }
  try {
    if (outcome === 'saved') storage.removeItem(AUTOSAVE_STALE_KEY);
    else if (storage.getItem(AUTOSAVE_KEY)) storage.setItem(AUTOSAVE_STALE_KEY, '1');
  } catch {
    // The marker is best effort (a full storage may refuse even these few bytes).
  }
  return outcome;
}

/** {@link storeAutosave}, true when saved. */
export function writeAutosave(storage: KeyValueStorage | null, file: LabFileData | string | null): boolean {
  return storeAutosave(storage, file) === 'saved';
}

/** True (and forgets it) when the autosave is older than a lab that could not be saved after it. */
export function takeStaleMark(storage: KeyValueStorage | null): boolean {
  try {
    if (!storage?.getItem(AUTOSAVE_STALE_KEY)) return false;
    storage.removeItem(AUTOSAVE_STALE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Simulated time of a saved lab (its start date and `now`), when it has readable ones. */
export interface LabTime {
  startDate: string;
  now: number;
}

export function labTimeOf(file: unknown): LabTime | null {
  if (typeof file !== 'object' || file === null) return null;
  const { startDate, now } = file as { startDate?: unknown; now?: unknown };
  if (typeof startDate !== 'string' || !Number.isFinite(Date.parse(startDate)) || typeof now !== 'number' || !Number.isFinite(now)) return null;
  const at = Date.parse(startDate) + now;
  return Number.isFinite(at) && Math.abs(at) < 8.64e15 ? { startDate, now } : null;
}

/** Simulated time of the autosave without parsing it all (`startDate` and `now` open every export). */
export function savedLabTime(storage: KeyValueStorage | null): LabTime | null {
  let head: string | undefined;
  try {
    head = storage?.getItem(AUTOSAVE_KEY)?.slice(0, 1000);
  } catch {
    return null;
  }
  const startDate = head?.match(/"startDate":"([^"]{1,40})"/)?.[1];
  const now = head?.match(/"now":(-?[\d.e+]{1,24})[,}]/)?.[1];
  return startDate && now ? labTimeOf({ startDate, now: Number(now) }) : null;
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
  /**
   * Told once when a save fails (then again only after a save succeeded, or for another lab when too
   * large); the previous save is kept. `lastSave` is the simulated time of the save that is kept.
   */
  onSaveFailed?(outcome: Exclude<AutosaveOutcome, 'saved'>, lastSave: LabTime | null): void;
  /** Simulated time of the open lab, remembered with each successful save (for onSaveFailed). */
  labTime?(): LabTime | null;
  /** Simulated time of the save already in the browser when autosaving starts (`savedLabTime`). */
  initialSave?: LabTime | null;
  /** True while nothing may be saved (the recovery screen is shown: the last good save must stay). */
  paused?(): boolean;
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
  let lastSave: LabTime | null = deps.initialSave ?? null;
  /** A failure was reported and no save succeeded since (say it once, not every few seconds). */
  let reported = false;
  const failed = (outcome: Exclude<AutosaveOutcome, 'saved'>): void => {
    if (reported) return;
    reported = true;
    deps.onSaveFailed?.(outcome, lastSave);
  };

  const save = async (): Promise<void> => {
    if (deps.paused?.()) return;
    const { seq, generation } = deps.version();
    if (saving || seq === savedSeq || generation === tooLargeGeneration) return;
    if (minLabFileChars(deps.counts()) > AUTOSAVE_MAX_CHARS) {
      // Certain not to fit: no export at all (a 20,000-VM lab is ~80 M characters). The last save stays.
      storeAutosave(deps.storage, null);
      tooLargeGeneration = generation;
      reported = false;
      failed('tooLarge');
      return;
    }
    saving = true;
    try {
      const file = await deps.exportText(AUTOSAVE_MAX_CHARS);
      if (deps.paused?.()) return; // paused while exporting: keep the last good save
      const time = deps.labTime?.() ?? null;
      const outcome = storeAutosave(deps.storage, file);
      if (outcome === 'saved') {
        savedSeq = seq;
        lastSave = time;
        reported = false;
      } else if (outcome === 'tooLarge') {
        tooLargeGeneration = generation;
        reported = false;
        failed(outcome);
      } else failed(outcome);
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
