import type { Locale } from '../ui';
import { fillPlaceholders } from '../messages/format';
import { dialogsEn, type DialogKey } from './en';
import { dialogsFr } from './fr';

export type { DialogKey } from './en';

const CATALOGUES: Record<Locale, Record<DialogKey, string>> = { en: dialogsEn, fr: dialogsFr };

/**
 * A dialog string in `locale`, with `{name}` placeholders filled.
 * @example translateDialog('fr', 'button.next') // 'Suivant >'
 */
export function translateDialog(locale: Locale, key: DialogKey, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(CATALOGUES[locale][key], params);
}

export type DialogTranslate = (key: DialogKey, params?: Record<string, string | number>) => string;
