import { COLUMN_IDS, DEFAULT_COLUMNS, FIXED_COLUMN, type ColumnId } from '../columnsStore';

/**
 * Pure edits of the Add/Remove Columns dialog's draft (the displayed list before OK). Every function
 * returns a new array, or the same one when the edit is not allowed.
 */

/** Columns that can still be added, in the dialog's catalogue order. */
export function availableColumns(displayed: readonly ColumnId[]): ColumnId[] {
  return COLUMN_IDS.filter((id) => !displayed.includes(id));
}

/** Add ->: appends `id` to the displayed columns. */
export function addColumn(displayed: readonly ColumnId[], id: ColumnId): readonly ColumnId[] {
  return displayed.includes(id) ? displayed : [...displayed, id];
}

export function canRemoveColumn(displayed: readonly ColumnId[], id: ColumnId | null): id is ColumnId {
  return id !== null && id !== FIXED_COLUMN && displayed.includes(id);
}

/** <- Remove: the Name column stays. */
export function removeColumn(displayed: readonly ColumnId[], id: ColumnId): readonly ColumnId[] {
  return canRemoveColumn(displayed, id) ? displayed.filter((c) => c !== id) : displayed;
}

export function canMoveColumn(displayed: readonly ColumnId[], id: ColumnId | null, delta: -1 | 1): id is ColumnId {
  if (id === null || id === FIXED_COLUMN) return false;
  const from = displayed.indexOf(id);
  const to = from + delta;
  return from >= 0 && to >= 0 && to < displayed.length && displayed[to] !== FIXED_COLUMN;
}

/** Move Up (-1) / Move Down (+1); nothing moves above Name. */
export function moveColumn(displayed: readonly ColumnId[], id: ColumnId, delta: -1 | 1): readonly ColumnId[] {
  if (!canMoveColumn(displayed, id, delta)) return displayed;
  const out = [...displayed];
  const from = out.indexOf(id);
  out[from] = out[from + delta] as ColumnId;
  out[from + delta] = id;
  return out;
}

/** Restore Defaults. */
export function defaultColumns(): readonly ColumnId[] {
  return DEFAULT_COLUMNS;
}
