import { useCallback } from 'react';
import { translate, type Translate } from '../../i18n/ui';
import { useUi } from '../../store/uiStore';

/** The translate function of the current console language. */
export function useT(): Translate {
  const locale = useUi((ui) => ui.locale);
  return useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
}
