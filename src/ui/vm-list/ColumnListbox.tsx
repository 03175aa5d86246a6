import { useId, type KeyboardEvent } from 'react';
import type { ColumnId } from '../../store/columnsStore';
import { COLUMN_LABEL } from '../../store/selectors/vmCells';
import { useT } from '../common/useT';

export interface ColumnListboxProps {
  label: string;
  items: readonly ColumnId[];
  selected: ColumnId | null;
  onSelect: (id: ColumnId) => void;
  /** Double-click or Enter: Add -> on the left list, <- Remove on the right one. */
  onActivate: (id: ColumnId) => void;
}

/** A single-selection list of column names (one of the two lists of Add/Remove Columns). */
export function ColumnListbox({ label, items, selected, onSelect, onActivate }: ColumnListboxProps) {
  const t = useT();
  const labelId = useId();
  const optionId = (id: ColumnId) => `${labelId}-${id}`;
  const index = selected === null ? -1 : items.indexOf(selected);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = items.length - 1;
    const to =
      event.key === 'ArrowDown' ? Math.min(last, index + 1)
      : event.key === 'ArrowUp' ? Math.max(0, index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (to !== null && items[to]) {
      event.preventDefault();
      onSelect(items[to]);
    } else if (event.key === 'Enter' && selected !== null && index >= 0) {
      event.preventDefault();
      onActivate(selected);
    }
  };

  return (
    <div className="columns-dialog__list">
      <div id={labelId} className="columns-dialog__label">
        {label}
      </div>
      <div
        role="listbox"
        aria-labelledby={labelId}
        aria-activedescendant={index >= 0 ? optionId(selected as ColumnId) : undefined}
        tabIndex={0}
        className="columns-dialog__listbox"
        onKeyDown={onKeyDown}
      >
        {items.map((id) => (
          <div
            key={id}
            id={optionId(id)}
            role="option"
            aria-selected={id === selected}
            className={id === selected ? 'columns-dialog__option columns-dialog__option--selected' : 'columns-dialog__option'}
            onClick={() => onSelect(id)}
            onDoubleClick={() => onActivate(id)}
          >
            {t(COLUMN_LABEL[id])}
          </div>
        ))}
      </div>
    </div>
  );
}
