import { registerMessageCatalogue } from './messages/format';
import { isUiLocaleLoaded, registerUiCatalogue, type Locale } from './ui';

/**
 * Loads a console language's catalogues (the second language is a lazy chunk, performance T11).
 * Resolves at once for English or a language already loaded.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  if (isUiLocaleLoaded(locale)) return;
  const [ui, messages] = await Promise.all([import('./ui/fr'), import('./messages/fr')]);
  registerUiCatalogue('fr', ui.fr);
  registerMessageCatalogue('fr', messages.frMessages);
}
