import { defineAction, defineUnavailable } from './define';
import type { Action, ActionContext } from './types';

const onHost = (ctx: ActionContext): boolean => ctx.hostName !== null;

export const connectToServer: Action = defineAction({
  id: 'connectToServer',
  labelKey: 'action.connectToServer',
  run: (_ctx, env) => Promise.resolve(env.openConnectToServer()),
});

export const quickCreate = defineUnavailable('quickCreate', 'action.quickCreate', 'notSimulated', onHost);
export const newVirtualMachine = defineUnavailable('newVirtualMachine', 'action.newVirtualMachine', 'notSimulated', onHost);
export const newHardDisk = defineUnavailable('newHardDisk', 'action.newHardDisk', 'notSimulated', onHost);
export const newFloppyDisk = defineUnavailable('newFloppyDisk', 'action.newFloppyDisk', 'notSimulated', onHost);
export const importVirtualMachine = defineUnavailable('importVirtualMachine', 'action.importVirtualMachine', 'notSimulated', onHost);
export const hyperVSettings: Action = defineAction({
  id: 'hyperVSettings',
  labelKey: 'action.hyperVSettings',
  isVisible: onHost,
  run: (ctx, env) => Promise.resolve(ctx.hostName === null ? undefined : env.openDialog({ kind: 'hyperVSettings', host: ctx.hostName })),
});
export const virtualSwitchManager = defineUnavailable('virtualSwitchManager', 'action.virtualSwitchManager', 'notSimulated', onHost);
export const virtualSanManager = defineUnavailable('virtualSanManager', 'action.virtualSanManager', 'notSimulated', onHost);
export const editDisk = defineUnavailable('editDisk', 'action.editDisk', 'notSimulated', onHost);
export const inspectDisk = defineUnavailable('inspectDisk', 'action.inspectDisk', 'notSimulated', onHost);
export const stopService = defineUnavailable('stopService', 'action.stopService', 'notSimulated', onHost);

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
