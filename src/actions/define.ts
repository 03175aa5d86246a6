import type { UiKey } from '../i18n/ui';
import type { Action, ActionContext, UnavailableReason } from './types';

export const always = (): boolean => true;

/** An action that runs now. */
export function defineAction(def: Omit<Action, 'isVisible' | 'isEnabled'> & Partial<Pick<Action, 'isVisible' | 'isEnabled'>>): Action {
  return { isVisible: always, isEnabled: always, ...def };
}

/**
 * An action Hyper-V Manager has and the lab shows, disabled with `reason` as its tooltip (never a dead
 * button). `allowedByState` keeps the rule the engine state imposes, for when the action runs.
 */
export function defineUnavailable(
  id: string,
  labelKey: UiKey,
  reason: UnavailableReason,
  isVisible: (ctx: ActionContext) => boolean = always,
): Action {
  return {
    id,
    labelKey,
    unavailable: reason,
    isVisible,
    isEnabled: () => false,
    run: () => Promise.resolve(),
  };
}
