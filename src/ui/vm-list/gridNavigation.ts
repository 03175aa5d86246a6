/**
 * Keyboard movement in the VM list, as in a Windows list view: the arrows move by one row, Page Up /
 * Page Down by a screenful less one row, Home / End to the ends. With no current row, any movement key
 * selects the first row. Returns null for keys that do not move.
 */
export function nextRowIndex(key: string, current: number, count: number, pageSize: number): number | null {
  if (count === 0) return null;
  const page = Math.max(1, pageSize - 1);
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  if (current < 0) return ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].includes(key) ? (key === 'End' ? count - 1 : 0) : null;
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return clamp(current + page);
    case 'PageUp':
      return clamp(current - page);
    default:
      return null;
  }
}

/** Shift+F10 and the context-menu key open the focused row's menu. */
export function isContextMenuKey(event: { key: string; shiftKey: boolean }): boolean {
  return event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
}
