import { createStore, useStore } from 'zustand';
import type { Locale } from '../i18n/ui';

/**
 * The "Virtual Machines" grid's columns (View ▸ Add/Remove Columns…): which are displayed, in which
 * order, and the sort. UI-only state, persisted in localStorage so the choice survives a reload.
 */

/** Every column the grid can show, in the order the Add/Remove Columns dialog lists them. */
export const COLUMN_IDS = [
  'name',
  'state',
  'cpuUsage',
  'assignedMemory',
  'uptime',
  'status',
  'configurationVersion',
  'memoryDemand',
  'memoryStatus',
  'replicationHealth',
  'replicationState',
  'replicationType',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** Hyper-V Manager's default columns (hyperv-manager-ui.md §1.2). */
export const DEFAULT_COLUMNS: readonly ColumnId[] = ['name', 'state', 'cpuUsage', 'assignedMemory', 'uptime', 'status', 'configurationVersion'];

/** The column that can be neither removed nor moved (MMC keeps the item name first). */
export const FIXED_COLUMN: ColumnId = 'name';

/**
 * Default column widths in pixels: Hyper-V Manager's, a little wider where an English header needs it
 * (each fits its header text, 12 px of padding and the border, with a few pixels to spare).
 */
export const DEFAULT_COLUMN_WIDTH: Readonly<Record<ColumnId, number>> = {
  name: 130,
  state: 120,
  cpuUsage: 90,
  assignedMemory: 125,
  uptime: 90,
  status: 180, // "Sending Initial Replica (45%)" fits
  configurationVersion: 150,
  memoryDemand: 125,
  memoryStatus: 110,
  replicationHealth: 130,
  replicationState: 200, // "Prepared for planned failover" fits
  replicationType: 120,
};

/**
 * Where the French headers are longer ("Utilisation du processeur", "Intégrité de la réplication"), wider
 * defaults, as the French Hyper-V Manager has. Widths the user dragged are kept whatever the language.
 */
const FRENCH_COLUMN_WIDTH: Readonly<Partial<Record<ColumnId, number>>> = {
  state: 150, // the header fits, but the most common value does not: « En cours d’exécution »
  cpuUsage: 170,
  uptime: 120,
  configurationVersion: 165,
  memoryDemand: 140,
  memoryStatus: 135,
  replicationHealth: 170,
  replicationType: 135,
  status: 210,
  replicationState: 240,
};

/** Default width of column `id` in `locale`. */
export function defaultColumnWidth(id: ColumnId, locale: Locale): number {
  return (locale === 'fr' ? FRENCH_COLUMN_WIDTH[id] : undefined) ?? DEFAULT_COLUMN_WIDTH[id];
}
export const MIN_COLUMN_WIDTH = 24;
export const MAX_COLUMN_WIDTH = 800;

export type ColumnWidths = Readonly<Partial<Record<ColumnId, number>>>;

export interface GridSort {
  id: ColumnId;
  desc: boolean;
}
export const DEFAULT_SORT: GridSort = { id: 'name', desc: false };

export interface ColumnsState {
  /** Displayed columns, left to right; always starts with {@link FIXED_COLUMN}. */
  displayed: readonly ColumnId[];
  sort: GridSort;
  /** Widths the user dragged (pixels); other columns use {@link defaultColumnWidth}. */
  widths: ColumnWidths;
  /** The Add/Remove Columns dialog is open. */
  dialogOpen: boolean;
}

/** localStorage key of the grid's columns and sort. */
export const COLUMNS_STORAGE_KEY = 'replica-lab.vm-grid.columns';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function isColumnId(value: unknown): value is ColumnId {
  return typeof value === 'string' && (COLUMN_IDS as readonly string[]).includes(value);
}

/** Known, unique ids with the fixed column first; anything unusable gives the defaults. */
export function normaliseDisplayed(ids: readonly unknown[]): readonly ColumnId[] {
  const seen = new Set<ColumnId>([FIXED_COLUMN]);
  const out: ColumnId[] = [FIXED_COLUMN];
  for (const id of ids) {
    if (isColumnId(id) && !seen.has(id)) {
      seen.add(id);
      out.push(id);
    }
  }
  return out;
}

export function clampWidth(px: number): number {
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, px)));
}

