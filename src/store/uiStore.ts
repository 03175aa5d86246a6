import { createStore, useStore } from 'zustand';
import { loadLocale } from '../i18n/loadLocale';
import { isUiLocaleLoaded, type Locale, type UiKey } from '../i18n/ui';
import type { InputProblem } from '../protocol';

/** A message for the page's notice area (translated when drawn). */
export interface Notice {
  key: UiKey;
  params: Record<string, string | number>;
  /** A refused input: drawn as `{path}` and `{reason}` in the console's language (labFileNotices.ts). */
  problem?: InputProblem;
  /** A simulated time, drawn as `{time}` in the console's language. */
  labTime?: { startDate: string; now: number };
}

/** UI-only state (not mirrored from the worker): written through the actions below. */
export interface UiState {
  locale: Locale;
  notices: readonly Notice[];
  /** Host selected in the console tree (null: the "Hyper-V Manager" root). */
  selectedHost: string | null;
  /** Entity key of the VM selected in the list. */
  selectedVm: string | null;
  /** Hosts shown in the console tree (Connect to Server… adds one, Remove Server drops one); null = all. */
  shownHosts: readonly string[] | null;
}

export const uiStore = createStore<UiState>()(() => ({ locale: 'en', notices: [], selectedHost: null, selectedVm: null, shownHosts: null }));

export function selectHost(host: string | null): void {
  uiStore.setState((ui) => (ui.selectedHost === host ? ui : { selectedHost: host, selectedVm: null }));
}

export function selectVm(vmKey: string | null): void {
  uiStore.setState({ selectedVm: vmKey });
}

export function setShownHosts(hosts: readonly string[] | null): void {
  uiStore.setState({ shownHosts: hosts });
}

export function useUi<T>(selector: (ui: UiState) => T): T {
  return useStore(uiStore, selector);
}

/** Sets the console language (its catalogues must be loaded: use `switchLocale` from the UI). */
export function setLocale(locale: Locale): void {
  uiStore.setState({ locale });
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Switches the console language, loading its catalogues first (French is a lazy chunk). */
export async function switchLocale(locale: Locale): Promise<void> {
  if (!isUiLocaleLoaded(locale)) await loadLocale(locale);
  setLocale(locale);
}

export function addNotice(key: UiKey, params: Record<string, string | number> = {}, extra: Pick<Notice, 'problem' | 'labTime'> = {}): void {
  uiStore.setState((ui) => ({ notices: [...ui.notices, { key, params, ...extra }] }));
}

export function clearNotices(): void {
  uiStore.setState({ notices: [] });
}
