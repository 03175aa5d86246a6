import type { detailsEn } from '../details';

/** French strings of ../details.ts, in their own module so they load with the French chunk (performance T11). */
export const detailsFr: Record<keyof typeof detailsEn, string> = {
  'checkpoints.title': 'Points de contrôle',
  'checkpoints.none': 'L’ordinateur virtuel sélectionné n’a pas de point de contrôle.',
  'checkpoints.noVm': 'Aucun ordinateur virtuel n’est sélectionné.',

  'details.noItem': 'Aucun élément n’est sélectionné.',
  'details.tabsLabel': 'Détails de {vm}',
  'details.tab.summary': 'Résumé',
  'details.tab.memory': 'Mémoire',
  'details.tab.networking': 'Gestion de réseau',
  'details.tab.replication': 'Réplication',
  'details.megabytes': '{value} Mo',
  'details.percent': '{value} %',

  'summary.state': 'État :',
  'summary.uptime': 'Temps d’activité :',
  'summary.cpuUsage': 'Utilisation du processeur :',
  'summary.processors': 'Processeurs virtuels :',
  'summary.configurationVersion': 'Version de configuration :',
  'summary.clustered': 'En cluster :',
  'summary.no': 'Non',
  'summary.heartbeat': 'Pulsation :',
  'summary.heartbeat.Ok': 'OK (Intégrité des applications)',
  'summary.heartbeat.NoContact': 'Aucun contact',
  'summary.integrationServices': 'Services d’intégration :',
  'summary.integration.UpToDate': 'À jour',
  'summary.integration.NotDetected': 'Non détectés',

  'memory.startup': 'Mémoire de démarrage :',
  'memory.assigned': 'Mémoire affectée :',

  'network.tableLabel': 'Cartes réseau de {vm}',
  'network.adapter': 'Carte',
  'network.connectedTo': 'Connectée à',
  'network.ipAddresses': 'Adresses IP',
  'network.status': 'Statut',
  'network.defaultAdapterName': 'Carte réseau',
  'network.notConnected': 'Non connecté',
  'network.status.Ok': 'OK',
  'network.none': 'Cet ordinateur virtuel n’a pas de carte réseau.',

  'replication.groupSimple': 'Réplication',
  'replication.groupExtended': 'Réplication étendue',
  'replication.mode': 'Mode de réplication :',
  'replication.state': 'État de la réplication :',
  'replication.health': 'Intégrité de la réplication :',
  'replication.primaryServer': 'Serveur principal :',
  'replication.replicaServer': 'Serveur réplica :',
  'replication.lastSynchronized': 'Dernière synchronisation :',
};
