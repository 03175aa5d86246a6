import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../i18n/ui';
import type { ColumnId } from '../../store/columnsStore';
import { labStore } from '../../store/labStore';
import { buildSortRows, selectSortValues, sortRowsMatch, type GridSortRow } from '../../store/selectors/vmSort';

/** How often the grid re-reads the sorted column's values (a re-sort, if any, follows). */
export const RESORT_INTERVAL_MS = 1000;

/**
 * The rows handed to TanStack Table for `keys` (already in name order) sorted by `sortId`. The array
 * changes when the keys, the column or the language change, and at most once every
 * {@link RESORT_INTERVAL_MS} when the sorted column's values change (CPU Usage changes on every tick:
 * re-sorting 10,000 rows ten times a second would stall the page). Sorting by Name needs no polling:
 * the keys already come in name order.
 */
export function useSortRows(keys: readonly string[], sortId: ColumnId, locale: Locale): GridSortRow[] {
  const [version, setVersion] = useState(0);
  const rows = useMemo(
    () => buildSortRows(keys, selectSortValues(labStore.getState(), keys, sortId, locale)),
    // `version` is the re-read trigger: the values come from the store, outside React.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [keys, sortId, locale, version],
  );
  useEffect(() => {
    if (sortId === 'name') return;
    const timer = setInterval(() => {
      const values = selectSortValues(labStore.getState(), keys, sortId, locale);
      if (!sortRowsMatch(rows, keys, values)) setVersion((v) => v + 1);
    }, RESORT_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [rows, keys, sortId, locale]);
  return rows;
}
