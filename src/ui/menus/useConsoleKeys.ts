import { useEffect } from 'react';
import { contextFromLab, findShortcut, invokeAction, messageBoxStore } from '../../actions';
import { translate, type UiKey } from '../../i18n/ui';
import { labStore } from '../../store/labStore';
import { uiStore } from '../../store/uiStore';

/** Values of the menu bar's menus, with the catalogue key of each access key. */
export const MENU_KEYS = ['file', 'action', 'view', 'lab', 'help'] as const;
const ACCESS_KEYS: Record<(typeof MENU_KEYS)[number], UiKey> = {
  file: 'menubar.file.key',
  action: 'menubar.action.key',
  view: 'menubar.view.key',
  lab: 'lab.menu.key',
  help: 'menubar.help.key',
};

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Keys as the registry names them (`F5`). */
function shortcutName(event: KeyboardEvent): string | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return null;
  return /^F\d{1,2}$/.test(event.key) ? event.key : null;
}

interface ConsoleKeys {
  openMenu: (value: string) => void;
  focusBar: () => void;
  setAltHeld: (held: boolean) => void;
}

/**
 * The console's keyboard, as in MMC: F5 runs Refresh (any registry shortcut of the selection), Alt+F/A/V/H
 * (French: Alt+F/C/A/?) open File/Action/View/Help, F10 moves to the menu bar. Inactive while a message box is open.
 */
export function useConsoleKeys({ openMenu, focusBar, setAltHeld }: ConsoleKeys): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Alt') setAltHeld(true);
      if (event.defaultPrevented || messageBoxStore.getState().queue.length > 0) return;
      const { locale, selectedHost, selectedVm } = uiStore.getState();
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.key.length === 1) {
        const menu = MENU_KEYS.find((m) => translate(locale, ACCESS_KEYS[m]).toLowerCase() === event.key.toLowerCase());
        if (menu) {
          event.preventDefault();
          openMenu(menu);
        }
        return;
      }
      if (event.key === 'F10' && !event.shiftKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        focusBar();
        return;
      }
      const name = shortcutName(event);
      if (name === null || isTextField(event.target)) return;
      const ctx = contextFromLab(labStore.getState(), locale, selectedHost, selectedVm);
      const action = findShortcut(ctx, name);
      if (action) {
        event.preventDefault();
        void invokeAction(action, ctx);
      }
    };
    const onKeyUp = (event: KeyboardEvent) => event.key === 'Alt' && setAltHeld(false);
    const onBlur = () => setAltHeld(false);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, [openMenu, focusBar, setAltHeld]);
}
