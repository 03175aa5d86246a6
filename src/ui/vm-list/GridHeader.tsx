import type { ReactTable } from '@tanstack/react-table';
import { useState, type KeyboardEvent } from 'react';
import type { GridSortRow } from '../../store/selectors/vmSort';
import type { gridFeatures } from './gridTable';
import { SortCaret } from './icons';

type GridTable = ReactTable<typeof gridFeatures, GridSortRow>;

/**
 * The column headers. A click sorts by that column (again: the other way). Keyboard: the header row is
 * one Tab stop; Left/Right move between headers, Enter or Space sorts, Down goes to the rows.
 */
export function GridHeader({ table, onLeaveDown }: { table: GridTable; onLeaveDown: () => void }) {
  const [focusCol, setFocusCol] = useState(0);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const cells = event.currentTarget.parentElement?.children;
    const go = (i: number) => (cells?.[Math.max(0, Math.min(headers.length - 1, i))] as HTMLElement | undefined)?.focus();
    switch (event.key) {
      case 'ArrowLeft':
        go(index - 1);
        break;
      case 'ArrowRight':
        go(index + 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(headers.length - 1);
        break;
      case 'Enter':
      case ' ':
        headers[index]?.column.toggleSorting();
        break;
      case 'ArrowDown':
        onLeaveDown();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div role="rowgroup" className="vm-grid__head">
      <div role="row" aria-rowindex={1} className="vm-grid__row vm-grid__row--head">
        {headers.map((header, i) => {
          const sorted = header.column.getIsSorted();
          return (
            <div
              key={header.id}
              role="columnheader"
              aria-colindex={i + 1}
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              tabIndex={i === Math.min(focusCol, headers.length - 1) ? 0 : -1}
              className="vm-grid__header"
              onClick={() => header.column.toggleSorting()}
              onFocus={() => setFocusCol(i)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              {sorted && <SortCaret desc={sorted === 'desc'} />}
              <span className="vm-grid__text">
                <table.FlexRender header={header} />
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
