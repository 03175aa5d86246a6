/**
 * Console strings of the details feature: the Checkpoints pane and the bottom pane with its tabs.
 * Labels follow the WS2016 bottom pane (labels-en-evidence.md: "Replication Mode:", "Last synchronized at:")
 * and the fr-FR captures of labels-fr-evidence.md (Résumé, Mémoire, Mise en réseau, Pulsation…).
 */
export const detailsEn = {
  'checkpoints.title': 'Checkpoints',
  'checkpoints.none': 'The selected virtual machine has no checkpoints.',
  'checkpoints.noVm': 'No virtual machine selected.',

  'details.noItem': 'No item selected.',
  'details.tabsLabel': 'Details of {vm}',
  'details.tab.summary': 'Summary',
  'details.tab.memory': 'Memory',
  'details.tab.networking': 'Networking',
  'details.tab.replication': 'Replication',
  'details.megabytes': '{value} MB',
  'details.percent': '{value} %',

  'summary.state': 'State:',
  'summary.uptime': 'Uptime:',
  'summary.cpuUsage': 'CPU Usage:',
  'summary.processors': 'Virtual processors:',
  'summary.configurationVersion': 'Configuration Version:',
  'summary.clustered': 'Clustered:',
  'summary.no': 'No',
  'summary.heartbeat': 'Heartbeat:',
  'summary.heartbeat.Ok': 'OK (Applications Healthy)',
  'summary.heartbeat.NoContact': 'No Contact',
  'summary.integrationServices': 'Integration Services:',
  'summary.integration.UpToDate': 'Up to date',
  'summary.integration.NotDetected': 'Not detected',

  'memory.startup': 'Startup Memory:',
  'memory.assigned': 'Assigned Memory:',

  'network.tableLabel': 'Network adapters of {vm}',
  'network.adapter': 'Adapter',
  'network.connectedTo': 'Connected To',
  'network.ipAddresses': 'IP Addresses',
  'network.status': 'Status',
  'network.notConnected': 'Not connected',
  'network.status.Ok': 'OK',
  'network.none': 'This virtual machine has no network adapters.',

  'replication.groupSimple': 'Replication',
  'replication.groupExtended': 'Extended Replication',
  'replication.mode': 'Replication Mode:',
  'replication.state': 'Replication State:',
  'replication.health': 'Replication Health:',
  'replication.primaryServer': 'Primary Server:',
  'replication.replicaServer': 'Replica Server:',
  'replication.lastSynchronized': 'Last synchronized at:',
} as const;

export const detailsFr: Record<keyof typeof detailsEn, string> = {
  'checkpoints.title': 'Points de contrôle',
  'checkpoints.none': 'La machine virtuelle sélectionnée n’a pas de point de contrôle.',
  'checkpoints.noVm': 'Aucune machine virtuelle sélectionnée.',

  'details.noItem': 'Aucun élément sélectionné.',
  'details.tabsLabel': 'Détails de {vm}',
  'details.tab.summary': 'Résumé',
  'details.tab.memory': 'Mémoire',
  'details.tab.networking': 'Mise en réseau',
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
  'network.notConnected': 'Non connecté',
  'network.status.Ok': 'OK',
  'network.none': 'Cette machine virtuelle n’a pas de carte réseau.',

  'replication.groupSimple': 'Réplication',
  'replication.groupExtended': 'Réplication étendue',
  'replication.mode': 'Mode de réplication :',
  'replication.state': 'État de la réplication :',
  'replication.health': 'Intégrité de la réplication :',
  'replication.primaryServer': 'Serveur principal :',
  'replication.replicaServer': 'Serveur réplica :',
  'replication.lastSynchronized': 'Dernière synchronisation :',
};
