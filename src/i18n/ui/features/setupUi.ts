/**
 * Console strings (menus, message boxes, details) of the setup feature; dialog strings live in i18n/dialogs.
 * The message boxes the Enable / Extend / Reverse Replication wizard shows once Finish succeeded
 * (hyperv-manager-ui.md §1.6: title "Enable Replication", heading "Replication enabled successfully").
 */
export const setupUiEn = {
  'msgbox.replicationEnabled.title': 'Enable Replication',
  'msgbox.replicationEnabled.heading': 'Replication enabled successfully',
  'msgbox.replicationEnabled.body':
    'Replica virtual machine {vm} was successfully created on the specified Replica server {server}.\n\nThe network adapters for the Replica virtual machine are not connected to network. You can configure the network adapters by accessing the settings for the Replica virtual machine on the Replica server.',
  'msgbox.replicationEnabled.bodyExisting':
    'The existing virtual machine {vm} on the specified Replica server {server} is now used as the Replica virtual machine. Initial replication sends only the differences between the two copies.',
  'msgbox.replicationExtended.title': 'Extend Replication',
  'msgbox.replicationExtended.heading': 'Replication enabled successfully',
  'msgbox.replicationExtended.body': 'Extended Replica virtual machine {vm} was successfully created on the specified Replica server {server}.',
  'msgbox.replicationReversed.title': 'Reverse Replication',
  'msgbox.replicationReversed.heading': 'Replication reversed successfully',
  'msgbox.replicationReversed.body': 'Virtual machine {vm} now replicates to the Replica server {server}.',
  'msgbox.reverseCopyNotStarted.title': 'Reverse Replication',
  'msgbox.reverseCopyNotStarted.heading': 'Replication was reversed, but the initial replication did not start',
  'msgbox.reverseCopyNotStarted.body':
    '{error}\n\nVirtual machine {vm} on {host} is now the primary and is ready for initial replication: its changes are tracked, but nothing is sent to {server} yet. Use Replication > Start Replication... on {vm} to send the initial copy.',
} as const;
