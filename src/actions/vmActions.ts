import { isReplicated } from './context';
import { defineAction, defineUnavailable } from './define';
import { sendOrExplain, shutDownBox, turnOffBox, vmRef } from './runners';
import { hasReachableVm, isSettled, powerItemShown, type PowerItem } from './vmRules';
import type { Action, ActionContext } from './types';

const hasVm = hasReachableVm;
const shown = (item: PowerItem) => (ctx: ActionContext) => powerItemShown(item, ctx);

export const connect = defineUnavailable('connect', 'action.connect', 'notSimulated', hasVm);
export const settings: Action = defineAction({
  id: 'settings',
  labelKey: 'action.settings',
  isVisible: hasVm,
  run: (ctx, env) => Promise.resolve(env.openDialog({ kind: 'vmSettings', ...vmRef(ctx) })),
});

export const start: Action = defineAction({
  id: 'start',
  labelKey: 'action.start',
  isVisible: shown('start'),
  run: (ctx, env) => sendOrExplain(env, { type: 'Start-VM', ...vmRef(ctx) }, 'msgbox.error.start', vmRef(ctx).vm),
});

export const turnOff: Action = defineAction({
  id: 'turnOff',
  labelKey: 'action.turnOff',
  isVisible: shown('turnOff'),
  run: async (ctx, env) => {
    const ref = vmRef(ctx);
    if ((await env.messageBox(turnOffBox(ref.vm))) !== 'turnOff') return;
    await sendOrExplain(env, { type: 'Stop-VM', turnOff: true, ...ref }, 'msgbox.error.changeState', ref.vm);
  },
});

export const shutDown: Action = defineAction({
  id: 'shutDown',
  labelKey: 'action.shutDown',
  isVisible: shown('shutDown'),
  run: async (ctx, env) => {
    const ref = vmRef(ctx);
    if ((await env.messageBox(shutDownBox(ref.vm))) !== 'shutDown') return;
    await sendOrExplain(env, { type: 'Stop-VM', ...ref }, 'msgbox.error.changeState', ref.vm);
  },
});

export const save: Action = defineAction({
  id: 'save',
  labelKey: 'action.save',
  isVisible: shown('save'),
  run: (ctx, env) => sendOrExplain(env, { type: 'Save-VM', ...vmRef(ctx) }, 'msgbox.error.changeState', vmRef(ctx).vm),
});

export const pause: Action = defineAction({
  id: 'pause',
  labelKey: 'action.pause',
  isVisible: shown('pause'),
  run: (ctx, env) => sendOrExplain(env, { type: 'Suspend-VM', ...vmRef(ctx) }, 'msgbox.error.changeState', vmRef(ctx).vm),
});

export const resume: Action = defineAction({
  id: 'resume',
  labelKey: 'action.resume',
  isVisible: shown('resume'),
  run: (ctx, env) => sendOrExplain(env, { type: 'Resume-VM', ...vmRef(ctx) }, 'msgbox.error.changeState', vmRef(ctx).vm),
});

export const reset = defineUnavailable('reset', 'action.reset', 'notSimulated', shown('reset'));
export const deleteSavedState = defineUnavailable('deleteSavedState', 'action.deleteSavedState', 'notSimulated', shown('deleteSavedState'));
export const checkpoint = defineUnavailable('checkpoint', 'action.checkpoint', 'notSimulated', isSettled);
/** Move… opens the Move Wizard (storage move only; live migration shows, not simulated). */
export const move: Action = defineAction({
  id: 'move',
  labelKey: 'action.move',
  isVisible: hasVm,
  run: (ctx, env) => Promise.resolve(env.openDialog({ kind: 'move', ...vmRef(ctx) })),
});
/** Export… opens the Export dialog (Export-VM). */
export const exportVm: Action = defineAction({
  id: 'export',
  labelKey: 'action.export',
  isVisible: hasVm,
  run: (ctx, env) => Promise.resolve(env.openDialog({ kind: 'exportVm', ...vmRef(ctx) })),
});
export const rename = defineUnavailable('rename', 'action.rename', 'notSimulated', hasVm);
export const deleteVm = defineUnavailable('delete', 'action.delete', 'notSimulated', shown('delete'));

/** Offered on VMs that are not replicated; once enabled, Replication ▸ replaces it (§1.5). */
export const enableReplication: Action = defineAction({
  id: 'enableReplication',
  labelKey: 'action.enableReplication',
  isVisible: (ctx) => hasReachableVm(ctx) && ctx.role === 'None',
  run: (ctx, env) => Promise.resolve(env.openDialog({ kind: 'enableReplication', mode: 'enable', ...vmRef(ctx) })),
});

export const vmHelp = defineUnavailable('vmHelp', 'action.help', 'notSimulated', hasVm);

/** Replication ▸ is shown on every replicated VM (of a server the console can reach). */
export const showsReplicationMenu = (ctx: ActionContext): boolean => hasReachableVm(ctx) && isReplicated(ctx);
