import type { Locale, UiKey } from '../i18n/ui';
import type { Command, CommandResult, Host, Relationship, ReplicationMode, ReplicationState, SimError, Vm } from '../protocol';
import type { DialogRequest } from '../store/dialogStore';

/**
 * The role a VM plays in replication: its `ReplicationMode`, from the query layer. The middle VM of a chain
 * (A → B → C) is a `Replica` whose `outgoing` relationship is the extended one.
 */
export type VmRole = ReplicationMode;

/** Everything an action needs to decide whether it shows, whether it is enabled and what it runs. */
export interface ActionContext {
  locale: Locale;
  /** Host selected in the console tree (null: the "Hyper-V Manager" root). */
  hostName: string | null;
  host: Host | null;
  /** The VM the action is about (selected VM, or the VM of a context menu). */
  vm: Vm | null;
  role: VmRole;
  /** State of the VM's own side of its own relationship ("Disabled" when not replicated). */
  replicationState: ReplicationState;
  /** Relationship the VM receives (replica side), if any. */
  incoming: Relationship | null;
  /** Relationship the VM sends (primary side, or the extended one of a chain's middle VM), if any. */
  outgoing: Relationship | null;
}

/** Why an action is shown but disabled (its tooltip). */
export type UnavailableReason = 'notSimulated' | 'later';

/** Buttons of a message box; the first is the default, `cancel` answers Escape. */
export type MessageBoxButton = 'ok' | 'close' | 'cancel' | 'yes' | 'no' | 'turnOff' | 'shutDown';

/** A line of message-box text: a console string, or an engine error translated with `formatError`. */
export type MessageText = { key: UiKey; params?: Record<string, string | number> } | { error: SimError } | { raw: string };

export interface MessageBoxSpec {
  icon: 'error' | 'warning' | 'question' | 'info';
  title: MessageText;
  heading: MessageText;
  body?: MessageText;
  buttons: readonly MessageBoxButton[];
  /** Button Escape or closing the box answers with. */
  cancel: MessageBoxButton;
}

/** What an action's `run` may do: send commands, open dialogs, change UI selection. Never compute. */
export interface ActionEnv {
  execute(command: Command): Promise<CommandResult>;
  messageBox(spec: MessageBoxSpec): Promise<MessageBoxButton>;
  removeServer(host: string): void;
  refresh(): void;
  openColumnsDialog(): void;
  openConnectToServer(): void;
  /** Opens one of the console's dialogs or wizards (they load lazily). */
  openDialog(request: DialogRequest): void;
}

/** One Hyper-V Manager action (conventions.md rule 6). */
export interface Action {
  id: string;
  labelKey: UiKey;
  /** Shown at the right of menu items, e.g. `F5`. */
  shortcut?: string;
  /** Set on actions the lab shows but does not run (yet): they are disabled with this reason as tooltip. */
  unavailable?: UnavailableReason;
  isVisible(ctx: ActionContext): boolean;
  isEnabled(ctx: ActionContext): boolean;
  run(ctx: ActionContext, env: ActionEnv): Promise<void>;
}

/** A menu as declared: actions, submenus (New ▸, View ▸, Replication ▸) and separators. */
export type MenuEntry =
  | { kind: 'action'; action: Action }
  | { kind: 'submenu'; id: string; labelKey: UiKey; isVisible(ctx: ActionContext): boolean; children: readonly MenuEntry[] }
  | { kind: 'separator' };

/** A menu for one context: only visible entries, no leading, trailing or doubled separators. */
export type ResolvedEntry =
  | { kind: 'action'; id: string; labelKey: UiKey; shortcut?: string; enabled: boolean; reason: UnavailableReason | null; action: Action }
  | { kind: 'submenu'; id: string; labelKey: UiKey; children: readonly ResolvedEntry[] }
  | { kind: 'separator'; id: string };
