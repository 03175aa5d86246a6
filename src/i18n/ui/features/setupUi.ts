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
  'msgbox.reverseCopyNotStarted.title': 'Reverse Replication',
  'msgbox.reverseCopyNotStarted.heading': 'Replication was reversed, but the initial replication did not start',
  'msgbox.reverseCopyNotStarted.body':
    '{error}\n\nVirtual machine {vm} on {host} is now the primary and is ready for initial replication: its changes are tracked, but nothing is sent to {server} yet. Use Replication > Start Replication... on {vm} to send the initial copy.',
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
  'msgbox.reverseCopyNotStarted.title': 'Inverser la réplication',
  'msgbox.reverseCopyNotStarted.heading': 'La réplication a été inversée, mais la réplication initiale n’a pas démarré',
  'msgbox.reverseCopyNotStarted.body':
    '{error}\n\nL’ordinateur virtuel {vm} sur {host} est maintenant le principal et il est prêt pour la réplication initiale : ses modifications sont suivies, mais rien n’est encore envoyé à {server}. Utilisez Réplication > Démarrer la réplication... sur {vm} pour envoyer la copie initiale.',
};
