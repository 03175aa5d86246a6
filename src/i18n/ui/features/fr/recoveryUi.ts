import type { recoveryUiEn } from '../recoveryUi';

/** French strings of ../recoveryUi.ts, in their own module so they load with the French chunk (performance T11). */
export const recoveryUiFr: Record<keyof typeof recoveryUiEn, string> = {
  'recovery.title': 'La console a cessé de fonctionner',
  'recovery.text':
    'Une erreur s’est produite lors de l’affichage du laboratoire par la console. Le laboratoire enregistré dans ce navigateur est conservé tel qu’il était avant l’erreur. Choisissez comment continuer :',
  'recovery.startBlank': 'Démarrer le laboratoire vierge',
  'recovery.startBlank.hint': 'Ouvre le laboratoire vierge : HV-1 et HV-2 dans un domaine, rien de configuré.',
  'recovery.reloadLastGood': 'Recharger le dernier laboratoire valide',
  'recovery.reloadLastGood.hint': 'Ouvre le dernier laboratoire enregistré automatiquement dans ce navigateur.',
  'recovery.reloadLastGood.none': 'Aucun laboratoire n’a encore été enregistré dans ce navigateur.',
  'recovery.download': 'Télécharger le fichier du laboratoire actuel',
  'recovery.download.hint': 'Enregistre le laboratoire dans son état actuel (un fichier de laboratoire .json) pour le signaler ou le rouvrir plus tard.',
  'recovery.details': 'Détails de l’erreur',
  'recovery.working': 'Opération en cours…',
  'recovery.failed': 'L’opération a échoué : {message}',
  'recovery.downloaded': 'Le fichier de laboratoire {file} a été téléchargé.',
  'recovery.engineFault':
    'La simulation s’est arrêtée à {time} : le moteur a échoué ({message}). L’horloge est en pause à cet instant ; le laboratoire peut toujours être consulté et enregistré. Choisissez une vitesse pour réessayer, ou chargez un autre laboratoire.',
  'recovery.clockStopped': 'Arrêtée (erreur du moteur)',
};
