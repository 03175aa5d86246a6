import { defineAction, defineUnavailable } from './define';
import { aboutBox } from './runners';
import type { Action } from './types';

/** MMC's File menu items (the snap-in console itself is not simulated). */
export const addRemoveSnapIn = defineUnavailable('addRemoveSnapIn', 'menubar.addRemoveSnapIn', 'notSimulated');
export const options = defineUnavailable('options', 'menubar.options', 'notSimulated');
export const exit = defineUnavailable('exit', 'menubar.exit', 'notSimulated');

/** Help menu. */
export const helpTopics = defineUnavailable('helpTopics', 'menubar.helpTopics', 'notSimulated');
export const about: Action = defineAction({
  id: 'about',
  labelKey: 'menubar.about',
  run: async (_ctx, env) => {
    await env.messageBox(aboutBox());
  },
});
