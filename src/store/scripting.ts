import { isSpeed, parseDuration, type LabFileData, type LoadSource } from '../protocol';
import { labFileCapsProblem } from '../protocol/labLimits';
import { RequestRefused, type Bridge } from './bridge';
import { refusedLoad } from './labFileNotices';
import { buildLabState, simulatedIso, type LabState } from './selectors/labState';

/** Options of `load()` for a preset: the seed and, for `scale`, the size. */
export interface LoadOptions {
  seed?: number;
  hosts?: number;
  vms?: number;
}

/**
 * `window.replicaLab`: the public scripting API (architecture.md, "Scripting and testing contract").
 * Every call returns a promise that resolves once the page shows the resulting state.
 */
export interface ReplicaLabApi {
  /** Resolves when the first lab is loaded and drawn. */
  ready(): Promise<void>;
  /** Runs simulated time forward ("30s", "15m", "1h", "2d", "1h30m" or milliseconds). @returns the new now(). */
  advance(duration: string | number): Promise<string>;
  /** 0 (paused), 1, 10, 60, 600 or 3600 simulated seconds per real second. */
  setSpeed(speed: number): Promise<void>;
  pause(): Promise<void>;
  /** Resumes at the last non-zero speed (1× by default). */
  play(): Promise<void>;
  /** Simulated time, ISO 8601. */
  now(): Promise<string>;
  /** Loads a preset by id (seed from `options`, else `?seed=`, else 1) or a lab file from `export()`. */
  load(presetIdOrLabFile: string | LabFileData, options?: LoadOptions): Promise<void>;
  /** The whole lab as a JSON lab file. */
  export(): Promise<LabFileData>;
  /** A read-only, JSON-serialisable snapshot of the lab (see {@link LabState}). */
  state(): Promise<LabState>;
}

export interface ScriptingDeps {
  bridge: Bridge;
  /** Settles when the first lab is open (the boot sequence). */
  booted: Promise<void>;
  /** Resolves after the UI has committed and painted what the store holds now. */
  afterPaint(): Promise<void>;
  /** Preset options used when `load(id)` is called without any (from the URL). */
  presetDefaults: LoadOptions;
  /**
   * Settles once actions the user has just chosen have sent their commands. Menus run their action on a
   * 0-ms timer (after the menu closes), so by default: one timer turn. Without it, a script that clicks
   * "Power On Host" and then calls `advance()` could have its advance reach the worker first.
   */
  actionsSent?: () => Promise<void>;
}

const nextTimerTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Builds the API object; `installScripting` puts it on `window`. */
export function createReplicaLabApi(deps: ScriptingDeps): ReplicaLabApi {
  const { bridge } = deps;
  const lab = () => bridge.store.getState();
  /** Waits for boot and for the commands of actions just chosen, runs `step` (which resolves once the store holds its effect), then for the paint. */
  const actionsSent = deps.actionsSent ?? nextTimerTurn;
  const settled = async <T>(step: () => Promise<T>): Promise<T> => {
    await deps.booted;
    await actionsSent();
    const value = await step();
    await deps.afterPaint();
    return value;
  };

  return {
    ready: () => settled(() => Promise.resolve()),
    advance: (duration) =>
      settled(async () => {
        await bridge.advance(parseDuration(duration));
        return simulatedIso(lab().startDate, lab().now);
      }),
    setSpeed: (speed) =>
      settled(async () => {
        if (!isSpeed(speed)) throw new Error(`Invalid speed ${String(speed)}: use 0 (paused), 1, 10, 60, 600 or 3600.`);
        await bridge.setSpeed(speed);
      }),
    pause: () => settled(async () => void (await bridge.pause())),
    play: () => settled(async () => void (await bridge.play())),
    now: () => settled(() => Promise.resolve(simulatedIso(lab().startDate, lab().now))),
    load: (what, options) =>
      settled(async () => {
        try {
          // Over the caps: refused here, before the whole file is copied to the worker.
          const capped = typeof what === 'string' ? null : labFileCapsProblem(what);
          if (capped) throw new RequestRefused('The lab file is over the caps.', capped);
          await bridge.load(loadSource(what, options ?? deps.presetDefaults));
        } catch (err) {
          // A refused lab file: a notice on the page, and an Error saying where and why in the console's language.
          throw refusedLoad(err);
        }
      }),
    export: () => settled(() => bridge.exportLab()),
    state: () => settled(() => Promise.resolve(buildLabState(lab()))),
  };
}

function loadSource(what: string | LabFileData, options: LoadOptions): LoadSource {
  if (typeof what === 'string') return { kind: 'preset', presetId: what, ...options };
  return { kind: 'file', file: what };
}

/** Resolves after two animation frames: React has committed the store's update and the browser painted it. */
export function afterNextPaint(win: Pick<Window, 'requestAnimationFrame' | 'setTimeout'>, doc?: Pick<Document, 'visibilityState'>): Promise<void> {
  // Hidden pages get no animation frames; a macrotask still lets React commit.
  if (doc?.visibilityState === 'hidden') return new Promise((resolve) => win.setTimeout(resolve, 0));
  return new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));
}

declare global {
  interface Window {
    /** Scripting API for tests and scenarios (see README, "Scripting scenarios"). */
    replicaLab: ReplicaLabApi;
  }
}
