/**
 * "Start replication on:" date and time fields ↔ simulated milliseconds. The lab's clock runs in UTC
 * (SimClock), so the fields are UTC too and the conversion never depends on the browser's time zone
 * or language.
 */
export const SCHEDULE_MAX_DAYS = 7;
const DAY = 86_400_000;

/**
 * "Start replication on:" as the console's language writes it, whatever the browser's language (a native
 * date input follows the browser: a French console in an English browser would show 03/02/2026 and mean
 * 2 March to the reader): English M/D/YYYY and h:mm AM/PM, French JJ/MM/AAAA and HH:MM, in the lab's UTC.
 */
export function toLocaleFields(startDate: string, at: number, locale: 'en' | 'fr'): { date: string; time: string } {
  const d = new Date(Date.parse(startDate) + at);
  const [day, month, year, hours, minutes] = [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear(), d.getUTCHours(), d.getUTCMinutes()];
  const mm = String(minutes).padStart(2, '0');
  if (locale === 'fr') return { date: `${pad(day)}/${pad(month)}/${year}`, time: `${pad(hours)}:${mm}` };
  return { date: `${month}/${day}/${year}`, time: `${hours % 12 || 12}:${mm} ${hours < 12 ? 'AM' : 'PM'}` };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The patterns the parse-error message names, in the console's language. */
export const FIELD_PATTERNS = { en: { date: 'M/D/YYYY', time: 'h:mm AM/PM' }, fr: { date: 'JJ/MM/AAAA', time: 'HH:MM' } } as const;

/**
 * The typed date and time back to simulated milliseconds; NaN when they do not form a real date in the
 * console's format (the wizard then says so on its page instead of sending anything).
 */
export function fromLocaleFields(startDate: string, date: string, time: string, locale: 'en' | 'fr'): number {
  const d = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(date);
  const t = /^\s*(\d{1,2})[:h](\d{2})\s*(am|pm)?\s*$/i.exec(time);
  if (!d || !t) return NaN;
  const [first, second, year] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [day, month] = locale === 'fr' ? [first, second] : [second, first];
  let hours = Number(t[1]);
  const minutes = Number(t[2]);
  const meridiem = t[3]?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return NaN;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return NaN;
  const ms = Date.UTC(year, month - 1, day, hours, minutes);
  const back = new Date(ms);
  if (back.getUTCDate() !== day || back.getUTCMonth() !== month - 1) return NaN; // 31/02, 13/01…
  return ms - Date.parse(startDate);
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
