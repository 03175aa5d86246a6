/**
 * Saying why a lab file or the browser's autosave was refused, and when autosave could not save, in the
 * console's language: the worker sends an {@link InputProblem} (path + reason), the page translates it.
 */
import { formatReason } from '../i18n/messages/format';
import { translate, type Locale, type UiKey } from '../i18n/ui';
import { problemOf, type InputProblem } from '../protocol';
import { simulatedIso } from './selectors/labState';
import { addNotice, uiStore, type Notice } from './uiStore';

/** The notice's placeholders with its problem (`{path}`, `{reason}`) and time (`{time}`) in `locale`. */
export function noticeParams(locale: Locale, notice: Notice): Record<string, string | number> {
  const params = { ...notice.params };
  if (notice.problem) {
    params.path = notice.problem.path;
    params.reason = formatReason(locale, notice.problem);
  }
  if (notice.labTime) params.time = formatLabTime(locale, notice.labTime.startDate, notice.labTime.now);
  return params;
}

/** A simulated time as the console shows dates (medium date, short time, the lab's UTC clock). */
export function formatLabTime(locale: Locale, startDate: string, now: number): string {
  try {
    return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(simulatedIso(startDate, now)));
  } catch {
    return `${startDate} + ${now} ms`; // drawn from a notice: never throw while rendering
  }
}

/** The refusal key: with the path, or without one when the problem is the whole file. */
function refusedKey(problem: InputProblem, withPath: UiKey, whole: UiKey): UiKey {
  return problem.path === '' ? whole : withPath;
}

/** "The lab file was not opened: vms.3.host — There is no host named 'HV-9' in this lab." */
export function refusalText(locale: Locale, problem: InputProblem): string {
  return translate(locale, refusedKey(problem, 'labFile.refused', 'labFile.refusedWhole'), { path: problem.path, reason: formatReason(locale, problem) });
}

/**
 * A failed `load()` of a lab file: when the worker refused it with a problem, shows the notice and returns
 * an Error whose message is the translated refusal; any other error is returned as it was.
 */
export function refusedLoad(err: unknown): unknown {
  const problem = problemOf(err);
  if (!problem) return err;
  addNotice(refusedKey(problem, 'labFile.refused', 'labFile.refusedWhole'), {}, { problem });
  return new Error(refusalText(uiStore.getState().locale, problem));
}

/** The autosave could not be opened (the blank lab opens instead; the file was kept aside). */
export function noticeAutosaveRefused(problem: InputProblem): void {
  addNotice(refusedKey(problem, 'labFile.autosaveRefused', 'labFile.autosaveRefusedWhole'), {}, { problem });
}
