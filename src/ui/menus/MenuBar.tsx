import { Menubar } from 'radix-ui';
import { useCallback, useRef, useState } from 'react';
import { FILE_MENU, HELP_MENU, HOST_MENU, LAB_MENU, ROOT_CONTEXT_MENU, VIEW_MENU, VM_MENU, type MenuEntry } from '../../actions';
import { useT } from '../common/useT';
import { MessageBoxHost } from '../dialogs/MessageBox';
import './menuBar.css';
import { MenuBarMenu } from './MenuBarMenu';
import { MENU_KEYS, useConsoleKeys } from './useConsoleKeys';

/** The Action menu holds the actions of what is selected: the VM, else the server, else the root. */
function actionMenu({ host, vm }: { host: string | null; vm: string | null }): readonly MenuEntry[] {
  if (vm !== null) return VM_MENU;
  return host === null ? ROOT_CONTEXT_MENU : HOST_MENU;
}

const FILE = () => FILE_MENU;
const VIEW = () => VIEW_MENU;
const LAB = () => LAB_MENU;
const HELP = () => HELP_MENU;

/**
 * MMC's menu bar (File, Action, View, Help), filled from the action registry. It also owns the console's
 * keyboard (F5 Refresh, Alt+letter and F10 to reach the menus) and shows the message boxes actions open.
 */
export function MenuBar() {
  const t = useT();
  const [open, setOpen] = useState('');
  const [altHeld, setAltHeld] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusBar = useCallback(() => rootRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(), []);
  useConsoleKeys({ openMenu: setOpen, setAltHeld, focusBar });
  return (
    <>
      <Menubar.Root ref={rootRef} value={open} onValueChange={setOpen} className={altHeld ? 'menubar menubar--keys' : 'menubar'} aria-label={t('menubar.label')}>
        <MenuBarMenu value={MENU_KEYS[0]} labelKey="menubar.file" accessKeyKey="menubar.file.key" menu={FILE} />
        <MenuBarMenu value={MENU_KEYS[1]} labelKey="menubar.action" accessKeyKey="menubar.action.key" menu={actionMenu} />
        <MenuBarMenu value={MENU_KEYS[2]} labelKey="menubar.view" accessKeyKey="menubar.view.key" menu={VIEW} />
        <MenuBarMenu value={MENU_KEYS[3]} labelKey="lab.menu" accessKeyKey="lab.menu.key" menu={LAB} />
        <MenuBarMenu value={MENU_KEYS[4]} labelKey="menubar.help" accessKeyKey="menubar.help.key" menu={HELP} />
      </Menubar.Root>
      <MessageBoxHost />
    </>
  );
}
