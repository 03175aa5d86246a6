import { Menubar } from 'radix-ui';
import { useMemo } from 'react';
import { hostReachable, resolveMenu, type MenuEntry } from '../../actions';
import type { UiKey } from '../../i18n/ui';
import { useUi } from '../../store/uiStore';
import { useT } from '../common/useT';
import { MENUBAR_KIT, MenuEntries } from './MenuEntries';
import { useActionContext } from './useActionContext';

/** The label with its access key underlined (shown while Alt is held, as in Windows). */
function AccessLabel({ label, accessKey }: { label: string; accessKey: string }) {
  const at = label.toLowerCase().indexOf(accessKey.toLowerCase());
  if (at < 0) return label;
  return (
    <>
      {label.slice(0, at)}
      <span className="menubar__key">{label.slice(at, at + 1)}</span>
      {label.slice(at + 1)}
    </>
  );
}

/** Items of an open menu, for the current selection (mounted only while the menu is open). */
function MenuBarContent({ menu }: { menu: (selection: { host: string | null; vm: string | null }) => readonly MenuEntry[] }) {
  const t = useT();
  const host = useUi((ui) => ui.selectedHost);
  const vm = useUi((ui) => ui.selectedVm);
  const ctx = useActionContext(host, vm);
  // A VM of a server the console cannot reach (crashed) has no actions: the Action menu is the server's.
  const reachableVm = vm !== null && hostReachable(ctx) ? vm : null;
  const entries = useMemo(() => resolveMenu(menu({ host, vm: reachableVm }), ctx), [menu, host, reachableVm, ctx]);
  return (
    <Menubar.Content className="menu" align="start" sideOffset={1} collisionPadding={4}>
      <MenuEntries entries={entries} ctx={ctx} kit={MENUBAR_KIT} t={t} />
    </Menubar.Content>
  );
}

interface MenuBarMenuProps {
  value: string;
  labelKey: UiKey;
  accessKeyKey: UiKey;
  menu: (selection: { host: string | null; vm: string | null }) => readonly MenuEntry[];
}

/** One menu of the bar (File, Action, View, Help). */
export function MenuBarMenu({ value, labelKey, accessKeyKey, menu }: MenuBarMenuProps) {
  const t = useT();
  return (
    <Menubar.Menu value={value}>
      <Menubar.Trigger className="menubar__trigger" aria-keyshortcuts={`Alt+${t(accessKeyKey)}`} data-testid={`menubar.${value}`}>
        <AccessLabel label={t(labelKey)} accessKey={t(accessKeyKey)} />
      </Menubar.Trigger>
      <Menubar.Portal>
        <MenuBarContent menu={menu} />
      </Menubar.Portal>
    </Menubar.Menu>
  );
}
