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

/** How long typed letters keep adding to the type-ahead search, as in Windows list views. */
export const TYPE_AHEAD_MS = 1000;

/**
 * Type-ahead: the next row whose name starts with `prefix` (case-insensitive), searching from the row
 * after `current` for a one-letter prefix (so repeating a letter cycles) and from `current` itself for
 * longer ones, wrapping around. -1 when no name matches.
 * @example findTypeAhead(['Vm1', 'Web', 'Vm2'], 0, 'v') // 2
 */
export function findTypeAhead(names: readonly string[], current: number, prefix: string): number {
  const wanted = prefix.toLocaleLowerCase();
  const n = names.length;
  const from = prefix.length === 1 ? current + 1 : Math.max(0, current);
  for (let step = 0; step < n; step++) {
    const i = (((from + step) % n) + n) % n;
    if ((names[i] ?? '').toLocaleLowerCase().startsWith(wanted)) return i;
  }
  return -1;
}

/** A key that types into the type-ahead search (a printable character, no Ctrl/Alt/Meta). */
export function isTypeAheadKey(event: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean }): boolean {
  return event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.altKey && !event.metaKey;
}
