/** Buttons and words shared by every dialog and wizard (hyperv-manager-ui.md §1.6, glossary §5.7). */
export const commonEn = {
  'button.ok': 'OK',
  'button.cancel': 'Cancel',
  'button.apply': 'Apply',
  'button.close': 'Close',
  'button.previous': '< Previous',
  'button.next': 'Next >',
  'button.finish': 'Finish',
  'button.add': 'Add',
  'button.edit': 'Edit',
  'button.remove': 'Remove',
  'button.browse': 'Browse…',
  'dialog.loading': 'Loading…',
  'dialog.pageError': 'Error',
  'wizard.steps': 'Wizard steps',
} as const;

export const commonFr: Record<keyof typeof commonEn, string> = {
  'button.ok': 'OK',
  'button.cancel': 'Annuler',
  'button.apply': 'Appliquer',
  'button.close': 'Fermer',
  'button.previous': '< Précédent',
  'button.next': 'Suivant >',
  'button.finish': 'Terminer',
  'button.add': 'Ajouter',
  'button.edit': 'Modifier',
  'button.remove': 'Supprimer',
  'button.browse': 'Parcourir…',
  'dialog.loading': 'Chargement…',
  'dialog.pageError': 'Erreur',
  'wizard.steps': 'Étapes de l’Assistant',
};
