/**
 * The engine's only public surface. Everything else under `src/sim` is internal.
 *
 * @example
 * const engine = createEngine('active-passive', { seed: 1 });
 * engine.advanceTo(3_600_000);           // one simulated hour
 * engine.execute({ type: 'Lab-CrashHost', host: 'HV-1' });
 * const snap = engine.snapshot();
 */
import { Engine } from './engine/engine';
import { buildPreset, isPresetId, type PresetParams } from './labs/presets';
import { exportLab, importLab, LabFileRefused, type LabFile } from './labs/labFile';
import { checkInvariants } from './invariants';

export { Engine } from './engine/engine';
export { PRESET_IDS, isPresetId, LAB_START_DATE, type PresetId, type PresetParams } from './labs/presets';
export { LAB_FILE_VERSION, LabFileRefused, type LabFile } from './labs/labFile';
export { checkLabFile } from './labs/labCheck';
export { measureReplication, type MeasuredReplication } from './health/statistics';
export { checkInvariants } from './invariants';
export { worldReader } from './model/worldReader';

export interface CreateOptions extends PresetParams {
  seed?: number;
}

export const DEFAULT_SEED = 1;

/**
 * Builds a preset lab.
 * @throws Error on an unknown preset id.
 */
export function createEngine(presetId: string, options: CreateOptions = {}): Engine {
  if (!isPresetId(presetId)) throw new Error(`Unknown lab "${presetId}".`);
  return new Engine(buildPreset(presetId, options.seed ?? DEFAULT_SEED, options));
}

/** Saves the whole lab (entities, pending events, random streams) as a JSON-safe object. */
export function saveLab(engine: Engine): LabFile {
  return exportLab(engine.world);
}

/**
 * Restores a lab saved by `saveLab`; the restored engine continues exactly as the original would.
 * @throws LabFileRefused (with the first problem: path and reason) when the input is not a valid lab
 *   file, including one that breaks the engine's invariants.
 */
export function loadLab(file: unknown): Engine {
  const engine = new Engine(importLab(file));
  const broken = checkInvariants(engine)[0];
  if (broken !== undefined) throw new LabFileRefused({ path: '', reason: 'inconsistent', params: { detail: broken } });
  return engine;
}
