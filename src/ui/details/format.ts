import type { Locale } from '../../i18n/ui';
import type { SimTime } from '../../protocol';

/** BCP 47 tag of each console language (Intl formats dates and numbers with it). */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR' };

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const integerFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * Date and time of simulated instant `time` of a lab that starts at `startDate`, the way Hyper-V Manager
 * prints it in each language ("3/2/2026 8:05:00 AM", "02/03/2026 08:05:00"). The lab's time zone is UTC.
 */
export function formatLabDateTime(locale: Locale, startDate: string, time: SimTime): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      // Windows' short time: "h:mm:ss tt" in en-US, "HH:mm:ss" in fr-FR.
      hour: locale === 'fr' ? '2-digit' : 'numeric',
      minute: '2-digit',
      second: '2-digit',
      timeZone: 'UTC',
    });
    dateTimeFormats.set(locale, format);
  }
  return format.format(new Date(Date.parse(startDate) + time)).replace(',', '');
}

/** An integer without grouping, as Hyper-V Manager prints memory sizes ("2048 MB", "2048 Mo"). */
export function formatInteger(locale: Locale, value: number): string {
  let format = integerFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0, useGrouping: false });
    integerFormats.set(locale, format);
  }
  return format.format(value);
}

const two = (n: number) => String(n).padStart(2, '0');

/** Uptime as Hyper-V Manager shows it: `hh:mm:ss`, or `d.hh:mm:ss` past a day (a .NET TimeSpan). */
export function formatUptime(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const rest = seconds % 86_400;
  const clock = `${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`;
  return days > 0 ? `${days}.${clock}` : clock;
}
