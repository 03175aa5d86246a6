import { createStore, useStore } from 'zustand';

/** Sizes (px) and visibility of the console's panes; persisted in localStorage. */
export interface PaneLayout {
  treeWidth: number;
  actionsWidth: number;
  checkpointsHeight: number;
  detailsHeight: number;
  treeVisible: boolean;
  actionsVisible: boolean;
}

export type PaneSize = 'treeWidth' | 'actionsWidth' | 'checkpointsHeight' | 'detailsHeight';

export const PANE_LIMITS: Record<PaneSize, { min: number; max: number }> = {
  treeWidth: { min: 120, max: 480 },
  actionsWidth: { min: 150, max: 480 },
  checkpointsHeight: { min: 44, max: 400 },
  detailsHeight: { min: 90, max: 520 },
};

export const DEFAULT_LAYOUT: PaneLayout = {
  treeWidth: 190,
  actionsWidth: 240,
  checkpointsHeight: 120,
  detailsHeight: 210,
  treeVisible: true,
  actionsVisible: true,
};

export const PANE_LAYOUT_KEY = 'replica-lab.console.layout';

export function clampPane(size: PaneSize, value: number): number {
  const { min, max } = PANE_LIMITS[size];
  return Math.round(Math.min(max, Math.max(min, value)));
}

/** A stored layout, each field checked and clamped; anything unreadable falls back to the default. */
export function parseLayout(text: string | null): PaneLayout {
  if (text === null) return DEFAULT_LAYOUT;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_LAYOUT;
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULT_LAYOUT;
  const data = raw as Record<string, unknown>;
  const layout = { ...DEFAULT_LAYOUT };
  for (const size of Object.keys(PANE_LIMITS) as PaneSize[]) {
    const v = data[size];
    if (typeof v === 'number' && Number.isFinite(v)) layout[size] = clampPane(size, v);
  }
  for (const flag of ['treeVisible', 'actionsVisible'] as const) {
    if (typeof data[flag] === 'boolean') layout[flag] = data[flag];
  }
  return layout;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const paneLayoutStore = createStore<PaneLayout>()(() => parseLayout(storage()?.getItem(PANE_LAYOUT_KEY) ?? null));

function save(): void {
  try {
    storage()?.setItem(PANE_LAYOUT_KEY, JSON.stringify(paneLayoutStore.getState()));
  } catch {
    // Storage full or disabled: the layout simply is not remembered.
  }
}

export function setPaneSize(size: PaneSize, value: number): void {
  const next = clampPane(size, value);
  if (paneLayoutStore.getState()[size] === next) return;
  paneLayoutStore.setState({ [size]: next });
  save();
}

export function togglePane(pane: 'tree' | 'actions'): void {
  const flag = pane === 'tree' ? 'treeVisible' : 'actionsVisible';
  paneLayoutStore.setState((s) => ({ [flag]: !s[flag] }));
  save();
}

/** Back to the default sizes (tests and "reset layout"). */
export function resetPaneLayout(): void {
  paneLayoutStore.setState(DEFAULT_LAYOUT, true);
  save();
}

export function usePaneLayout<T>(selector: (layout: PaneLayout) => T): T {
  return useStore(paneLayoutStore, selector);
}
