import type { UiKey } from '../i18n/ui';
import { defineAction } from './define';
import { replicationItems, replicationStateAllows, type ReplicationItem } from './replicationRules';
import { removeReplicationBox, sendOrExplain, vmRef } from './runners';
import type { DialogRequest } from '../store/dialogStore';
import type { Action, ActionContext, MessageBoxSpec } from './types';

const listed = (item: ReplicationItem) => (ctx: ActionContext) => replicationItems(ctx).includes(item);

type Confirmed = 'stopTestFailover' | 'cancelFailover' | 'removeRecoveryPoints' | 'setAsReplica' | 'continueReplication';

/** An item that asks for confirmation (Yes / No), then sends one command; a refusal opens the error box. */
function confirmsThenSends(
  item: ReplicationItem,
  labelKey: UiKey,
  type: 'Stop-VMFailover' | 'Complete-VMFailover' | 'Set-VMReplication' | 'Resume-VMReplication',
  box: Confirmed,
  extra: { asReplica?: true; continue?: true } = {},
): Action {
  return defineAction({
    id: item,
    labelKey,
    isVisible: listed(item),
    isEnabled: (ctx) => replicationStateAllows(item, ctx),
    run: async (ctx, env) => {
      const ref = vmRef(ctx);
      if ((await env.messageBox(confirmBox(box, ref.vm))) !== 'yes') return;
      await sendOrExplain(env, { type, ...ref, ...extra }, `msgbox.error.${box}`, ref.vm);
    },
  });
}

function confirmBox(box: Confirmed, vm: string): MessageBoxSpec {
  return {
    icon: box === 'setAsReplica' || box === 'continueReplication' ? 'question' : 'warning',
    title: { key: `msgbox.${box}.title` },
    heading: { key: `msgbox.${box}.heading`, params: { vm } },
    body: { key: `msgbox.${box}.body`, params: { vm } },
    buttons: ['yes', 'no'],
    cancel: 'no',
  };
}

/** An item that opens its dialog or wizard for the VM (enabled when the engine state allows it). */
function opens(item: ReplicationItem, labelKey: UiKey, request: (ref: { host: string; vm: string }) => DialogRequest): Action {
  return defineAction({
    id: item,
    labelKey,
    isVisible: listed(item),
    isEnabled: (ctx) => replicationStateAllows(item, ctx),
    run: (ctx, env) => Promise.resolve(env.openDialog(request(vmRef(ctx)))),
  });
}

export const startReplication = opens('startReplication', 'action.startReplication', (ref) => ({ kind: 'startReplication', ...ref }));
export const importInitialReplica = opens('importInitialReplica', 'action.importInitialReplica', (ref) => ({ kind: 'importInitialReplica', ...ref }));
export const plannedFailover = opens('plannedFailover', 'action.plannedFailover', (ref) => ({ kind: 'plannedFailover', ...ref }));
export const failover = opens('failover', 'action.failover', (ref) => ({ kind: 'failover', ...ref }));
export const testFailover = opens('testFailover', 'action.testFailover', (ref) => ({ kind: 'testFailover', ...ref }));
export const stopTestFailover = confirmsThenSends('stopTestFailover', 'action.stopTestFailover', 'Stop-VMFailover', 'stopTestFailover');
export const cancelFailover = confirmsThenSends('cancelFailover', 'action.cancelFailover', 'Stop-VMFailover', 'cancelFailover');
export const removeRecoveryPoints = confirmsThenSends('removeRecoveryPoints', 'action.removeRecoveryPoints', 'Complete-VMFailover', 'removeRecoveryPoints');
/** `Set-VMReplication -AsReplica` on the old primary after an unplanned failover (no Hyper-V Manager item: the lab's). */
export const setAsReplica = confirmsThenSends('setAsReplica', 'action.setAsReplica', 'Set-VMReplication', 'setAsReplica', { asReplica: true });
/** `Resume-VMReplication -Continue` on the middle VM of a chain after its failover (§7; no Hyper-V Manager item is documented: the lab's). */
export const continueReplication = confirmsThenSends('continueReplication', 'action.continueReplication', 'Resume-VMReplication', 'continueReplication', { continue: true });
export const reverseReplication = opens('reverseReplication', 'action.reverseReplication', (ref) => ({ kind: 'enableReplication', mode: 'reverse', ...ref }));
export const extendReplication = opens('extendReplication', 'action.extendReplication', (ref) => ({ kind: 'enableReplication', mode: 'extend', ...ref }));
export const viewReplicationHealth = opens('viewReplicationHealth', 'action.viewReplicationHealth', (ref) => ({ kind: 'replicationHealth', ...ref }));
/** Replication Health on its Extended Replication tab (the middle VM of a chain). */
export const viewExtendedReplicationHealth = opens('viewExtendedReplicationHealth', 'action.viewExtendedReplicationHealth', (ref) => ({
  kind: 'replicationHealth',
  tab: 'extended',
  ...ref,
}));

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

/** `-ReplicationRelationshipType Extended`: the middle VM's relationship to the extended Replica server. */
const EXTENDED = { relationshipType: 'Extended' } as const;

export const pauseExtendedReplication: Action = defineAction({
  id: 'pauseExtendedReplication',
  labelKey: 'action.pauseExtendedReplication',
  isVisible: listed('pauseExtendedReplication'),
  isEnabled: (ctx) => replicationStateAllows('pauseExtendedReplication', ctx),
  run: (ctx, env) => sendOrExplain(env, { type: 'Suspend-VMReplication', ...vmRef(ctx), ...EXTENDED }, 'msgbox.error.pauseReplication', vmRef(ctx).vm),
});

export const resumeExtendedReplication: Action = defineAction({
  id: 'resumeExtendedReplication',
  labelKey: 'action.resumeExtendedReplication',
  isVisible: listed('resumeExtendedReplication'),
  isEnabled: (ctx) => replicationStateAllows('resumeExtendedReplication', ctx),
  run: (ctx, env) => sendOrExplain(env, { type: 'Resume-VMReplication', ...vmRef(ctx), ...EXTENDED }, 'msgbox.error.resumeReplication', vmRef(ctx).vm),
});

export const removeExtendedReplication: Action = defineAction({
  id: 'removeExtendedReplication',
  labelKey: 'action.removeExtendedReplication',
  isVisible: listed('removeExtendedReplication'),
  run: async (ctx, env) => {
    const ref = vmRef(ctx);
    if ((await env.messageBox(removeExtendedReplicationBox(ref.vm))) !== 'yes') return;
    await sendOrExplain(env, { type: 'Remove-VMReplication', ...ref, ...EXTENDED }, 'msgbox.error.removeReplication', ref.vm);
  },
});

function removeExtendedReplicationBox(vm: string): MessageBoxSpec {
  return {
    icon: 'warning',
    title: { key: 'msgbox.removeExtendedReplication.title' },
    heading: { key: 'msgbox.removeExtendedReplication.heading', params: { vm } },
    body: { key: 'msgbox.removeExtendedReplication.body' },
    buttons: ['yes', 'no'],
    cancel: 'no',
  };
}

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
  continueReplication,
  setAsReplica,
  pauseReplication,
  resumeReplication,
  pauseExtendedReplication,
  resumeExtendedReplication,
  extendReplication,
  viewReplicationHealth,
  viewExtendedReplicationHealth,
  removeReplication,
  removeExtendedReplication,
};
