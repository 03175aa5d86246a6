import { translate, type Locale } from '../../i18n/ui';
import type { ColumnId } from '../columnsStore';
import { coldRecords } from '../hotRecords';
import type { LabMirror } from '../labStore';
import { sortValue } from './vmCells';
import { selectVmRow } from './vmList';

/**
 * What the grid hands TanStack Table: one record per VM holding only its key and the sort key of the
 * column the grid is sorted by. Rows draw their cells from the store themselves, so this array only
 * has to change when the order may change.
 */
export interface GridSortRow {
  key: string;
  value: string | number;
}

/** Sort keys of `keys` for column `id`, in the same order. */
export function selectSortValues(lab: LabMirror, keys: readonly string[], id: ColumnId, locale: Locale): (string | number)[] {
  if (id === 'name') {
    const vms = coldRecords(lab.vms); // names are never hot: no need to rebuild every record
    return keys.map((k) => vms[k]?.name ?? '');
  }
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);
  return keys.map((k) => {
    const row = selectVmRow(lab, k);
    return row ? sortValue(row, id, t) : '';
  });
}

export function buildSortRows(keys: readonly string[], values: readonly (string | number)[]): GridSortRow[] {
  return keys.map((key, i) => ({ key, value: values[i] ?? '' }));
}

/** True when `rows` already hold `keys` with these `values` (nothing to re-sort). */
export function sortRowsMatch(rows: readonly GridSortRow[], keys: readonly string[], values: readonly (string | number)[]): boolean {
  if (rows.length !== keys.length) return false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as GridSortRow;
    if (row.key !== keys[i] || row.value !== values[i]) return false;
  }
  return true;
}
