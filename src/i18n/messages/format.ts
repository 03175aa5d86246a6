import type { EventMessage, InputProblem, InputReason, SimError } from '../../protocol';
import { enMessages } from './en';
import type { MessageCatalogue } from './keys';

export type MessageLocale = 'en' | 'fr';

/** English is built in; French is a lazy chunk registered by `loadLocale`. */
const CATALOGUES: Partial<Record<MessageLocale, MessageCatalogue>> = { en: enMessages };

export function registerMessageCatalogue(locale: MessageLocale, catalogue: MessageCatalogue): void {
  CATALOGUES[locale] = catalogue;
}

/** Fills `{name}` placeholders; a missing parameter stays visible as `{name}` rather than vanishing. */
export function fillPlaceholders(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Text of an engine event or health detail; unknown keys fall back to the key itself so nothing is hidden. */
export function formatMessage(locale: MessageLocale, message: EventMessage): string {
  const template = ((CATALOGUES[locale] ?? enMessages) as Record<string, string>)[message.key];
  return template === undefined ? message.key : fillPlaceholders(template, message.params);
}

/** Text of an input problem's reason (`reason.<reason>`), its placeholders filled. */
export function formatReason(locale: MessageLocale, problem: Pick<InputProblem, 'reason' | 'params'>): string {
  const catalogue = (CATALOGUES[locale] ?? enMessages) as Record<string, string>;
  const template = catalogue[`reason.${problem.reason}`];
  return template === undefined ? problem.reason : fillPlaceholders(template, problem.params);
}

/**
 * Text of a typed engine error. A `reason` parameter naming an input reason (InvalidParameter) is
 * replaced by that reason's translated text, filled from the same params.
 */
export function formatError(locale: MessageLocale, error: SimError): string {
  const catalogue = CATALOGUES[locale] ?? enMessages;
  const { reason } = error.params;
  const params = typeof reason === 'string' && `reason.${reason}` in catalogue
    ? { ...error.params, reason: formatReason(locale, { reason: reason as InputReason, params: error.params }) }
    : error.params;
  return fillPlaceholders(catalogue[`error.${error.code}`], params);
}
