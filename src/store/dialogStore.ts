import { createStore, useStore } from 'zustand';

type OnVm = { host: string; vm: string };

/**
 * The console's modal dialogs and wizards, each with what it is about. Message boxes are separate
 * (`actions/messageBox.ts`) and stack above these.
 */
export type DialogRequest =
  | { kind: 'hyperVSettings'; host: string }
  | { kind: 'firewall'; host: string }
  | { kind: 'networkLinks' }
  /** Enable Replication wizard; `extend` on a replica (Extend Replication), `reverse` after a failover. */
  | ({ kind: 'enableReplication'; mode: 'enable' | 'extend' | 'reverse' } & OnVm)
  /** "Start Replication…" on a primary Ready for initial replication: the initial-copy choices. */
  | ({ kind: 'startReplication' } & OnVm)
  | ({ kind: 'importInitialReplica' } & OnVm)
  /** Export… (Export-VM) and the server's Import Virtual Machine… wizard (Import-VM). */
  | ({ kind: 'exportVm' } & OnVm)
  | { kind: 'importVm'; host: string }
  | ({ kind: 'vmSettings' } & OnVm)
  /** Move Wizard (Move…): the storage move of the course. */
  | ({ kind: 'move' } & OnVm)
  | ({ kind: 'testFailover' } & OnVm)
  | ({ kind: 'plannedFailover' } & OnVm)
  | ({ kind: 'failover' } & OnVm)
  /**
   * Replication Health for the VM; `tab: 'extended'` opens it on its Extended Replication tab (View Extended
   * Replication Health… on the middle VM of a chain). Without it, the Replication tab.
   */
  | ({ kind: 'replicationHealth'; tab?: 'replication' | 'extended' } & OnVm)
  /** Event Viewer on a host's logs; `vm` filters the list on one VM (Replication Health's View Events). */
  | { kind: 'eventViewer'; host: string; vm?: string };

export type DialogKind = DialogRequest['kind'];

/** One dialog at a time, as in Hyper-V Manager (its sub-dialogs belong to the dialog that opens them). */
export const dialogStore = createStore<{ open: DialogRequest | null }>()(() => ({ open: null }));

export function openDialog(request: DialogRequest): void {
  dialogStore.setState({ open: request });
}

export function closeDialog(): void {
  dialogStore.setState({ open: null });
}

export function useOpenDialog(): DialogRequest | null {
  return useStore(dialogStore, (s) => s.open);
}
