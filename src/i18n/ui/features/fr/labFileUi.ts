import type { labFileUiEn } from '../labFileUi';

/** French strings of ../labFileUi.ts, in their own module so they load with the French chunk (performance T11). */
export const labFileUiFr: Record<keyof typeof labFileUiEn, string> = {
  'labFile.refused': 'Le fichier de laboratoire n’a pas été ouvert : {path} — {reason}',
  'labFile.refusedWhole': 'Le fichier de laboratoire n’a pas été ouvert : {reason}',
  'labFile.autosaveRefused':
    'Le laboratoire enregistré dans ce navigateur n’a pas pu être ouvert : {path} — {reason} Le laboratoire vierge a été ouvert à la place ; le laboratoire enregistré est conservé à part dans ce navigateur.',
  'labFile.autosaveRefusedWhole':
    'Le laboratoire enregistré dans ce navigateur n’a pas pu être ouvert : {reason} Le laboratoire vierge a été ouvert à la place ; le laboratoire enregistré est conservé à part dans ce navigateur.',
  'labFile.saveFailed.full': 'Le laboratoire n’a pas pu être enregistré dans ce navigateur (le stockage est plein). Le dernier enregistrement, du {time}, est conservé.',
  'labFile.saveFailed.fullNone': 'Le laboratoire n’a pas pu être enregistré dans ce navigateur (le stockage est plein).',
  'labFile.saveFailed.unavailable':
    'Le laboratoire n’a pas pu être enregistré dans ce navigateur (le stockage est désactivé). Le dernier enregistrement, du {time}, est conservé.',
  'labFile.saveFailed.unavailableNone': 'Le laboratoire n’a pas pu être enregistré dans ce navigateur (le stockage est désactivé).',
  'labFile.saveFailed.tooLarge':
    'Ce laboratoire est trop volumineux pour être enregistré dans ce navigateur (plus de {max} caractères). Le dernier enregistrement, du {time}, est conservé.',
  'labFile.saveFailed.tooLargeNone': 'Ce laboratoire est trop volumineux pour être enregistré dans ce navigateur (plus de {max} caractères).',
  'labFile.olderSave':
    'Voici le dernier laboratoire enregistré dans ce navigateur, du {time}. Un laboratoire plus récent n’a pas pu y être enregistré et n’a pas été conservé.',
};
