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
  'msgbox.replicationExtended.title': 'Extend Replication',
  'msgbox.replicationExtended.heading': 'Replication enabled successfully',
  'msgbox.replicationExtended.body': 'Extended Replica virtual machine {vm} was successfully created on the specified Replica server {server}.',
  'msgbox.replicationReversed.title': 'Reverse Replication',
  'msgbox.replicationReversed.heading': 'Replication reversed successfully',
  'msgbox.replicationReversed.body': 'Virtual machine {vm} now replicates to the Replica server {server}.',
} as const;

export const setupUiFr: Record<keyof typeof setupUiEn, string> = {
  'msgbox.replicationEnabled.title': 'Activer la réplication',
  'msgbox.replicationEnabled.heading': 'Réplication activée',
  'msgbox.replicationEnabled.body':
    'L’ordinateur virtuel réplica {vm} a été créé sur le serveur réplica spécifié {server}.\n\nLes cartes réseau de l’ordinateur virtuel réplica ne sont pas connectées au réseau. Vous pouvez les configurer dans les paramètres de l’ordinateur virtuel réplica sur le serveur réplica.',
  'msgbox.replicationExtended.title': 'Étendre la réplication',
  'msgbox.replicationExtended.heading': 'Réplication activée',
  'msgbox.replicationExtended.body': 'L’ordinateur virtuel réplica étendu {vm} a été créé sur le serveur réplica spécifié {server}.',
  'msgbox.replicationReversed.title': 'Inverser la réplication',
  'msgbox.replicationReversed.heading': 'Réplication inversée',
  'msgbox.replicationReversed.body': 'L’ordinateur virtuel {vm} se réplique maintenant vers le serveur réplica {server}.',
};
