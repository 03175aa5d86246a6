import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../i18n/ui';
import type { ColumnId } from '../../store/columnsStore';
import { labStore, useLab } from '../../store/labStore';
import { selectHostVmKeys } from '../../store/selectors/vmList';
import { buildSortRows, selectSortValues, sortRowsMatch, type GridSortRow } from '../../store/selectors/vmSort';

/** How often the grid re-reads names and the sorted column's values (a re-sort, if any, follows). */
export const RESORT_INTERVAL_MS = 1000;

const NO_KEYS: readonly string[] = [];

/** The rows for the lab as it is now: `host`'s VMs in name order, with the sort keys of column `sortId`. */
function readRows(host: string, sortId: ColumnId, locale: Locale): { keys: readonly string[]; values: (string | number)[] } {
  const lab = labStore.getState();
  const keys = selectHostVmKeys(lab, host);
  return { keys, values: selectSortValues(lab, keys, sortId, locale) };
}

/**
 * The rows handed to TanStack Table for `host`, to be sorted by `sortId`. The array changes at once when
 * VMs come or go, the column or the language change, and otherwise at most every
 * {@link RESORT_INTERVAL_MS} when a name or the sorted column's values changed. A simulation tick costs
 * the grid nothing: CPU Usage changes on every tick, and re-sorting 10,000 rows ten times a second (or
 * even re-reading 10,000 names) would take the main thread's frames.
 */
export function useSortRows(host: string, sortId: ColumnId, locale: Locale): GridSortRow[] {
  const hostKeys = useLab((lab) => lab.vmKeysByHost[host] ?? NO_KEYS);
  const [version, setVersion] = useState(0);
  const rows = useMemo(
    () => {
      const { keys, values } = readRows(host, sortId, locale);
      return buildSortRows(keys, values);
    },
    // `hostKeys` and `version` are the re-read triggers: the values come from the store, outside React.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [hostKeys, host, sortId, locale, version],
  );
  useEffect(() => {
    const timer = setInterval(() => {
      const { keys, values } = readRows(host, sortId, locale);
      if (!sortRowsMatch(rows, keys, values)) setVersion((v) => v + 1);
    }, RESORT_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [rows, host, sortId, locale]);
  return rows;
}
