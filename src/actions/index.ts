/**
 * The action registry: one entry per Hyper-V Manager action, rendered by the Actions pane, the context
 * menus, the menu bar and the keyboard shortcuts (conventions.md rule 6).
 */
import { actionEnv } from './env';
import type { Action, ActionContext } from './types';

export { buildActionContext, contextFromLab, isReplicated } from './context';
export { actionEnv, configureActionEnv, CONSOLE_EVENTS } from './env';
export { messageBoxStore, showMessageBox, useCurrentMessageBox, type OpenMessageBox } from './messageBox';
export { ACTIONS, FILE_MENU, findShortcut, HELP_MENU, HOST_MENU, LAB_MENU, resolveMenu, ROOT_CONTEXT_MENU, ROOT_PANE_MENU, VIEW_MENU, VM_MENU } from './registry';
export { hasReachableVm, hostReachable } from './vmRules';
export { replicationItems, replicationStateAllows, REPLICATION_ITEMS, type ReplicationItem } from './replicationRules';
export type * from './types';

/**
 * Runs an action if it is visible and enabled for `ctx`; errors are shown by the action itself
 * (message boxes), so the returned promise never rejects.
 */
export async function invokeAction(action: Action, ctx: ActionContext): Promise<void> {
  if (!action.isVisible(ctx) || action.unavailable !== undefined || !action.isEnabled(ctx)) return;
  try {
    await action.run(ctx, actionEnv());
  } catch (err) {
    console.error(`Action "${action.id}" failed.`, err);
  }
}
