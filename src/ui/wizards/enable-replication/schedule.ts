/**
 * "Start replication on:" date and time fields ↔ simulated milliseconds. The lab's clock runs in UTC
 * (SimClock), so the fields are UTC too and the conversion never depends on the browser's time zone.
 */
export const SCHEDULE_MAX_DAYS = 7;
const DAY = 86_400_000;

export function toFields(startDate: string, at: number): { date: string; time: string } {
  const iso = new Date(Date.parse(startDate) + at).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** NaN when the fields do not form a date (the engine then refuses the start time). */
export function fromFields(startDate: string, date: string, time: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return NaN;
  return Date.parse(`${date}T${time}:00.000Z`) - Date.parse(startDate);
}

/** The last moment the hint allows ("You can choose any time up to …"). */
export function latestStart(now: number): number {
  return now + SCHEDULE_MAX_DAYS * DAY;
}

/** "1.75 GB" / "1,75 Go": the initial copy size as the wizard shows it. */
export function formatSize(bytes: number, locale: 'en' | 'fr'): string {
  const gb = bytes / 1024 ** 3;
  const n = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(gb);
  return `${n} ${locale === 'fr' ? 'Go' : 'GB'}`;
}

/** A long date and time in the lab's time zone, e.g. "Monday, March 9, 2026 08:00". */
export function formatLongDate(startDate: string, at: number, locale: 'en' | 'fr'): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-US', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(Date.parse(startDate) + at));
}
