import { createEngine, loadLab, saveLab, type Engine } from '../sim';
import type { LabFactory } from './host';

/** Makes labs with the real engine: presets by id, or lab files (the worker and in-memory test labs use it). */
export const engineLabs: LabFactory<Engine> = {
  load: (source) =>
    source.kind === 'preset'
      ? createEngine(source.presetId, { seed: source.seed, hosts: source.hosts, vms: source.vms })
      : loadLab(source.file),
  save: saveLab,
};
