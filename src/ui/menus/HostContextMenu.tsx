import { ContextMenu } from 'radix-ui';
import { useMemo, type ReactElement, type ReactNode } from 'react';
import { HOST_MENU, resolveMenu, ROOT_CONTEXT_MENU } from '../../actions';
import { useT } from '../common/useT';
import { CONTEXT_MENU_KIT, MenuEntries } from './MenuEntries';
import { openContextMenuOnKeyboard } from './openOnKeyboard';
import { useActionContext } from './useActionContext';

function HostMenuContent({ host }: { host: string | null }) {
  const t = useT();
  const ctx = useActionContext(host, null);
  const entries = useMemo(() => resolveMenu(host === null ? ROOT_CONTEXT_MENU : HOST_MENU, ctx), [ctx, host]);
  return (
    <ContextMenu.Content className="menu" aria-label={host ?? t('actions.root')} collisionPadding={4}>
      <MenuEntries entries={entries} ctx={ctx} kit={CONTEXT_MENU_KIT} t={t} />
    </ContextMenu.Content>
  );
}

/**
 * Wraps a console-tree item: its context menu is the server's actions (`host`), or the root's
 * "Connect to Server… | Help" when `host` is null. Right-click, Shift+F10 and the context-menu key open it
 * when the wrapped element has the focus; a `contextmenu` event dispatched on it opens it too.
 * Fits the tree's `TreeItemMenu` slot: `<ConsoleTree itemMenu={HostContextMenu} />`.
 */
export function HostContextMenu({ host, children }: { host: string | null; children: ReactNode }) {
  return (
    <ContextMenu.Root>
      <ContextMenu.Trigger asChild onKeyDown={openContextMenuOnKeyboard}>
        {children as ReactElement}
      </ContextMenu.Trigger>
      <ContextMenu.Portal>
        <HostMenuContent host={host} />
      </ContextMenu.Portal>
    </ContextMenu.Root>
  );
}
