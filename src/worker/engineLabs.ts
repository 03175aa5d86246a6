import { checkInvariants, createEngine, loadLab, saveLab, type Engine } from '../sim';
import type { LabFactory } from './host';

/**
 * Development builds check the engine's invariants after every command (architecture: "checked by tests,
 * and after every command in development builds") and report a violation loudly in the console.
 */
function withInvariantChecks(engine: Engine): Engine {
  if (!import.meta.env.DEV) return engine;
  const execute = engine.execute.bind(engine);
  engine.execute = (command) => {
    const result = execute(command);
    const problems = checkInvariants(engine);
    // `command` is whatever arrived (the engine refuses malformed ones): name it without trusting its shape.
    const type = typeof command === 'object' && command !== null ? String((command as { type?: unknown }).type) : String(command);
    if (problems.length > 0) console.error(`[replica-lab] invariants broken after ${type}:`, problems);
    return result;
  };
  return engine;
}

/** Makes labs with the real engine: presets by id, or lab files (the worker and in-memory test labs use it). */
export const engineLabs: LabFactory<Engine> = {
  load: (source) =>
    withInvariantChecks(
      source.kind === 'preset'
        ? createEngine(source.presetId, { seed: source.seed, hosts: source.hosts, vms: source.vms })
        : loadLab(source.file),
    ),
  save: saveLab,
};
