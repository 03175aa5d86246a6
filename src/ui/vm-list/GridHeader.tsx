import type { ReactTable } from '@tanstack/react-table';
import { ContextMenu } from 'radix-ui';
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { columnsStore, columnWidth, isColumnId, openColumnsDialog, resetColumnWidth, saveColumnWidths, setColumnWidth } from '../../store/columnsStore';
import type { GridSortRow } from '../../store/selectors/vmSort';
import { uiStore } from '../../store/uiStore';
import { useT } from '../common/useT';
import type { gridFeatures } from './gridTable';
import { SortCaret } from './icons';

type GridTable = ReactTable<typeof gridFeatures, GridSortRow>;

/** Dragging a header's right border resizes its column (saved when the drag ends), as in MMC. */
function startResize(event: PointerEvent<HTMLDivElement>, id: string): void {
  if (!isColumnId(id) || event.button !== 0) return;
  event.preventDefault();
  event.stopPropagation();
  const handle = event.currentTarget;
  const x0 = event.clientX;
  const w0 = columnWidth(columnsStore.getState().widths, id, uiStore.getState().locale);
  handle.setPointerCapture?.(event.pointerId);
  const move = (e: globalThis.PointerEvent) => setColumnWidth(id, w0 + e.clientX - x0);
  const end = () => {
    handle.removeEventListener('pointermove', move);
    handle.removeEventListener('pointerup', end);
    handle.removeEventListener('pointercancel', end);
    saveColumnWidths();
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
}

/**
 * The column headers. A click sorts by that column (again: the other way); a right-click offers
 * Add/Remove Columns…, as MMC does; dragging a header's right border resizes the column. Keyboard: the header row is one Tab stop; Left/Right move between
 * headers, Enter or Space sorts, Down goes to the rows, Shift+F10 opens the menu.
 */
export function GridHeader({ table, onLeaveDown }: { table: GridTable; onLeaveDown: () => void }) {
  const t = useT();
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

  const headerRow = (
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
            <div
              className="vm-grid__resizer"
              aria-hidden="true"
              onPointerDown={(e) => startResize(e, header.id)}
              onClick={(e) => e.stopPropagation()}
              onDoubleClick={(e) => {
                e.stopPropagation();
                if (isColumnId(header.id)) resetColumnWidth(header.id);
              }}
            />
          </div>
        );
      })}
    </div>
  );

  return (
    <ContextMenu.Root>
      <ContextMenu.Trigger asChild>
        <div role="rowgroup" className="vm-grid__head">
          {headerRow}
        </div>
      </ContextMenu.Trigger>
      <ContextMenu.Portal>
        <ContextMenu.Content className="menu" collisionPadding={4}>
          <ContextMenu.Item className="menu__item" onSelect={() => setTimeout(openColumnsDialog, 0)}>
            <span className="menu__label">{t('action.addRemoveColumns')}</span>
          </ContextMenu.Item>
        </ContextMenu.Content>
      </ContextMenu.Portal>
    </ContextMenu.Root>
  );
}
