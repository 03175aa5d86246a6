import * as consoleActions from './consoleActions';
import * as host from './hostActions';
import * as lab from './labActions';
import { REPLICATION_ACTIONS } from './replicationActions';
import { REPLICATION_ITEMS } from './replicationRules';
import * as vm from './vmActions';
import { always } from './define';
import type { Action, ActionContext, MenuEntry, ResolvedEntry } from './types';

const a = (action: Action): MenuEntry => ({ kind: 'action', action });
const SEP: MenuEntry = { kind: 'separator' };

const VIEW: MenuEntry = { kind: 'submenu', id: 'view', labelKey: 'action.view', isVisible: always, children: [a(host.addRemoveColumns), a(host.customize)] };

/** Actions of the "Hyper-V Manager" root in the Actions pane. */
export const ROOT_PANE_MENU: readonly MenuEntry[] = [a(host.connectToServer), VIEW, a(host.help)];

/** The root node's context menu: Connect to Server… | Help. */
export const ROOT_CONTEXT_MENU: readonly MenuEntry[] = [a(host.connectToServer), SEP, a(host.help)];

/** A server's actions (Actions pane upper section, its context menu), hyperv-manager-ui.md §1.4. */
export const HOST_MENU: readonly MenuEntry[] = [
  a(host.quickCreate),
  { kind: 'submenu', id: 'new', labelKey: 'action.new', isVisible: (ctx) => ctx.hostName !== null, children: [a(host.newVirtualMachine), a(host.newHardDisk), a(host.newFloppyDisk)] },
  SEP,
  a(host.importVirtualMachine),
  SEP,
  a(host.hyperVSettings),
  a(host.virtualSwitchManager),
  a(host.virtualSanManager),
  SEP,
  a(host.editDisk),
  a(host.inspectDisk),
  SEP,
  a(host.stopService),
  a(host.removeServer),
  a(host.refresh),
  SEP,
  VIEW,
  SEP,
  a(host.help),
  SEP,
  { kind: 'submenu', id: 'lab', labelKey: 'lab.menu', isVisible: (ctx) => ctx.hostName !== null, children: [a(lab.firewall), a(lab.crashHost), a(lab.powerOnHost), SEP, a(lab.networkLinks), SEP, a(lab.eventViewer)] },
];

/** A VM's actions (Actions pane lower section, its context menu), hyperv-manager-ui.md §1.5 and §9. */
export const VM_MENU: readonly MenuEntry[] = [
  a(vm.connect),
  SEP,
  a(vm.settings),
  SEP,
  { kind: 'submenu', id: 'replication', labelKey: 'action.replication', isVisible: vm.showsReplicationMenu, children: REPLICATION_ITEMS.map((item) => a(REPLICATION_ACTIONS[item])) },
  SEP,
  a(vm.start),
  a(vm.turnOff),
  a(vm.shutDown),
  a(vm.save),
  SEP,
  a(vm.pause),
  a(vm.resume),
  a(vm.reset),
  SEP,
  a(vm.deleteSavedState),
  SEP,
  a(vm.checkpoint),
  SEP,
  a(vm.move),
  a(vm.exportVm),
  a(vm.rename),
  a(vm.deleteVm),
  SEP,
  a(vm.enableReplication),
  SEP,
  a(vm.vmHelp),
];

/** The menu bar's File menu. */
export const FILE_MENU: readonly MenuEntry[] = [a(consoleActions.addRemoveSnapIn), a(consoleActions.options), SEP, a(consoleActions.exit)];

/** The menu bar's View menu: the grid's columns, and Refresh with a server selected. */
export const VIEW_MENU: readonly MenuEntry[] = [a(host.addRemoveColumns), a(host.customize), SEP, a(host.refresh)];

/** The menu bar's Lab menu: the teaching tools, for the server selected in the tree. */
export const LAB_MENU: readonly MenuEntry[] = [a(lab.firewall), a(lab.crashHost), a(lab.powerOnHost), SEP, a(lab.networkLinks), SEP, a(lab.eventViewer)];

/** The menu bar's Help menu. */
export const HELP_MENU: readonly MenuEntry[] = [a(consoleActions.helpTopics), SEP, a(consoleActions.about)];

/**
 * The entries to show for `ctx`: hidden actions and empty submenus dropped, separators only between groups.
 * @example resolveMenu(VM_MENU, ctx).filter((e) => e.kind === 'action').map((e) => e.id)
 */
export function resolveMenu(entries: readonly MenuEntry[], ctx: ActionContext, path = ''): ResolvedEntry[] {
  const out: ResolvedEntry[] = [];
  entries.forEach((entry, index) => {
    if (entry.kind === 'separator') {
      const last = out[out.length - 1];
      if (last && last.kind !== 'separator') out.push({ kind: 'separator', id: `${path}sep${index}` });
    } else if (entry.kind === 'action') {
      const { action } = entry;
      if (!action.isVisible(ctx)) return;
      const enabled = action.unavailable === undefined && action.isEnabled(ctx);
      out.push({ kind: 'action', id: action.id, labelKey: action.labelKey, shortcut: action.shortcut, enabled, reason: action.unavailable ?? null, action });
    } else if (entry.isVisible(ctx)) {
      const children = resolveMenu(entry.children, ctx, `${path}${entry.id}.`);
      if (children.length > 0) out.push({ kind: 'submenu', id: entry.id, labelKey: entry.labelKey, children });
    }
  });
  while (out[out.length - 1]?.kind === 'separator') out.pop();
  return out;
}

/** Every registered action by id (shortcuts and tests look actions up here). */
export const ACTIONS: Readonly<Record<string, Action>> = Object.fromEntries(
  [...Object.values(consoleActions), ...Object.values(host), ...Object.values(lab), ...Object.values(vm), ...Object.values(REPLICATION_ACTIONS)]
    .filter((value): value is Action => typeof value === 'object' && value !== null && 'run' in value)
    .map((action) => [action.id, action]),
);

/**
 * The enabled action bound to keyboard `shortcut` for the current selection (the VM's menu first, then
 * the server's), or null.
 * @example findShortcut(ctx, 'F5')?.id // 'refresh'
 */
export function findShortcut(ctx: ActionContext, shortcut: string): Action | null {
  for (const menu of [VM_MENU, HOST_MENU, VIEW_MENU]) {
    const hit = flatten(resolveMenu(menu, ctx)).find((e) => e.shortcut === shortcut && e.enabled);
    if (hit) return hit.action;
  }
  return null;
}

function flatten(entries: readonly ResolvedEntry[]): Extract<ResolvedEntry, { kind: 'action' }>[] {
  return entries.flatMap((e) => (e.kind === 'action' ? [e] : e.kind === 'submenu' ? flatten(e.children) : []));
}
