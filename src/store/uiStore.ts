import { createStore, useStore } from 'zustand';
import type { Locale, UiKey } from '../i18n/ui';

/** A message for the page's notice area (translated when drawn). */
export interface Notice {
  key: UiKey;
  params: Record<string, string | number>;
}

/** UI-only state (not mirrored from the worker): written through the actions below. */
export interface UiState {
  locale: Locale;
  notices: readonly Notice[];
}

export const uiStore = createStore<UiState>()(() => ({ locale: 'en', notices: [] }));

export function useUi<T>(selector: (ui: UiState) => T): T {
  return useStore(uiStore, selector);
}

export function setLocale(locale: Locale): void {
  uiStore.setState({ locale });
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function addNotice(key: UiKey, params: Record<string, string | number> = {}): void {
  uiStore.setState((ui) => ({ notices: [...ui.notices, { key, params }] }));
}

export function clearNotices(): void {
  uiStore.setState({ notices: [] });
}
