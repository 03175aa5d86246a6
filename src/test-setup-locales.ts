// The app loads French lazily; tests switch languages synchronously, so every catalogue is loaded up front.
import { loadLocale } from './i18n/loadLocale';

await loadLocale('fr');
