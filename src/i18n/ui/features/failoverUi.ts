/**
 * Console strings (menus, message boxes, details) of the failover feature; dialog strings live in i18n/dialogs.
 * Confirmation texts follow the cmdlets' own confirmations (hyperv-replica.md §12) where the console's are
 * not documented.
 */
export const failoverUiEn = {
  // Hyper-V Manager has no item for this step (Microsoft: "cannot be done in Hyper-V Manager"); the lab offers it.
  'action.setAsReplica': 'Set as Replica (-AsReplica)…',

  'msgbox.stopTestFailover.title': 'Stop Test Failover',
  'msgbox.stopTestFailover.heading': "Are you sure you want to stop test failover for '{vm}'?",
  'msgbox.stopTestFailover.body': "The test virtual machine '{vm} - Test' will be turned off and deleted.",
  'msgbox.cancelFailover.title': 'Cancel Failover',
  'msgbox.cancelFailover.heading': "Are you sure you want to cancel failover of '{vm}'?",
  'msgbox.cancelFailover.body':
    'The virtual machine will be turned off and returned to its state before failover. Changes made in it since the failover will be lost.',
  'msgbox.removeRecoveryPoints.title': 'Remove Recovery Points',
  'msgbox.removeRecoveryPoints.heading': "Are you sure you want to remove the recovery points of '{vm}'?",
  'msgbox.removeRecoveryPoints.body':
    'Complete-VMFailover will commit failover of "{vm}". All other recovery points are deleted and the failover can no longer be cancelled. This cannot be undone.',
  'msgbox.setAsReplica.title': 'Set as Replica',
  'msgbox.setAsReplica.heading': "Make '{vm}' on this server a Replica virtual machine?",
  'msgbox.setAsReplica.body':
    'This runs Set-VMReplication -AsReplica: the virtual machine waits for the failed-over virtual machine to reverse replication to it. Hyper-V Manager has no menu item for this step; the lab adds one.',
  'msgbox.error.stopTestFailover': "An error occurred while attempting to stop test failover for virtual machine '{vm}'.",
  'msgbox.error.cancelFailover': "An error occurred while attempting to cancel failover for virtual machine '{vm}'.",
  'msgbox.error.removeRecoveryPoints': "Failed to remove recovery points for virtual machine '{vm}'.",
  'msgbox.error.setAsReplica': "An error occurred while attempting to make virtual machine '{vm}' a Replica.",

  'failover.tab.kind.Planned': 'Planned failover',
  'failover.tab.kind.Unplanned': 'Failover (unplanned)',
  'failover.tab.kind': 'Failover type:',
  'failover.tab.dataLost': 'Data lost:',
  'failover.tab.noLoss': 'None',
  'failover.tab.lost': '{writes} writes ({size})',
  'failover.tab.lostWindow': 'Lost changes written:',
  'failover.tab.window': '{from} – {to}',
  'failover.size.mb': '{value} MB',
} as const;
