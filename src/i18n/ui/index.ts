import { fillPlaceholders } from '../messages/format';
import { en, type UiCatalogue, type UiKey } from './en';

export type { UiKey } from './en';

/** Console languages. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** English is built in; French is a lazy chunk registered by `loadLocale` (performance T11). */
const CATALOGUES: Partial<Record<Locale, UiCatalogue>> = { en };

export function registerUiCatalogue(locale: Locale, catalogue: UiCatalogue): void {
  CATALOGUES[locale] = catalogue;
}

export function isUiLocaleLoaded(locale: Locale): boolean {
  return CATALOGUES[locale] !== undefined;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `fr`, `fr-FR`, `fr-CA`… → fr; anything else → en. */
export function localeFromLanguageTag(tag: string | undefined): Locale {
  return tag?.toLowerCase().split('-')[0] === 'fr' ? 'fr' : 'en';
}

/**
 * The console string for `key` in `locale`, with `{name}` placeholders filled.
 * @example translate('fr', 'vmList.tableLabel', { host: 'HV-1' }) // 'Ordinateurs virtuels sur HV-1'
 */
export function translate(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  return fillPlaceholders((CATALOGUES[locale] ?? en)[key], params);
}

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;
