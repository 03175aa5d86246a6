import type { setupUiEn } from '../setupUi';

/** French strings of ../setupUi.ts, in their own module so they load with the French chunk (performance T11). */
export const setupUiFr: Record<keyof typeof setupUiEn, string> = {
  'msgbox.replicationEnabled.title': 'Activer la réplication',
  'msgbox.replicationEnabled.heading': 'Réplication activée',
  'msgbox.replicationEnabled.body':
    'L’ordinateur virtuel réplica {vm} a été créé sur le serveur réplica spécifié {server}.\n\nLes cartes réseau de l’ordinateur virtuel réplica ne sont pas connectées au réseau. Vous pouvez les configurer dans les paramètres de l’ordinateur virtuel réplica sur le serveur réplica.',
  'msgbox.replicationEnabled.bodyExisting':
    'L’ordinateur virtuel existant {vm} du serveur réplica spécifié {server} sert désormais d’ordinateur virtuel réplica. La réplication initiale n’envoie que les différences entre les deux copies.',
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
