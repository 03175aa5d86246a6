import type { UiCatalogue } from './en';
import { actionsFr } from './features/fr/actions';
import { failoverUiFr } from './features/fr/failoverUi';
import { labFileUiFr } from './features/fr/labFileUi';
import { labUiFr } from './features/fr/labUi';
import { recoveryUiFr } from './features/fr/recoveryUi';
import { setupUiFr } from './features/fr/setupUi';
import { detailsFr } from './features/fr/details';
import { gridFr } from './features/fr/grid';
import { shellFr } from './features/fr/shell';

/**
 * French console strings, in Microsoft's vocabulary (shared/reference/hyperv-manager-ui.md §5 and
 * labels-fr-evidence.md). Typed as the English catalogue, so a missing or extra key does not compile.
 */
export const fr: UiCatalogue = {
  ...shellFr,
  ...gridFr,
  ...detailsFr,
  ...actionsFr,
  ...labUiFr,
  ...labFileUiFr,
  ...recoveryUiFr,
  ...setupUiFr,
  ...failoverUiFr,
  'app.title': 'Replica Lab',
  'app.loading': 'Chargement du laboratoire…',
  'app.fault': 'La simulation s’est arrêtée : {message}',

  'lab.name': 'Laboratoire : {lab}',
  'notice.unknownLab': 'Il n’existe pas de laboratoire nommé « {lab} ». Le laboratoire vierge a été ouvert à la place.',
  'notice.autosaveInvalid': 'Le laboratoire enregistré dans ce navigateur n’a pas pu être ouvert. Le laboratoire vierge a été ouvert à la place.',
  'notice.badParameter': 'Le paramètre d’URL {name}={value} n’est pas valide et a été ignoré.',

  'clock.region': 'Horloge de la simulation',
  'clock.time': 'Heure simulée',
  'clock.speed': 'Vitesse',
  'clock.behind': 'En retard sur le temps réel',
  'speed.0': 'En pause',
  'speed.1': '1×',
  'speed.10': '10×',
  'speed.60': '60×',
  'speed.600': '600×',
  'speed.3600': '3600×',

  'vmList.title': 'Ordinateurs virtuels',
  'vmList.tableLabel': 'Ordinateurs virtuels sur {host}',
  'vmList.empty': 'Aucun ordinateur virtuel n’a été trouvé sur ce serveur.',
  'column.name': 'Nom',
  'column.state': 'État',
  'column.cpuUsage': 'Utilisation du processeur',
  'column.assignedMemory': 'Mémoire affectée',
  'column.replicationState': 'État de la réplication',
  'column.replicationHealth': 'Intégrité de la réplication',
  'column.replicationMode': 'Mode de réplication',
  'unit.percent': '{value} %',
  'unit.megabytes': '{value} Mo',

  'vmState.Running': 'Exécution',
  'vmState.Off': 'Désactivé',
  'vmState.Saved': 'Enregistré',
  'vmState.Paused': 'Suspendu',
  'vmState.Starting': 'Démarrage',
  'vmState.Stopping': 'Arrêt',

  'replicationState.Disabled': 'Non activé',
  'replicationState.ReadyForInitialReplication': 'Réplication initiale en attente',
  'replicationState.InitialReplicationInProgress': 'Réplication initiale en cours',
  'replicationState.WaitingForInitialReplication': 'Réplication initiale en attente',
  'replicationState.Replicating': 'Réplication activée',
  'replicationState.PreparedForFailover': 'Préparé pour le basculement planifié',
  'replicationState.FailedOverWaitingCompletion': 'Basculement terminé',
  'replicationState.FailedOver': 'Basculement terminé',
  'replicationState.Suspended': 'Réplication suspendue',
  'replicationState.Error': 'Erreur de réplication',
  'replicationState.WaitingForStartResynchronize': 'Resynchronisation nécessaire',
  'replicationState.Resynchronizing': 'Resynchronisation',
  'replicationState.ResynchronizeSuspended': 'Resynchronisation suspendue',

  'replicationHealth.NotApplicable': 'Non applicable',
  'replicationHealth.Normal': 'Normal',
  'replicationHealth.Warning': 'Avertissement',
  'replicationHealth.Critical': 'Critique',

  'replicationMode.None': 'Non activé',
  'replicationMode.Primary': 'Principal',
  'replicationMode.Replica': 'Réplica',
  'replicationMode.ExtendedReplica': 'Réplica étendu',
  'replicationMode.TestReplica': 'Réplica de test',
};