/** Width of column `id` in pixels: the one the user dragged, else the default for `locale`. */
export function columnWidth(widths: ColumnWidths, id: ColumnId, locale: Locale): number {
  return widths[id] ?? defaultColumnWidth(id, locale);
}

function readWidths(saved: unknown): ColumnWidths {
  if (!saved || typeof saved !== 'object') return {};
  const out: Partial<Record<ColumnId, number>> = {};
  for (const [id, px] of Object.entries(saved)) if (isColumnId(id) && typeof px === 'number' && Number.isFinite(px)) out[id] = clampWidth(px);
  return out;
}

/** The saved columns, sort and widths, or the defaults (nothing saved, unreadable, or storage unavailable). */
export function readSavedColumns(storage: KeyValueStorage | null): Pick<ColumnsState, 'displayed' | 'sort' | 'widths'> {
  const defaults = { displayed: DEFAULT_COLUMNS, sort: DEFAULT_SORT, widths: {} };
  try {
    const text = storage?.getItem(COLUMNS_STORAGE_KEY);
    if (!text) return defaults;
    const saved = JSON.parse(text) as { displayed?: unknown; sort?: { id?: unknown; desc?: unknown }; widths?: unknown };
    const displayed = Array.isArray(saved.displayed) ? normaliseDisplayed(saved.displayed) : DEFAULT_COLUMNS;
    const sortId = saved.sort?.id;
    const sort = isColumnId(sortId) && displayed.includes(sortId) ? { id: sortId, desc: saved.sort?.desc === true } : DEFAULT_SORT;
    return { displayed, sort, widths: readWidths(saved.widths) };
  } catch {
    return defaults;
  }
}

function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access denied (sandboxed frame, privacy settings)
  }
}

let storage: KeyValueStorage | null = browserStorage();

export const columnsStore = createStore<ColumnsState>()(() => ({ ...readSavedColumns(storage), dialogOpen: false }));

function save(): void {
  const { displayed, sort, widths } = columnsStore.getState();
  try {
    storage?.setItem(COLUMNS_STORAGE_KEY, JSON.stringify({ displayed, sort, widths }));
  } catch {
    // Quota or private mode: the choice still holds for this page.
  }
}

export function useColumns<T>(selector: (state: ColumnsState) => T): T {
  return useStore(columnsStore, selector);
}

/** Opens View ▸ Add/Remove Columns… (the menu bar and the Actions pane's View ▸ call this). */
export function openColumnsDialog(): void {
  columnsStore.setState({ dialogOpen: true });
}

export function closeColumnsDialog(): void {
  columnsStore.setState({ dialogOpen: false });
}

/** OK in the dialog: displays `ids` (normalised), keeps the sort if its column stays, and saves. */
export function applyColumns(ids: readonly ColumnId[]): void {
  const displayed = normaliseDisplayed(ids);
  columnsStore.setState((s) => ({ displayed, sort: displayed.includes(s.sort.id) ? s.sort : DEFAULT_SORT, dialogOpen: false }));
  save();
}

/** A column header click: sorts by `id` (the grid decides the direction) and saves. */
export function setGridSort(sort: GridSort): void {
  columnsStore.setState({ sort });
  save();
}

/** A header border drag: sets the width of `id` (clamped) without saving; {@link saveColumnWidths} ends the drag. */
export function setColumnWidth(id: ColumnId, px: number): void {
  const width = clampWidth(px);
  columnsStore.setState((s) => (s.widths[id] === width ? s : { widths: { ...s.widths, [id]: width } }));
}

/** Double-click on a header border: back to the default width. */
export function resetColumnWidth(id: ColumnId): void {
  columnsStore.setState((s) => {
    const widths = { ...s.widths };
    delete widths[id];
    return { widths };
  });
  save();
}

export function saveColumnWidths(): void {
  save();
}

/** Tests: swap the storage and reload the state from it (null: no storage). */
export function resetColumnsStore(next: KeyValueStorage | null = storage): void {
  storage = next;
  columnsStore.setState({ ...readSavedColumns(storage), dialogOpen: false }, true);
}
