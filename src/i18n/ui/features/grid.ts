/**
 * Console strings of the "Virtual Machines" grid and its Add/Remove Columns dialog. French uses
 * Microsoft's terms (hyperv-manager-ui.md §5.1, labels-fr-evidence.md §2.4: the dialog is MMC's
 * mmcndmgr dialog 1070). Column names shared with other panes (Name, State…) live in en.ts/fr.ts.
 */
export const gridEn = {
  'column.uptime': 'Uptime',
  'column.status': 'Status',
  'column.configurationVersion': 'Configuration Version',
  'column.replicationType': 'Replication Type',
  'column.memoryDemand': 'Memory Demand',
  'column.memoryStatus': 'Memory Status',

  'grid.status.sendingInitialReplica': 'Sending Initial Replica ({percent}%)',
  'grid.status.exportingInitialReplica': 'Exporting Initial Replica ({percent}%)',
  'grid.status.importingInitialReplica': 'Importing Initial Replica ({percent}%)',
  'grid.status.resynchronizing': 'Resynchronizing ({percent}%)',
  'memoryStatus.OK': 'OK',
  'memoryStatus.Low': 'Low',
  'memoryStatus.Warning': 'Warning',

  'columnsDialog.title': 'Add/Remove Columns',
  'columnsDialog.available': 'Available columns:',
  'columnsDialog.displayed': 'Displayed columns:',
  'columnsDialog.add': 'Add ->',
  'columnsDialog.remove': '<- Remove',
  'columnsDialog.moveUp': 'Move Up',
  'columnsDialog.moveDown': 'Move Down',
  'columnsDialog.restoreDefaults': 'Restore Defaults',
  'columnsDialog.ok': 'OK',
  'columnsDialog.cancel': 'Cancel',
  'columnsDialog.close': 'Close',
} as const;

export const gridFr: Record<keyof typeof gridEn, string> = {
  'column.uptime': 'Temps d’activité',
  'column.status': 'Statut',
  'column.configurationVersion': 'Version de configuration',
  'column.replicationType': 'Type de réplication',
  'column.memoryDemand': 'Mémoire demandée',
  'column.memoryStatus': 'État de la mémoire',

  'grid.status.sendingInitialReplica': 'Envoi du réplica initial ({percent} %)',
  'grid.status.exportingInitialReplica': 'Exportation du réplica initial ({percent} %)',
  'grid.status.importingInitialReplica': 'Importation du réplica initial ({percent} %)',
  'grid.status.resynchronizing': 'Resynchronisation ({percent} %)',
  'memoryStatus.OK': 'OK',
  'memoryStatus.Low': 'Faible',
  'memoryStatus.Warning': 'Avertissement',

  'columnsDialog.title': 'Ajout/Suppression de colonnes',
  'columnsDialog.available': 'Colonnes disponibles :',
  'columnsDialog.displayed': 'Colonnes affichées :',
  'columnsDialog.add': 'Ajouter ->',
  'columnsDialog.remove': '<- Supprimer',
  'columnsDialog.moveUp': 'Monter',
  'columnsDialog.moveDown': 'Descendre',
  'columnsDialog.restoreDefaults': 'Paramètres par défaut',
  'columnsDialog.ok': 'OK',
  'columnsDialog.cancel': 'Annuler',
  'columnsDialog.close': 'Fermer',
};
