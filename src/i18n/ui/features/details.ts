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
  /** Hyper-V's default adapter name ('Network Adapter'), shown in the console's language; other names stay as typed. */
  'network.defaultAdapterName': 'Network Adapter',
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
