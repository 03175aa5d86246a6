import { describe, expect, it } from 'vitest';
import { findTypeAhead, isContextMenuKey, isTypeAheadKey, nextRowIndex } from './gridNavigation';

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

describe('findTypeAhead', () => {
  const names = ['Dc1', 'Vm1', 'Vm2', 'Web', 'vm10'];

  it('finds the next name starting with a letter, cycling on repeats', () => {
    expect(findTypeAhead(names, 0, 'v')).toBe(1);
    expect(findTypeAhead(names, 1, 'v')).toBe(2);
    expect(findTypeAhead(names, 2, 'v')).toBe(4);
    expect(findTypeAhead(names, 4, 'v')).toBe(1);
    expect(findTypeAhead(names, -1, 'w')).toBe(3);
  });

  it('keeps the current row while a longer prefix still matches it', () => {
    expect(findTypeAhead(names, 1, 'vm')).toBe(1);
    expect(findTypeAhead(names, 1, 'vm1')).toBe(1);
    expect(findTypeAhead(names, 1, 'vm10')).toBe(4);
    expect(findTypeAhead(names, 1, 'x')).toBe(-1);
  });

  it('types printable keys only', () => {
    const plain = { ctrlKey: false, altKey: false, metaKey: false };
    expect(isTypeAheadKey({ key: 'v', ...plain })).toBe(true);
    expect(isTypeAheadKey({ key: 'ArrowDown', ...plain })).toBe(false);
    expect(isTypeAheadKey({ key: ' ', ...plain })).toBe(false);
    expect(isTypeAheadKey({ key: 'v', ...plain, ctrlKey: true })).toBe(false);
  });
});
