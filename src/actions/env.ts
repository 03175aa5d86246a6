import type { Command, CommandResult } from '../protocol';
import { simControl } from '../store/bridge';
import { openColumnsDialog } from '../store/columnsStore';
import { openDialog } from '../store/dialogStore';
import { labStore } from '../store/labStore';
import { uiStore } from '../store/uiStore';
import { removeServer } from '../store/serverList';
import { showMessageBox } from './messageBox';
import type { ActionEnv } from './types';

/** Refresh: the store is always current, so re-apply the selection and drop a VM that no longer exists. */
function refresh(): void {
  const { selectedVm } = uiStore.getState();
  if (selectedVm !== null && !labStore.getState().vms[selectedVm]) uiStore.setState({ selectedVm: null });
}

/**
 * Sends a command; a simulation that cannot answer (worker stopped, engine fault) gives an ordinary refusal
 * instead of a rejected promise, so every dialog shows it where the user looks and leaves its busy state.
 */
async function answerAlways(command: Command): Promise<CommandResult> {
  try {
    return await simControl.execute(command);
  } catch (err) {
    return { ok: false, error: { code: 'SimulationUnavailable', params: { message: err instanceof Error ? err.message : String(err) } } };
  }
}

/** Events the console raises for dialogs owned by other features (they listen on `window`). */
export const CONSOLE_EVENTS = {
  /** Kept for listeners written before `openColumnsDialog` was committed; the registry now calls it directly. */
  openColumns: 'replica-lab:open-columns',
  connectToServer: 'replica-lab:connect-to-server',
} as const;

function raise(name: string): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(name));
}

const defaults: ActionEnv = {
  execute: answerAlways,
  messageBox: showMessageBox,
  // Remove Server hides the host from the console tree (the tree's own helper); the lab keeps running it.
  removeServer: (host) => removeServer(host),
  refresh,
  openColumnsDialog,
  openConnectToServer: () => raise(CONSOLE_EVENTS.connectToServer),
  openDialog,
};

let current: ActionEnv = defaults;

/** The environment actions run in. */
export function actionEnv(): ActionEnv {
  return current;
}

/**
 * Replaces parts of the environment (tests send commands to an in-memory lab); returns a restore function.
 * @example const restore = configureActionEnv({ execute: (c) => lab.bridge.execute(c) });
 */
export function configureActionEnv(overrides: Partial<ActionEnv>): () => void {
  const previous = current;
  current = { ...current, ...overrides };
  return () => {
    current = previous;
  };
}
