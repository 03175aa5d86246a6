import { useId, useMemo } from 'react';
import { resolveMenu, type ActionContext, type MenuEntry } from '../../actions';
import { useT } from '../common/useT';
import { ActionItem } from './ActionItem';

interface ActionsSectionProps {
  title: string;
  menu: readonly MenuEntry[];
  ctx: ActionContext;
  collapsed: boolean;
  onToggle: () => void;
}

/** A titled, collapsible group of the Actions pane (the server's, or the selected VM's). */
export function ActionsSection({ title, menu, ctx, collapsed, onToggle }: ActionsSectionProps) {
  const t = useT();
  const headerId = useId();
  const listId = useId();
  const entries = useMemo(() => resolveMenu(menu, ctx), [menu, ctx]);
  return (
    <div role="group" aria-labelledby={headerId} className="actions-pane__section">
      <h3 className="actions-pane__header">
        <button type="button" id={headerId} className="actions-pane__toggle" aria-expanded={!collapsed} aria-controls={listId} onClick={onToggle}>
          {title}
        </button>
      </h3>
      {!collapsed && (
        <ul id={listId} className="actions-pane__list">
          {entries.map((entry) => (
            <ActionItem key={entry.id} entry={entry} ctx={ctx} t={t} />
          ))}
        </ul>
      )}
    </div>
  );
}
