import { useTable, type SortingState } from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { columnsStore, setGridSort, useColumns } from '../../store/columnsStore';
import { coldRecords } from '../../store/hotRecords';
import { labStore, useLab } from '../../store/labStore';
import { selectVm, useUi } from '../../store/uiStore';
import { useT } from '../common/useT';
import { ColumnsDialog } from './ColumnsDialog';
import { GridHeader } from './GridHeader';
import { GridRow } from './GridRow';
import { findTypeAhead, isContextMenuKey, isTypeAheadKey, nextRowIndex, TYPE_AHEAD_MS } from './gridNavigation';
import { buildColumns, fromSortingUpdate, getRowId, gridFeatures, gridTemplate, gridWidth, toSortingState } from './gridTable';
import { useSortRows } from './useSortRows';
import './vmGrid.css';

export const ROW_HEIGHT = 22;
export const HEADER_HEIGHT = 24;

const onSortingChange = (update: SortingState | ((old: SortingState) => SortingState)) =>
  setGridSort(fromSortingUpdate(update, columnsStore.getState().sort));

/** The row element of `target`, if it is (inside) a VM row. */
function rowOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-vm-key]') : null;
}

/** Opens a row's context menu from the keyboard, where a right-click would have opened it. */
function openRowMenu(row: HTMLElement): void {
  const rect = row.getBoundingClientRect();
  const init = { bubbles: true, cancelable: true, button: 2, clientX: rect.left + 24, clientY: rect.top + rect.height };
  row.dispatchEvent(new window.MouseEvent('contextmenu', init));
}

/**
 * The "Virtual Machines" grid of `host` (the pane header is the shell's), with the Add/Remove Columns
 * dialog. Another host gets a fresh grid (scrolled to the top).
 */
export function VmGrid({ host }: { host: string }) {
  return (
    <>
      <VmGridView key={host} host={host} />
      <ColumnsDialog />
    </>
  );
}

/**
 * The grid alone: a stable, sorted list of VM keys for TanStack Table, virtualised rows that each read
 * their own VM, roving focus, keyboard selection and the context menu keys.
 */
export function VmGridView({ host }: { host: string }) {
  const t = useT();
  const locale = useUi((ui) => ui.locale);
  const displayed = useColumns((s) => s.displayed);
  const sort = useColumns((s) => s.sort);
  const widths = useColumns((s) => s.widths);
  const data = useSortRows(host, sort.id, locale);
  const columns = useMemo(() => buildColumns(displayed, t, locale), [displayed, t, locale]);
  const sorting = useMemo(() => toSortingState(sort), [sort]);
  const table = useTable({ features: gridFeatures, columns, data, getRowId, state: { sorting }, onSortingChange, enableSortingRemoval: false, sortDescFirst: false });
  const rows = table.getRowModel().rows;
  const orderedKeys = useMemo(() => rows.map((row) => row.id), [rows]);

  const selected = useUi((ui) => ui.selectedVm);
  const selectedGone = useLab((lab) => selected !== null && !(selected in lab.vms));
  useEffect(() => {
    if (selectedGone) selectVm(null);
  }, [selectedGone]);
  const selectedIndex = selected === null ? -1 : orderedKeys.indexOf(selected);
  const tabbableIndex = Math.max(0, selectedIndex);

  const scrollRef = useRef<HTMLDivElement>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      // The focusable row stays in the DOM when scrolled away, so focus is never lost.
      const indexes = defaultRangeExtractor(range);
      if (tabbableIndex < range.count && !indexes.includes(tabbableIndex)) indexes.push(tabbableIndex);
      return indexes.sort((a, b) => a - b);
    },
    [tabbableIndex],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render only
  const virtualizer = useVirtualizer({
    count: orderedKeys.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => orderedKeys[i] ?? i,
    overscan: 6,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor,
  });

  const focusPending = useRef(false);
  const typeAhead = useRef({ text: '', at: -Infinity });
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scrollRef.current?.querySelector<HTMLElement>(`[role="row"][data-index="${selectedIndex}"]`)?.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const key = orderedKeys[index];
    if (key === undefined) return;
    focusPending.current = true;
    selectVm(key);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = rowOf(event.target);
    if (!row || event.defaultPrevented) return; // the row's context menu may have handled the key already
    if (isContextMenuKey(event)) {
      event.preventDefault();
      openRowMenu(row);
      return;
    }
    if (event.key === ' ') {
      event.preventDefault(); // Space selects the focused row (and does not scroll)
      const key = row.dataset.vmKey;
      if (key) selectVm(key);
      return;
    }
    if (isTypeAheadKey(event)) {
      const typed = typeAhead.current;
      typed.text = event.timeStamp - typed.at < TYPE_AHEAD_MS ? typed.text + event.key : event.key;
      typed.at = event.timeStamp;
      const vms = coldRecords(labStore.getState().vms); // names only: no need to rebuild every record
      const found = findTypeAhead(orderedKeys.map((k) => vms[k]?.name ?? ''), selectedIndex, typed.text);
      if (found >= 0 && found !== selectedIndex) moveTo(found);
      event.preventDefault();
      return;
    }
    const viewport = (scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT;
    const next = nextRowIndex(event.key, selectedIndex, orderedKeys.length, Math.floor(viewport / ROW_HEIGHT));
    if (next === null) return;
    event.preventDefault();
    if (next !== selectedIndex) moveTo(next);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const key = rowOf(event.target)?.dataset.vmKey;
    if (key && (event.button === 0 || event.button === 2)) selectVm(key);
  };
  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    const key = rowOf(event.target)?.dataset.vmKey;
    if (key) selectVm(key);
  };
  const focusRows = () => {
    if (orderedKeys.length > 0) moveTo(tabbableIndex);
  };

  const style = { '--vm-grid-cols': gridTemplate(displayed, widths, locale), '--vm-grid-width': `${gridWidth(displayed, widths, locale)}px` } as CSSProperties;
  return (
    <div className="vm-grid-pane">
      <div
        ref={scrollRef}
        role="grid"
        aria-label={t('vmList.tableLabel', { host })}
        aria-rowcount={orderedKeys.length + 1}
        aria-colcount={displayed.length}
        className="vm-grid"
        style={style}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onContextMenu={onContextMenu}
      >
        <GridHeader table={table} onLeaveDown={focusRows} />
        <div role="rowgroup" className="vm-grid__body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const key = orderedKeys[item.index] as string;
            return (
              <GridRow
                key={key}
                vmKey={key}
                index={item.index}
                top={item.start - HEADER_HEIGHT}
                displayed={displayed}
                selected={item.index === selectedIndex}
                tabbable={item.index === tabbableIndex}
              />
            );
          })}
        </div>
      </div>
      {orderedKeys.length === 0 && <p className="vm-grid-pane__empty">{t('vmList.empty')}</p>}
    </div>
  );
}
