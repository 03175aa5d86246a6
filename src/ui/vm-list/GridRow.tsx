import { memo } from 'react';
import { useShallow } from 'zustand/shallow';
import type { Translate } from '../../i18n/ui';
import type { ColumnId } from '../../store/columnsStore';
import { useLab } from '../../store/labStore';
import { cellText, NUMERIC_COLUMNS } from '../../store/selectors/vmCells';
import { selectVmRow, type VmRowView } from '../../store/selectors/vmList';
import { useT } from '../common/useT';
import { VmContextMenu } from '../menus/VmContextMenu';
import { HealthIcon, VmIcon } from './icons';

export interface GridRowProps {
  vmKey: string;
  /** Position in the sorted list (0-based). */
  index: number;
  /** Offset from the top of the body, in pixels. */
  top: number;
  displayed: readonly ColumnId[];
  selected: boolean;
  /** The row that takes Tab focus (roving tabindex). */
  tabbable: boolean;
}

function Cell({ id, row, t, col }: { id: ColumnId; row: VmRowView; t: Translate; col: number }) {
  const text = cellText(row, id, t);
  const className = NUMERIC_COLUMNS.has(id) ? 'vm-grid__cell vm-grid__cell--num' : 'vm-grid__cell';
  if (id === 'name') {
    return (
      <div role="rowheader" aria-colindex={col} className={className}>
        <VmIcon state={row.state} />
        <span className="vm-grid__text">{text}</span>
      </div>
    );
  }
  return (
    <div role="gridcell" aria-colindex={col} className={className}>
      {id === 'replicationHealth' && <HealthIcon health={row.replicationHealth} />}
      <span className="vm-grid__text">{text}</span>
    </div>
  );
}

/**
 * One VM of the grid. Subscribes to its own record only (a tick re-renders just the visible rows whose
 * fields changed); the grid handles pointer and keyboard events by delegation, so the props stay still.
 * The row element is the trigger of the VM's context menu.
 */
export const GridRow = memo(function GridRow({ vmKey, index, top, displayed, selected, tabbable }: GridRowProps) {
  const t = useT();
  const row = useLab(useShallow((lab) => selectVmRow(lab, vmKey)));
  if (!row) return null;
  return (
    <VmContextMenu vmKey={vmKey}>
      <div
        role="row"
        aria-rowindex={index + 2}
        aria-selected={selected}
        aria-label={row.name}
        data-vm-key={vmKey}
        data-index={index}
        tabIndex={tabbable ? 0 : -1}
        className={selected ? 'vm-grid__row vm-grid__row--selected' : 'vm-grid__row'}
        style={{ transform: `translateY(${top}px)` }}
      >
        {displayed.map((id, i) => (
          <Cell key={id} id={id} row={row} t={t} col={i + 1} />
        ))}
      </div>
    </VmContextMenu>
  );
});
