import type { gridEn } from '../grid';

/** French strings of ../grid.ts, in their own module so they load with the French chunk (performance T11). */
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
  'grid.status.movingStorage': 'Déplacement du stockage ({percent} %)',
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
