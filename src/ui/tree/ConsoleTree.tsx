import { useEffect, useId, useMemo, useRef, useState, type ComponentType, type KeyboardEvent, type ReactNode } from 'react';
import { useLab } from '../../store/labStore';
import { selectHost, useUi } from '../../store/uiStore';
import { useT } from '../common/useT';
import { visibleHosts } from '../../store/serverList';
import { ServerItem } from './ServerItem';
import { ManagerIcon } from './TreeIcons';
import { ROOT_ID, treeKey, visibleItems } from './treeNav';
import './tree.css';

/** Wraps a tree row, e.g. with its context menu (host null: the "Hyper-V Manager" root). */
export type TreeItemMenu = ComponentType<{ host: string | null; children: ReactNode }>;

function Passthrough({ children }: { host: string | null; children: ReactNode }) {
  return children;
}

/** The element of item `id`: tree items are in the DOM in the order of the visible items. */
function itemNode(tree: HTMLElement | null, items: readonly string[], id: string): HTMLElement | undefined {
  return tree?.querySelectorAll<HTMLElement>('[role="treeitem"]')[items.indexOf(id)];
}

/** Shift+F10 or the context-menu key: a `contextmenu` event on the item's row, where its menu listens. */
function openRowMenu(item: HTMLElement | undefined): void {
  const row = item?.querySelector<HTMLElement>('.tree-row');
  if (!row) return;
  const rect = row.getBoundingClientRect();
  row.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, button: 2, clientX: rect.left + 24, clientY: rect.bottom }));
}

/**
 * The console tree: "Hyper-V Manager" and one server per connected host. Arrow keys, Home and End move the
 * focus; Enter, Space or a click select (uiStore.selectHost), which fills the centre pane.
 */
export function ConsoleTree({ itemMenu: ItemMenu = Passthrough }: { itemMenu?: TreeItemMenu }) {
  const t = useT();
  const rootLabelId = useId();
  const hostNames = useLab((lab) => lab.hostNames);
  const shown = useUi((ui) => ui.shownHosts);
  const selected = useUi((ui) => ui.selectedHost);
  const servers = useMemo(() => visibleHosts(hostNames, shown), [hostNames, shown]);
  const [expanded, setExpanded] = useState(true);
  const [focusedItem, setFocusedItem] = useState<string | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const moveFocus = useRef(false);

  const items = visibleItems({ servers, expanded, focused: ROOT_ID });
  const selectedId = selected === null ? ROOT_ID : selected;
  const fallback = items.includes(selectedId) ? selectedId : ROOT_ID;
  const focused = focusedItem !== null && items.includes(focusedItem) ? focusedItem : fallback;

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    itemNode(treeRef.current, visibleItems({ servers, expanded, focused }), focused)?.focus();
  }, [focused, servers, expanded]);

  const focusItem = (id: string) => {
    moveFocus.current = true;
    setFocusedItem(id);
  };
  const choose = (id: string) => selectHost(id === ROOT_ID ? null : id);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      openRowMenu(itemNode(treeRef.current, items, focused));
      return;
    }
    const move = treeKey(event.key, { servers, expanded, focused });
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    if (move.expanded !== undefined) setExpanded(move.expanded);
    if (move.focus !== undefined) focusItem(move.focus);
    if (move.select !== undefined) choose(move.select);
  };

  return (
    <ul ref={treeRef} role="tree" aria-label={t('tree.label')} className="console-tree" onKeyDown={onKeyDown}>
      <li
        role="treeitem"
        aria-level={1}
        aria-expanded={expanded}
        aria-selected={selectedId === ROOT_ID}
        aria-labelledby={rootLabelId}
        tabIndex={focused === ROOT_ID ? 0 : -1}
        className="tree-item"
        onFocus={(e) => e.target === e.currentTarget && setFocusedItem(ROOT_ID)}
        onClick={(e) => {
          // Clicks on a server bubble up here: only the root's own row selects the root.
          if (e.target instanceof Element && e.target.closest('[role="treeitem"]') !== e.currentTarget) return;
          focusItem(ROOT_ID);
          choose(ROOT_ID);
        }}
      >
        <ItemMenu host={null}>
          <div className="tree-row">
            <span
              className={expanded ? 'tree-expander tree-expander--open' : 'tree-expander'}
              aria-hidden="true"
              onClick={(e) => {
                e.stopPropagation();
                setExpanded(!expanded);
              }}
            />
            <ManagerIcon />
            <span id={rootLabelId} className="tree-label">
              {t('shell.hyperVManager')}
            </span>
          </div>
        </ItemMenu>
        {expanded && servers.length > 0 && (
          <ul role="group" className="tree-group">
            {servers.map((host) => (
              <ServerItem
                key={host}
                host={host}
                selected={selectedId === host}
                tabbable={focused === host}
                itemMenu={ItemMenu}
                onFocusItem={() => setFocusedItem(host)}
                onActivate={() => (focusItem(host), choose(host))}
              />
            ))}
          </ul>
        )}
      </li>
    </ul>
  );
}
