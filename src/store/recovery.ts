import { problemOf, type LabFileData, type LoadSource } from '../protocol';
import type { Bridge } from './bridge';
import { refusalText } from './labFileNotices';
import { AUTOSAVE_KEY, inspectAutosave } from './persistence';
import { uiStore } from './uiStore';
import { downloadText } from './download';

/**
 * What the recovery screen (the console's error boundary, `src/ui/recovery`) can do. The page builds one
 * with {@link createRecoveryActions}; component tests pass fakes.
 */
export interface RecoveryActions {
  /** Loads the `blank` preset through the normal load path. */
  startBlank(): Promise<void>;
  /** True when this browser holds an autosaved lab (the last lab that drew without a fault). */
  hasLastGood(): boolean;
  /**
   * Loads the autosaved lab through the normal load path. @throws (rejects) when there is none, or with the
   * translated refusal when it cannot be read or the worker refuses it.
   */
  reloadLastGood(): Promise<void>;
  /** Saves the worker's export of the open lab as a `.json` download. @returns the file name. */
  downloadCurrent(): Promise<string>;
  /** Called with true when the recovery screen appears and false when the console comes back. */
  setShown(shown: boolean): void;
}

let shown = false;

/** True while the recovery screen is shown: autosave is paused, so the last good save is not replaced by a faulting lab. */
export function isRecoveryShown(): boolean {
  return shown;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface RecoveryDeps {
  bridge: Pick<Bridge, 'load' | 'exportLab'>;
  storage: KeyValueStorage | null;
  /** Preset options of the blank lab (the URL's seed). */
  presetDefaults?: { seed?: number };
  /** Hands a file to the browser as a download (default: an `<a download>` click). */
  saveFile?(name: string, text: string): void;
}

/** `replica-lab-<labId>-<simulated time>.json`, safe as a file name on every system. */
export function labFileName(file: Pick<LabFileData, 'labId' | 'startDate' | 'now'>): string {
  const start = Date.parse(file.startDate);
  const when = Number.isFinite(start) && Number.isFinite(file.now) ? new Date(start + file.now).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-') : 'now';
  const id = String(file.labId).replace(/[^\w.-]+/g, '_') || 'lab';
  return `replica-lab-${id}-${when}.json`;
}

const saveJson = (name: string, text: string): void => downloadText(name, text, 'application/json');

export function createRecoveryActions(deps: RecoveryDeps): RecoveryActions {
  const { bridge, storage } = deps;
  return {
    startBlank: async () => {
      const source: LoadSource = { kind: 'preset', presetId: 'blank', seed: deps.presetDefaults?.seed };
      await bridge.load(source);
    },
    hasLastGood: () => {
      try {
        return Boolean(storage?.getItem(AUTOSAVE_KEY));
      } catch {
        return false;
      }
    },
    reloadLastGood: async () => {
      const saved = inspectAutosave(storage);
      const refused = (problem: Parameters<typeof refusalText>[1]) => new Error(refusalText(uiStore.getState().locale, problem));
      if (saved.kind === 'none') throw new Error('No lab is saved in this browser.');
      if (saved.kind === 'unreadable') throw refused(saved.problem);
      try {
        await bridge.load({ kind: 'file', file: saved.file });
      } catch (err) {
        const problem = problemOf(err);
        throw problem ? refused(problem) : err;
      }
    },
    downloadCurrent: async () => {
      const file = await bridge.exportLab();
      const name = labFileName(file);
      (deps.saveFile ?? saveJson)(name, JSON.stringify(file, null, 2));
      return name;
    },
    setShown: (value) => {
      shown = value;
    },
  };
}
