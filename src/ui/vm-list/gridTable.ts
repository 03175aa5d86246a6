import { createColumnHelper, createSortedRowModel, rowSortingFeature, tableFeatures, type SortFn, type SortingState } from '@tanstack/react-table';
import type { Locale, Translate } from '../../i18n/ui';
import { columnWidth, DEFAULT_SORT, isColumnId, type ColumnId, type ColumnWidths, type GridSort } from '../../store/columnsStore';
import { COLUMN_LABEL, compareSortValues } from '../../store/selectors/vmCells';
import type { GridSortRow } from '../../store/selectors/vmSort';

/**
 * TanStack Table v9 set-up of the VM grid. The table sees only {@link GridSortRow}s (key + the sort key
 * of the sorted column): it owns headers, sort state handling and the sorted order; rows draw their
 * cells from the store (performance.md, "rowsub").
 */
export const gridFeatures = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });

const helper = createColumnHelper<typeof gridFeatures, GridSortRow>();

/** Column definitions for the displayed columns; `value` is only meaningful for the sorted one. */
export function buildColumns(displayed: readonly ColumnId[], t: Translate, locale: string) {
  const sortFn: SortFn<typeof gridFeatures, GridSortRow> = (a, b) => compareSortValues(a.original.value, b.original.value, locale);
  return helper.columns(displayed.map((id) => helper.accessor((row) => row.value, { id, header: () => t(COLUMN_LABEL[id]), sortFn })));
}

export const getRowId = (row: GridSortRow) => row.key;

/** The store's sort as TanStack sorting state. */
export function toSortingState(sort: GridSort): SortingState {
  return [{ id: sort.id, desc: sort.desc }];
}

/** TanStack's next sorting state (value or updater) as the store's sort. */
export function fromSortingUpdate(update: SortingState | ((old: SortingState) => SortingState), current: GridSort): GridSort {
  const next = typeof update === 'function' ? update(toSortingState(current)) : update;
  const first = next[0];
  return first && isColumnId(first.id) ? { id: first.id, desc: first.desc } : DEFAULT_SORT;
}

/** CSS grid tracks of a row: the columns, then a filler so the selection spans the whole width. */
export function gridTemplate(displayed: readonly ColumnId[], widths: ColumnWidths, locale: Locale): string {
  return `${displayed.map((id) => `${columnWidth(widths, id, locale)}px`).join(' ')} minmax(0, 1fr)`;
}

export function gridWidth(displayed: readonly ColumnId[], widths: ColumnWidths, locale: Locale): number {
  return displayed.reduce((sum, id) => sum + columnWidth(widths, id, locale), 0);
}
