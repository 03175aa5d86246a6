import type { UiKey } from '../i18n/ui';
import { defineAction, defineUnavailable } from './define';
import { replicationItems, replicationStateAllows, type ReplicationItem } from './replicationRules';
import { removeReplicationBox, sendOrExplain, vmRef } from './runners';
import type { Action, ActionContext } from './types';

const listed = (item: ReplicationItem) => (ctx: ActionContext) => replicationItems(ctx).includes(item);

/** Dialogs of these items come with the failover and wizard issues: shown, disabled, explained. */
function later(item: ReplicationItem, labelKey: UiKey): Action {
  return defineUnavailable(item, labelKey, 'later', listed(item));
}

export const startReplication = later('startReplication', 'action.startReplication');
export const importInitialReplica = later('importInitialReplica', 'action.importInitialReplica');
export const plannedFailover = later('plannedFailover', 'action.plannedFailover');
export const failover = later('failover', 'action.failover');
export const testFailover = later('testFailover', 'action.testFailover');
export const stopTestFailover = later('stopTestFailover', 'action.stopTestFailover');
export const cancelFailover = later('cancelFailover', 'action.cancelFailover');
export const removeRecoveryPoints = later('removeRecoveryPoints', 'action.removeRecoveryPoints');
export const reverseReplication = later('reverseReplication', 'action.reverseReplication');
export const extendReplication = later('extendReplication', 'action.extendReplication');
export const viewReplicationHealth = later('viewReplicationHealth', 'action.viewReplicationHealth');

export const pauseReplication: Action = defineAction({
  id: 'pauseReplication',
  labelKey: 'action.pauseReplication',
  isVisible: listed('pauseReplication'),
  isEnabled: (ctx) => replicationStateAllows('pauseReplication', ctx),
  run: (ctx, env) => sendOrExplain(env, { type: 'Suspend-VMReplication', ...vmRef(ctx) }, 'msgbox.error.pauseReplication', vmRef(ctx).vm),
});

export const resumeReplication: Action = defineAction({
  id: 'resumeReplication',
  labelKey: 'action.resumeReplication',
  isVisible: listed('resumeReplication'),
  isEnabled: (ctx) => replicationStateAllows('resumeReplication', ctx),
  run: (ctx, env) => sendOrExplain(env, { type: 'Resume-VMReplication', ...vmRef(ctx) }, 'msgbox.error.resumeReplication', vmRef(ctx).vm),
});

export const removeReplication: Action = defineAction({
  id: 'removeReplication',
  labelKey: 'action.removeReplication',
  isVisible: listed('removeReplication'),
  run: async (ctx, env) => {
    const ref = vmRef(ctx);
    if ((await env.messageBox(removeReplicationBox(ref.vm))) !== 'yes') return;
    await sendOrExplain(env, { type: 'Remove-VMReplication', ...ref }, 'msgbox.error.removeReplication', ref.vm);
  },
});

/** Every Replication ▸ action, in display order. */
export const REPLICATION_ACTIONS: Readonly<Record<ReplicationItem, Action>> = {
  startReplication,
  importInitialReplica,
  plannedFailover,
  failover,
  testFailover,
  stopTestFailover,
  cancelFailover,
  removeRecoveryPoints,
  reverseReplication,
  pauseReplication,
  resumeReplication,
  extendReplication,
  viewReplicationHealth,
  removeReplication,
};
