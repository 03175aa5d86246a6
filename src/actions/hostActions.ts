import { defineAction, defineUnavailable } from './define';
import type { Action, ActionContext } from './types';
import { hostReachable } from './vmRules';

const onHost = (ctx: ActionContext): boolean => ctx.hostName !== null;
/**
 * The server's own Hyper-V items need a connection: for a crashed server Hyper-V Manager keeps only
 * Remove Server, Refresh, View and Help (and the lab's tools) beside its connection error.
 */
const onReachableHost = (ctx: ActionContext): boolean => onHost(ctx) && hostReachable(ctx);

export const connectToServer: Action = defineAction({
  id: 'connectToServer',
  labelKey: 'action.connectToServer',
  run: (_ctx, env) => Promise.resolve(env.openConnectToServer()),
});

export const quickCreate = defineUnavailable('quickCreate', 'action.quickCreate', 'notSimulated', onReachableHost);
export const newVirtualMachine = defineUnavailable('newVirtualMachine', 'action.newVirtualMachine', 'notSimulated', onReachableHost);
export const newHardDisk = defineUnavailable('newHardDisk', 'action.newHardDisk', 'notSimulated', onReachableHost);
export const newFloppyDisk = defineUnavailable('newFloppyDisk', 'action.newFloppyDisk', 'notSimulated', onReachableHost);
export const importVirtualMachine: Action = defineAction({
  id: 'importVirtualMachine',
  labelKey: 'action.importVirtualMachine',
  isVisible: onReachableHost,
  run: (ctx, env) => Promise.resolve(ctx.hostName === null ? undefined : env.openDialog({ kind: 'importVm', host: ctx.hostName })),
});
export const hyperVSettings: Action = defineAction({
  id: 'hyperVSettings',
  labelKey: 'action.hyperVSettings',
  isVisible: onReachableHost,
  run: (ctx, env) => Promise.resolve(ctx.hostName === null ? undefined : env.openDialog({ kind: 'hyperVSettings', host: ctx.hostName })),
});
export const virtualSwitchManager = defineUnavailable('virtualSwitchManager', 'action.virtualSwitchManager', 'notSimulated', onReachableHost);
export const virtualSanManager = defineUnavailable('virtualSanManager', 'action.virtualSanManager', 'notSimulated', onReachableHost);
export const editDisk = defineUnavailable('editDisk', 'action.editDisk', 'notSimulated', onReachableHost);
export const inspectDisk = defineUnavailable('inspectDisk', 'action.inspectDisk', 'notSimulated', onReachableHost);
export const stopService = defineUnavailable('stopService', 'action.stopService', 'notSimulated', onReachableHost);

export const removeServer: Action = defineAction({
  id: 'removeServer',
  labelKey: 'action.removeServer',
  isVisible: onHost,
  run: (ctx, env) => Promise.resolve(ctx.hostName === null ? undefined : env.removeServer(ctx.hostName)),
});

export const refresh: Action = defineAction({
  id: 'refresh',
  labelKey: 'action.refresh',
  shortcut: 'F5',
  isVisible: onHost,
  run: (_ctx, env) => Promise.resolve(env.refresh()),
});

export const addRemoveColumns: Action = defineAction({
  id: 'addRemoveColumns',
  labelKey: 'action.addRemoveColumns',
  run: (_ctx, env) => Promise.resolve(env.openColumnsDialog()),
});

export const customize = defineUnavailable('customize', 'action.customize', 'notSimulated');
export const help = defineUnavailable('help', 'action.help', 'notSimulated');
