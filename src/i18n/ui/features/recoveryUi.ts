/**
 * Console strings of recovery: the screen shown when the console fails to draw (an error boundary) and the
 * report of an engine fault that stopped the clock. Not in Hyper-V Manager: plain Windows wording.
 */
export const recoveryUiEn = {
  'recovery.title': 'The console stopped working',
  'recovery.text':
    'An error occurred while the console was drawing the lab. The lab saved in this browser is kept as it was before the error. Choose how to continue:',
  'recovery.startBlank': 'Start the blank lab',
  'recovery.startBlank.hint': 'Opens the blank lab: HV-1 and HV-2 in one domain, nothing configured.',
  'recovery.reloadLastGood': 'Reload the last good lab',
  'recovery.reloadLastGood.hint': 'Opens the lab last saved automatically in this browser.',
  'recovery.reloadLastGood.none': 'No lab has been saved in this browser yet.',
  'recovery.download': 'Download the current lab file',
  'recovery.download.hint': 'Saves the lab as it is now (a .json lab file) so it can be reported or opened later.',
  'recovery.details': 'Error details',
  'recovery.working': 'Working…',
  'recovery.failed': 'This did not work: {message}',
  'recovery.downloaded': 'The lab file {file} was downloaded.',
  'recovery.engineFault':
    'The simulation stopped at {time}: the engine failed ({message}). The clock is paused there; the lab can still be inspected and saved. Choose a speed to try again, or load another lab.',
  'recovery.clockStopped': 'Stopped (engine error)',
} as const;
