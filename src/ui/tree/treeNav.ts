/**
 * Keyboard model of the console tree (WAI-ARIA tree pattern): one root with one level of servers.
 * Pure: given the key and the tree, says what to focus, select or expand.
 */
export const ROOT_ID = '\u0000root';

export interface TreeShape {
  /** Server names under the root, in order. */
  servers: readonly string[];
  expanded: boolean;
  /** Focused item: {@link ROOT_ID} or a server name. */
  focused: string;
}

export interface TreeMove {
  focus?: string;
  select?: string;
  expanded?: boolean;
}

/** Items a user can reach, in order (servers only while the root is expanded). */
export function visibleItems(tree: TreeShape): readonly string[] {
  return tree.expanded ? [ROOT_ID, ...tree.servers] : [ROOT_ID];
}

/** What `key` does on the focused item; null when the tree does not handle the key. */
export function treeKey(key: string, tree: TreeShape): TreeMove | null {
  const items = visibleItems(tree);
  const index = Math.max(0, items.indexOf(tree.focused));
  const onRoot = tree.focused === ROOT_ID;
  switch (key) {
    case 'ArrowDown':
      return { focus: items[Math.min(items.length - 1, index + 1)] };
    case 'ArrowUp':
      return { focus: items[Math.max(0, index - 1)] };
    case 'Home':
      return { focus: ROOT_ID };
    case 'End':
      return { focus: items[items.length - 1] };
    case 'ArrowRight':
      if (!onRoot) return {};
      if (!tree.expanded) return { expanded: true };
      return tree.servers.length > 0 ? { focus: tree.servers[0] } : {};
    case 'ArrowLeft':
      if (!onRoot) return { focus: ROOT_ID };
      return tree.expanded ? { expanded: false } : {};
    case 'Enter':
    case ' ':
      return { select: tree.focused };
    default:
      return null;
  }
}
