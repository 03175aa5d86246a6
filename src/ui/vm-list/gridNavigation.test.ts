import { describe, expect, it } from 'vitest';
import { isContextMenuKey, nextRowIndex } from './gridNavigation';

describe('nextRowIndex', () => {
  it('moves like a Windows list view', () => {
    expect(nextRowIndex('ArrowDown', 3, 100, 20)).toBe(4);
    expect(nextRowIndex('ArrowUp', 3, 100, 20)).toBe(2);
    expect(nextRowIndex('ArrowUp', 0, 100, 20)).toBe(0);
    expect(nextRowIndex('ArrowDown', 99, 100, 20)).toBe(99);
    expect(nextRowIndex('Home', 50, 100, 20)).toBe(0);
    expect(nextRowIndex('End', 50, 100, 20)).toBe(99);
    expect(nextRowIndex('PageDown', 50, 100, 20)).toBe(69);
    expect(nextRowIndex('PageUp', 50, 100, 20)).toBe(31);
    expect(nextRowIndex('PageDown', 90, 100, 20)).toBe(99);
    expect(nextRowIndex('PageDown', 0, 100, 1)).toBe(1);
  });

  it('starts at the first (or last) row when none is selected, ignores other keys', () => {
    expect(nextRowIndex('ArrowDown', -1, 10, 5)).toBe(0);
    expect(nextRowIndex('End', -1, 10, 5)).toBe(9);
    expect(nextRowIndex('a', -1, 10, 5)).toBeNull();
    expect(nextRowIndex('Enter', 2, 10, 5)).toBeNull();
    expect(nextRowIndex('ArrowDown', -1, 0, 5)).toBeNull();
  });

  it('knows the context-menu keys', () => {
    expect(isContextMenuKey({ key: 'ContextMenu', shiftKey: false })).toBe(true);
    expect(isContextMenuKey({ key: 'F10', shiftKey: true })).toBe(true);
    expect(isContextMenuKey({ key: 'F10', shiftKey: false })).toBe(false);
  });
});
