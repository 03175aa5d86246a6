import type { KeyboardEvent } from 'react';

/** Shift+F10 or the context-menu key (Windows' keyboard ways to open a context menu). */
export function isContextMenuKey(event: { key: string; shiftKey: boolean }): boolean {
  return event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
}

/**
 * Opens the context menu of the focused element from the keyboard: a `contextmenu` event placed at the
 * element's lower left, as Windows does. The browser's own keyboard context menu is suppressed.
 */
export function openContextMenuOnKeyboard(event: KeyboardEvent<HTMLElement>): void {
  if (event.defaultPrevented || !isContextMenuKey(event)) return;
  event.preventDefault();
  const target = event.currentTarget;
  const rect = target.getBoundingClientRect();
  const init = { bubbles: true, cancelable: true, button: 2, clientX: rect.left + 24, clientY: rect.top + rect.height };
  target.dispatchEvent(new MouseEvent('contextmenu', init));
}
