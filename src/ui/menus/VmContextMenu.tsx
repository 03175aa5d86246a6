import { ContextMenu } from 'radix-ui';
import { useMemo, type ReactElement } from 'react';
import { resolveMenu, VM_MENU } from '../../actions';
import { useLab } from '../../store/labStore';
import { selectVm } from '../../store/uiStore';
import { useT } from '../common/useT';
import { CONTEXT_MENU_KIT, MenuEntries } from './MenuEntries';
import { openContextMenuOnKeyboard } from './openOnKeyboard';
import { useActionContext } from './useActionContext';

/** The open menu; mounted only while open, so closed rows subscribe to nothing. */
function VmMenuContent({ vmKey }: { vmKey: string }) {
  const t = useT();
  const host = useLab((lab) => lab.vms[vmKey]?.host ?? null);
  const ctx = useActionContext(host, vmKey);
  const entries = useMemo(() => resolveMenu(VM_MENU, ctx), [ctx]);
  return (
    <ContextMenu.Content className="menu" aria-label={ctx.vm?.name} collisionPadding={4}>
      <MenuEntries entries={entries} ctx={ctx} kit={CONTEXT_MENU_KIT} t={t} />
    </ContextMenu.Content>
  );
}

/**
 * Wraps a VM row: right-click, Shift+F10 or the context-menu key open the VM's menu (the same entries as
 * the Actions pane's VM section). The child must accept a ref and DOM props (it becomes the trigger).
 * @example <VmContextMenu vmKey={key}><div role="row" tabIndex={-1}>…</div></VmContextMenu>
 */
export function VmContextMenu({ vmKey, children }: { vmKey: string; children: ReactElement }) {
  return (
    <ContextMenu.Root onOpenChange={(open) => open && selectVm(vmKey)}>
      <ContextMenu.Trigger asChild onKeyDown={openContextMenuOnKeyboard}>
        {children}
      </ContextMenu.Trigger>
      <ContextMenu.Portal>
        <VmMenuContent vmKey={vmKey} />
      </ContextMenu.Portal>
    </ContextMenu.Root>
  );
}
