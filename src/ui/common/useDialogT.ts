import { useCallback } from 'react';
import { translateDialog, type DialogTranslate } from '../../i18n/dialogs';
import { useUi } from '../../store/uiStore';

/** The translate function of dialogs and wizards in the current console language. */
export function useDialogT(): DialogTranslate {
  const locale = useUi((ui) => ui.locale);
  return useCallback<DialogTranslate>((key, params) => translateDialog(locale, key, params), [locale]);
}
