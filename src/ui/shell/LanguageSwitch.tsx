import { LOCALES } from '../../i18n/ui';
import { switchLocale, useUi } from '../../store/uiStore';
import { useT } from '../common/useT';

/** EN | FR: switches the console language at run time (the lab keeps running untouched). */
export function LanguageSwitch() {
  const t = useT();
  const locale = useUi((ui) => ui.locale);
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="language-button"
          aria-pressed={locale === l}
          title={t(`language.${l}`)}
          onClick={() => void switchLocale(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
