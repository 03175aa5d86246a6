import { useLab } from '../../store/labStore';
import { useT } from '../common/useT';
import type { TreeItemMenu } from './ConsoleTree';
import { ServerIcon } from './TreeIcons';

interface ServerItemProps {
  host: string;
  selected: boolean;
  tabbable: boolean;
  itemMenu: TreeItemMenu;
  onFocusItem: () => void;
  onActivate: () => void;
}

/** One server of the console tree; subscribes to its host's power only (a crashed host gets another icon). */
export function ServerItem({ host, selected, tabbable, itemMenu: ItemMenu, onFocusItem, onActivate }: ServerItemProps) {
  const t = useT();
  const crashed = useLab((lab) => lab.hosts[host]?.power === 'Crashed');
  return (
    <li
      role="treeitem"
      aria-level={2}
      aria-selected={selected}
      aria-description={crashed ? t('tree.cannotConnect') : undefined}
      tabIndex={tabbable ? 0 : -1}
      className={crashed ? 'tree-item tree-item--crashed' : 'tree-item'}
      data-host={host}
      onFocus={(e) => e.target === e.currentTarget && onFocusItem()}
      onClick={onActivate}
    >
      <ItemMenu host={host}>
        <div className="tree-row" title={crashed ? t('tree.cannotConnect') : undefined}>
          <span className="tree-expander tree-expander--leaf" aria-hidden="true" />
          <ServerIcon crashed={crashed} />
          <span className="tree-label">{host}</span>
        </div>
      </ItemMenu>
    </li>
  );
}
