import type { UiKey } from '../i18n/ui';
import type { Command, CommandResult } from '../protocol';
import type { ActionContext, ActionEnv, MessageBoxSpec } from './types';

/**
 * Sends one command; a rejected command (or a simulation that does not answer) opens Hyper-V Manager's
 * error box with the real error text, never a silent failure.
 */
export async function sendOrExplain(env: ActionEnv, command: Command, headingKey: UiKey, vm: string): Promise<void> {
  let result: CommandResult;
  try {
    result = await env.execute(command);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await env.messageBox(errorBox(headingKey, vm, { raw: message }));
    return;
  }
  if (!result.ok) await env.messageBox(errorBox(headingKey, vm, { error: result.error }));
}

/** {@link sendOrExplain} for a host-level command (the lab's tools). */
export function sendOrExplainHost(env: ActionEnv, command: Command, host: string): Promise<void> {
  return sendOrExplain(env, command, 'lab.error.heading', host);
}

function errorBox(headingKey: UiKey, vm: string, body: MessageBoxSpec['body']): MessageBoxSpec {
  return {
    icon: 'error',
    title: { key: 'msgbox.hyperVManager' },
    heading: { key: headingKey, params: { vm } },
    body,
    buttons: ['close'],
    cancel: 'close',
  };
}

/** The VM a VM action is about (`ctx.vm` is set whenever a VM action is visible). */
export function vmRef(ctx: ActionContext): { host: string; vm: string } {
  if (!ctx.vm) throw new Error('A VM action ran without a VM. Show VM actions only when a VM is selected.');
  return { host: ctx.vm.host, vm: ctx.vm.name };
}

/** Hyper-V Manager's "Turn Off Machine" confirmation. */
export function turnOffBox(vm: string): MessageBoxSpec {
  return {
    icon: 'warning',
    title: { key: 'msgbox.turnOff.title' },
    heading: { key: 'msgbox.turnOff.heading' },
    body: { key: 'msgbox.turnOff.body', params: { vm } },
    buttons: ['turnOff', 'cancel'],
    cancel: 'cancel',
  };
}

/** Hyper-V Manager's "Shut Down Machine" confirmation. */
export function shutDownBox(vm: string): MessageBoxSpec {
  return {
    icon: 'question',
    title: { key: 'msgbox.shutDown.title' },
    heading: { key: 'msgbox.shutDown.heading' },
    body: { key: 'msgbox.shutDown.body', params: { vm } },
    buttons: ['shutDown', 'cancel'],
    cancel: 'cancel',
  };
}

/** Confirmation before removing replication on one side. */
export function removeReplicationBox(vm: string): MessageBoxSpec {
  return {
    icon: 'warning',
    title: { key: 'msgbox.removeReplication.title' },
    heading: { key: 'msgbox.removeReplication.heading', params: { vm } },
    body: { key: 'msgbox.removeReplication.body' },
    buttons: ['yes', 'no'],
    cancel: 'no',
  };
}

/** The About box of the Help menu. */
export function aboutBox(): MessageBoxSpec {
  return {
    icon: 'info',
    title: { key: 'msgbox.about.title' },
    heading: { key: 'msgbox.about.heading' },
    body: { key: 'msgbox.about.body' },
    buttons: ['ok'],
    cancel: 'ok',
  };
}
