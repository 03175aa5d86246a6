import type { FlowPort } from '../flows';
import { labStore } from '../store/labStore';
import { mirrorReader } from '../store/selectors/labReader';
import { waitForLab } from '../store/waitForLab';
import { actionEnv } from './env';

/**
 * Flows run from the console: commands go through the action environment (so tests can point it at an
 * engine in memory), and the lab is the store's mirror.
 */
export function consoleFlowPort(): FlowPort {
  return {
    execute: (command) => actionEnv().execute(command),
    read: () => mirrorReader(labStore.getState()),
    waitFor: (done, signal) => waitForLab((lab) => done(mirrorReader(lab)), signal),
  };
}
