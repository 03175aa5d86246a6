import { describe, expect, it } from 'vitest';
import { clampPane, DEFAULT_LAYOUT, parseLayout } from './paneLayout';

describe('pane layout', () => {
  it('clamps sizes to their limits', () => {
    expect(clampPane('treeWidth', 10)).toBe(120);
    expect(clampPane('treeWidth', 9999)).toBe(480);
    expect(clampPane('detailsHeight', 200.6)).toBe(201);
  });

  it('reads a stored layout field by field, falling back to the defaults', () => {
    expect(parseLayout(null)).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('not json')).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('42')).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout(JSON.stringify({ treeWidth: 300, actionsWidth: 'wide', detailsHeight: 5, treeVisible: false }))).toEqual({
      ...DEFAULT_LAYOUT,
      treeWidth: 300,
      detailsHeight: 90,
      treeVisible: false,
    });
  });
});
