import { useId, type ReactNode } from 'react';
import { useShallow } from 'zustand/shallow';
import { useT } from '../common/useT';
import { PaneSplitter } from './PaneSplitter';
import { usePaneLayout } from './paneLayout';

/**
 * The three panes side by side with their splitters. Only this component follows the pane sizes; the panes
 * come in as elements made by a parent that does not re-render, so a drag never re-renders their content.
 */
export function PaneRow({ tree, centre, actions }: { tree: ReactNode; centre: ReactNode; actions: ReactNode }) {
  const t = useT();
  const treeId = useId();
  const actionsId = useId();
  const layout = usePaneLayout(
    useShallow((l) => ({ tree: l.treeWidth, actions: l.actionsWidth, treeVisible: l.treeVisible, actionsVisible: l.actionsVisible })),
  );
  const columns = [
    layout.treeVisible ? `${layout.tree}px 5px` : '',
    'minmax(200px, 1fr)',
    layout.actionsVisible ? `5px ${layout.actions}px` : '',
  ].join(' ');
  return (
    <div className="console-panes" style={{ gridTemplateColumns: columns }}>
      <div id={treeId} className="console-pane console-pane--tree" hidden={!layout.treeVisible}>
        {tree}
      </div>
      {layout.treeVisible && (
        <PaneSplitter size="treeWidth" orientation="vertical" direction={1} label={t('splitter.tree')} controls={treeId} />
      )}
      <main className="console-pane console-pane--centre">{centre}</main>
      {layout.actionsVisible && (
        <PaneSplitter size="actionsWidth" orientation="vertical" direction={-1} label={t('splitter.actions')} controls={actionsId} />
      )}
      <div id={actionsId} className="console-pane console-pane--actions" hidden={!layout.actionsVisible}>
        {actions}
      </div>
    </div>
  );
}
