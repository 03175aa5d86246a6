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
  'grid.status.movingStorage': 'Moving Storage ({percent}%)',
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
