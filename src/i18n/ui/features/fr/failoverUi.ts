import type { failoverUiEn } from '../failoverUi';

/** French strings of ../failoverUi.ts, in their own module so they load with the French chunk (performance T11). */
export const failoverUiFr: Record<keyof typeof failoverUiEn, string> = {
  'action.setAsReplica': 'Définir comme réplica (-AsReplica)…',

  'msgbox.stopTestFailover.title': 'Arrêter le test du basculement',
  'msgbox.stopTestFailover.heading': "Voulez-vous vraiment arrêter le test du basculement de '{vm}' ?",
  'msgbox.stopTestFailover.body': "L'ordinateur virtuel de test '{vm} - Test' va être désactivé puis supprimé.",
  'msgbox.cancelFailover.title': 'Annuler le basculement',
  'msgbox.cancelFailover.heading': "Voulez-vous vraiment annuler le basculement de '{vm}' ?",
  'msgbox.cancelFailover.body':
    "L'ordinateur virtuel va être désactivé et revenir à son état d'avant le basculement. Les modifications faites depuis le basculement seront perdues.",
  'msgbox.removeRecoveryPoints.title': 'Supprimer les points de récupération',
  'msgbox.removeRecoveryPoints.heading': "Voulez-vous vraiment supprimer les points de récupération de '{vm}' ?",
  'msgbox.removeRecoveryPoints.body':
    'Complete-VMFailover va valider le basculement de « {vm} ». Tous les autres points de récupération sont supprimés et le basculement ne peut plus être annulé. Cette opération est irréversible.',
  'msgbox.setAsReplica.title': 'Définir comme réplica',
  'msgbox.setAsReplica.heading': "Faire de '{vm}' sur ce serveur un ordinateur virtuel réplica ?",
  'msgbox.setAsReplica.body':
    "Exécute Set-VMReplication -AsReplica : l'ordinateur virtuel attend que l'ordinateur virtuel basculé inverse la réplication vers lui. Le Gestionnaire Hyper-V n'a pas d'élément de menu pour cette étape ; le laboratoire en ajoute un.",
  'msgbox.error.stopTestFailover': "Une erreur s’est produite lors de la tentative d’arrêt du test du basculement de l’ordinateur virtuel '{vm}'.",
  'msgbox.error.cancelFailover': "Une erreur s’est produite lors de la tentative d’annulation du basculement de l’ordinateur virtuel '{vm}'.",
  'msgbox.error.removeRecoveryPoints': "Impossible de supprimer les points de récupération de l’ordinateur virtuel '{vm}'.",
  'msgbox.error.setAsReplica': "Une erreur s’est produite lors de la tentative de faire de l’ordinateur virtuel '{vm}' un réplica.",

  'failover.tab.kind.Planned': 'Basculement planifié',
  'failover.tab.kind.Unplanned': 'Basculement (non planifié)',
  'failover.tab.kind': 'Type de basculement :',
  'failover.tab.dataLost': 'Données perdues :',
  'failover.tab.noLoss': 'Aucune',
  'failover.tab.lost': '{writes} écritures ({size})',
  'failover.tab.lostWindow': 'Modifications perdues écrites :',
  'failover.tab.window': '{from} – {to}',
  'failover.size.mb': '{value} Mo',
};
