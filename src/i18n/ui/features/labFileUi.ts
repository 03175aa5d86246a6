/**
 * Console strings about lab files and the lab saved in this browser: a refused file names the first
 * problem (`{path}`: where in the file; `{reason}`: a translated `reason.*` text), and autosave says when
 * it could not save. Not in Hyper-V Manager: worded like a Windows console, in plain teaching language.
 */
export const labFileUiEn = {
  'labFile.refused': 'The lab file was not opened: {path} — {reason}',
  'labFile.refusedWhole': 'The lab file was not opened: {reason}',
  'labFile.autosaveRefused':
    'The lab saved in this browser could not be opened: {path} — {reason} The blank lab was opened instead; the saved lab is kept aside in this browser.',
  'labFile.autosaveRefusedWhole':
    'The lab saved in this browser could not be opened: {reason} The blank lab was opened instead; the saved lab is kept aside in this browser.',
  'labFile.saveFailed.full': 'The lab could not be saved in this browser (storage is full). The last save, from {time}, is kept.',
  'labFile.saveFailed.fullNone': 'The lab could not be saved in this browser (storage is full).',
  'labFile.saveFailed.unavailable': 'The lab could not be saved in this browser (storage is turned off). The last save, from {time}, is kept.',
  'labFile.saveFailed.unavailableNone': 'The lab could not be saved in this browser (storage is turned off).',
  'labFile.saveFailed.tooLarge': 'This lab is too large to be saved in this browser (more than {max} characters). The last save, from {time}, is kept.',
  'labFile.saveFailed.tooLargeNone': 'This lab is too large to be saved in this browser (more than {max} characters).',
  'labFile.olderSave':
    'This is the last lab saved in this browser, from {time}. A later lab could not be saved here and was not kept.',
} as const;
