import { defineAction } from './define';
import { sendOrExplainHost } from './runners';
import type { Action, ActionContext, MessageBoxSpec } from './types';

/**
 * The lab's teaching tools (not in Hyper-V Manager): the listener firewall rules of a host, cutting a
 * host's power and bringing it back, and the network links between sites. They live in the "Lab" menu
 * and at the end of a host's context menu, so a class can stage a disaster from where it looks.
 */
const hostIs = (power: 'On' | 'Crashed') => (ctx: ActionContext) => ctx.host !== null && ctx.host.power === power;

export const firewall: Action = defineAction({
  id: 'labFirewall',
  labelKey: 'lab.action.firewall',
  isVisible: (ctx) => ctx.hostName !== null,
  isEnabled: hostIs('On'),
  run: (ctx, env) => Promise.resolve(ctx.hostName === null ? undefined : env.openDialog({ kind: 'firewall', host: ctx.hostName })),
});

function crashBox(host: string): MessageBoxSpec {
  return {
    icon: 'warning',
    title: { key: 'lab.crash.title' },
    heading: { key: 'lab.crash.heading', params: { host } },
    body: { key: 'lab.crash.body' },
    buttons: ['yes', 'no'],
    cancel: 'no',
  };
}

export const crashHost: Action = defineAction({
  id: 'labCrashHost',
  labelKey: 'lab.action.crashHost',
  isVisible: hostIs('On'),
  run: async (ctx, env) => {
    const host = ctx.hostName;
    if (host === null || (await env.messageBox(crashBox(host))) !== 'yes') return;
    await sendOrExplainHost(env, { type: 'Lab-CrashHost', host }, host);
  },
});

export const powerOnHost: Action = defineAction({
  id: 'labPowerOnHost',
  labelKey: 'lab.action.powerOnHost',
  isVisible: hostIs('Crashed'),
  run: (ctx, env) => (ctx.hostName === null ? Promise.resolve() : sendOrExplainHost(env, { type: 'Lab-PowerOnHost', host: ctx.hostName }, ctx.hostName)),
});

export const networkLinks: Action = defineAction({
  id: 'labNetworkLinks',
  labelKey: 'lab.action.networkLinks',
  run: (_ctx, env) => Promise.resolve(env.openDialog({ kind: 'networkLinks' })),
});

/**
 * Event Viewer on the selected server (a separate MMC console in Windows, eventvwr.msc; the lab opens it
 * as a window of the console, on Hyper-V-VMMS ▸ Admin).
 */
export const eventViewer: Action = defineAction({
  id: 'labEventViewer',
  labelKey: 'lab.action.eventViewer',
  isVisible: (ctx) => ctx.hostName !== null,
  run: (ctx, env) => Promise.resolve(ctx.hostName === null ? undefined : env.openDialog({ kind: 'eventViewer', host: ctx.hostName })),
});
