import { describe, expect, it } from 'vitest';
import { ROOT_ID, treeKey, visibleItems } from './treeNav';

const servers = ['HV-1', 'HV-2', 'HV-3'];

describe('console tree keyboard model', () => {
  it('moves down and up through the visible items, and stops at the ends', () => {
    expect(treeKey('ArrowDown', { servers, expanded: true, focused: ROOT_ID })).toEqual({ focus: 'HV-1' });
    expect(treeKey('ArrowDown', { servers, expanded: true, focused: 'HV-3' })).toEqual({ focus: 'HV-3' });
    expect(treeKey('ArrowUp', { servers, expanded: true, focused: 'HV-1' })).toEqual({ focus: ROOT_ID });
    expect(treeKey('ArrowUp', { servers, expanded: true, focused: ROOT_ID })).toEqual({ focus: ROOT_ID });
    expect(treeKey('ArrowDown', { servers, expanded: false, focused: ROOT_ID })).toEqual({ focus: ROOT_ID });
  });

  it('goes to the first and last item with Home and End', () => {
    expect(treeKey('Home', { servers, expanded: true, focused: 'HV-2' })).toEqual({ focus: ROOT_ID });
    expect(treeKey('End', { servers, expanded: true, focused: ROOT_ID })).toEqual({ focus: 'HV-3' });
    expect(treeKey('End', { servers, expanded: false, focused: ROOT_ID })).toEqual({ focus: ROOT_ID });
  });

  it('expands, enters, leaves and collapses the root with Right and Left', () => {
    expect(treeKey('ArrowRight', { servers, expanded: false, focused: ROOT_ID })).toEqual({ expanded: true });
    expect(treeKey('ArrowRight', { servers, expanded: true, focused: ROOT_ID })).toEqual({ focus: 'HV-1' });
    expect(treeKey('ArrowRight', { servers, expanded: true, focused: 'HV-2' })).toEqual({});
    expect(treeKey('ArrowLeft', { servers, expanded: true, focused: 'HV-2' })).toEqual({ focus: ROOT_ID });
    expect(treeKey('ArrowLeft', { servers, expanded: true, focused: ROOT_ID })).toEqual({ expanded: false });
    expect(treeKey('ArrowLeft', { servers, expanded: false, focused: ROOT_ID })).toEqual({});
  });

  it('selects with Enter or Space and ignores other keys', () => {
    expect(treeKey('Enter', { servers, expanded: true, focused: 'HV-2' })).toEqual({ select: 'HV-2' });
    expect(treeKey(' ', { servers, expanded: true, focused: ROOT_ID })).toEqual({ select: ROOT_ID });
    expect(treeKey('a', { servers, expanded: true, focused: ROOT_ID })).toBeNull();
  });

  it('lists the servers only while the root is expanded', () => {
    expect(visibleItems({ servers, expanded: true, focused: ROOT_ID })).toEqual([ROOT_ID, ...servers]);
    expect(visibleItems({ servers, expanded: false, focused: ROOT_ID })).toEqual([ROOT_ID]);
  });
});
