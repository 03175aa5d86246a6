import type { Locale } from '../../i18n/ui';

/** One group of the window: its heading (none for the top rows) and its label/value pairs as shown. */
export interface HealthSection {
  heading: string | null;
  rows: readonly (readonly [label: string, value: string])[];
}

/**
 * Windows' list separator: Excel splits a CSV on it when it opens the file (a French Excel expects ";").
 * @example LIST_SEPARATOR.fr // ';'
 */
export const LIST_SEPARATOR: Readonly<Record<Locale, string>> = { en: ',', fr: ';' };

function cell(text: string, separator: string): string {
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A label without its on-screen colon ("Average size:" / "Taille moyenne :"). */
function bare(label: string): string {
  return label.replace(/\s*:\s*$/, '');
}

/**
 * Save As… of the Replication Health window. Hyper-V's CSV layout is not documented (hyperv-replica.md
 * §4.3 says "CSV" only), so the file holds what the window shows: the title, then one "label,value" line
 * per field, a group's heading on a line of its own, in the console's language. It starts with a UTF-8
 * byte order mark so Excel reads the accents of the French labels, and uses CRLF line ends.
 * @example healthCsv('en', 'Replication Health for "Vm1"', sections)
 */
export function healthCsv(locale: Locale, title: string, sections: readonly HealthSection[]): string {
  const sep = LIST_SEPARATOR[locale];
  const lines = [cell(title, sep)];
  for (const section of sections) {
    if (section.heading !== null) lines.push(cell(section.heading, sep));
    for (const [label, value] of section.rows) lines.push(`${cell(bare(label), sep)}${sep}${cell(value, sep)}`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A file name Windows accepts, from the window's title (quotes and reserved characters dropped). */
export function csvFileName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|«»“”]/g, '').replace(/\s+/g, ' ').trim()}.csv`;
}
