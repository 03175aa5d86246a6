import { afterEach, describe, expect, it } from 'vitest';
import {
  applyColumns, closeColumnsDialog, COLUMN_IDS, COLUMNS_STORAGE_KEY, columnsStore, columnWidth, DEFAULT_COLUMN_WIDTH, defaultColumnWidth, DEFAULT_COLUMNS, DEFAULT_SORT,
  MIN_COLUMN_WIDTH, normaliseDisplayed, openColumnsDialog, readSavedColumns, resetColumnsStore, resetColumnWidth, saveColumnWidths,
  setColumnWidth, setGridSort,
} from './columnsStore';
import { addColumn, availableColumns, canMoveColumn, canRemoveColumn, moveColumn, removeColumn } from './selectors/columnsDialog';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

afterEach(() => resetColumnsStore(null));

describe('columnsStore', () => {
  it('starts with Hyper-V Manager’s default columns, sorted by name', () => {
    resetColumnsStore(null);
    expect(columnsStore.getState().displayed).toEqual(['name', 'state', 'cpuUsage', 'assignedMemory', 'uptime', 'status', 'configurationVersion']);
    expect(columnsStore.getState().sort).toEqual(DEFAULT_SORT);
  });

  it('opens and closes the dialog; OK applies and saves, the next page reads it back', () => {
    const storage = memoryStorage();
    resetColumnsStore(storage);
    openColumnsDialog();
    expect(columnsStore.getState().dialogOpen).toBe(true);
    applyColumns([...DEFAULT_COLUMNS, 'replicationHealth']);
    expect(columnsStore.getState().dialogOpen).toBe(false);
    expect(columnsStore.getState().displayed.at(-1)).toBe('replicationHealth');
    setGridSort({ id: 'replicationHealth', desc: true });
    resetColumnsStore(storage);
    expect(columnsStore.getState().displayed.at(-1)).toBe('replicationHealth');
    expect(columnsStore.getState().sort).toEqual({ id: 'replicationHealth', desc: true });
    closeColumnsDialog();
  });

  it('keeps dragged widths (clamped), saves them at the end of the drag, resets one on double-click', () => {
    const storage = memoryStorage();
    resetColumnsStore(storage);
    setColumnWidth('status', 260);
    setColumnWidth('uptime', 5);
    expect(columnWidth(columnsStore.getState().widths, 'status', 'en')).toBe(260);
    expect(columnWidth(columnsStore.getState().widths, 'uptime', 'fr')).toBe(MIN_COLUMN_WIDTH);
    expect(columnWidth(columnsStore.getState().widths, 'name', 'en')).toBe(DEFAULT_COLUMN_WIDTH.name);
    expect(storage.data.size).toBe(0);
    saveColumnWidths();
    resetColumnsStore(storage);
    expect(columnsStore.getState().widths).toEqual({ status: 260, uptime: MIN_COLUMN_WIDTH });
    resetColumnWidth('status');
    resetColumnsStore(storage);
    expect(columnsStore.getState().widths).toEqual({ uptime: MIN_COLUMN_WIDTH });
    expect(readSavedColumns(memoryStorage({ [COLUMNS_STORAGE_KEY]: '{"widths":{"name":"x","bogus":5,"state":9999}}' })).widths).toEqual({ state: 800 });
  });

  it('gives French headers wider defaults, never narrower ones, and keeps dragged widths in both languages', () => {
    expect(defaultColumnWidth('cpuUsage', 'fr')).toBeGreaterThan(DEFAULT_COLUMN_WIDTH.cpuUsage);
    expect(defaultColumnWidth('replicationHealth', 'fr')).toBeGreaterThan(DEFAULT_COLUMN_WIDTH.replicationHealth);
    expect(defaultColumnWidth('cpuUsage', 'en')).toBe(DEFAULT_COLUMN_WIDTH.cpuUsage);
    for (const id of COLUMN_IDS) expect(defaultColumnWidth(id, 'fr')).toBeGreaterThanOrEqual(DEFAULT_COLUMN_WIDTH[id]);
    expect(columnWidth({ cpuUsage: 64 }, 'cpuUsage', 'fr')).toBe(64);
    expect(columnWidth({}, 'cpuUsage', 'fr')).toBe(defaultColumnWidth('cpuUsage', 'fr'));
  });

  it('drops the sort when its column is removed', () => {
    resetColumnsStore(memoryStorage());
    setGridSort({ id: 'uptime', desc: false });
    applyColumns(['name', 'state']);
    expect(columnsStore.getState().sort).toEqual(DEFAULT_SORT);
  });

  it('survives saved junk: unknown ids, duplicates, a missing Name, broken JSON', () => {
    expect(normaliseDisplayed(['state', 'bogus', 'state', 42, 'name'])).toEqual(['name', 'state']);
    const saved = (text: string) => readSavedColumns(memoryStorage({ [COLUMNS_STORAGE_KEY]: text }));
    expect(saved('{not json').displayed).toEqual(DEFAULT_COLUMNS);
    expect(saved('{"displayed":"x"}').displayed).toEqual(DEFAULT_COLUMNS);
    expect(saved('{"displayed":["uptime"],"sort":{"id":"state","desc":true}}')).toEqual({ displayed: ['name', 'uptime'], sort: DEFAULT_SORT, widths: {} });
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => undefined };
    expect(readSavedColumns(throwing).displayed).toEqual(DEFAULT_COLUMNS);
  });
});

describe('Add/Remove Columns draft', () => {
  const shown = ['name', 'state', 'uptime'] as const;

  it('lists what can be added, in catalogue order', () => {
    expect(availableColumns(shown)).toEqual([
      'cpuUsage', 'assignedMemory', 'status', 'configurationVersion', 'memoryDemand', 'memoryStatus',
      'replicationHealth', 'replicationState', 'replicationType',
    ]);
  });

  it('adds at the end, removes anything but Name', () => {
    expect(addColumn(shown, 'replicationHealth')).toEqual(['name', 'state', 'uptime', 'replicationHealth']);
    expect(addColumn(shown, 'state')).toBe(shown);
    expect(removeColumn(shown, 'state')).toEqual(['name', 'uptime']);
    expect(removeColumn(shown, 'name')).toBe(shown);
    expect(canRemoveColumn(shown, 'name')).toBe(false);
    expect(canRemoveColumn(shown, null)).toBe(false);
  });

  it('moves columns up and down, never above Name nor past the ends', () => {
    expect(moveColumn(shown, 'uptime', -1)).toEqual(['name', 'uptime', 'state']);
    expect(moveColumn(shown, 'state', 1)).toEqual(['name', 'uptime', 'state']);
    expect(moveColumn(shown, 'state', -1)).toBe(shown);
    expect(moveColumn(shown, 'uptime', 1)).toBe(shown);
    expect(canMoveColumn(shown, 'name', 1)).toBe(false);
  });
});
