/**
 * Test helpers for the action UI (never imported by the app): a real lab in memory behind the page's
 * stores, actions wired to it, and the few browser APIs Radix needs that jsdom lacks.
 */
import { act } from '@testing-library/react';
import { configureActionEnv, messageBoxStore } from '../../../actions';
import { EMPTY_LAB, labStore } from '../../../store/labStore';
import { createInMemoryLab, type InMemoryLab } from '../../../store/testing/inMemoryLab';
import { setLocale, uiStore } from '../../../store/uiStore';

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/** jsdom has no ResizeObserver, pointer capture or scrollIntoView; Radix menus call them. */
export function installRadixShims(): void {
  globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
  const proto = window.HTMLElement.prototype as unknown as Record<string, unknown>;
  proto.hasPointerCapture ??= () => false;
  proto.releasePointerCapture ??= () => undefined;
  proto.scrollIntoView ??= () => undefined;
}

export interface ActionsLab {
  lab: InMemoryLab;
  /** Entity key of VM `name` on `host`. */
  key(host: string, name: string): string;
  restore(): void;
}

/** Loads a preset into the page's stores and sends the actions' commands to it. */
export async function loadActionsLab(presetId: string): Promise<ActionsLab> {
  installRadixShims();
  labStore.setState(EMPTY_LAB, true);
  uiStore.setState({ selectedHost: null, selectedVm: null, shownHosts: null });
  messageBoxStore.setState({ queue: [] });
  setLocale('en');
  const lab = createInMemoryLab({ store: labStore });
  await act(async () => {
    await lab.bridge.load({ kind: 'preset', presetId, seed: 1 });
  });
  const restore = configureActionEnv({ execute: (command) => lab.bridge.execute(command) });
  const key = (host: string, name: string) => {
    const vm = Object.values(labStore.getState().vms).find((v) => v.host === host && v.name === name);
    if (!vm) throw new Error(`no VM ${name} on ${host} in the lab`);
    return vm.key;
  };
  return {
    lab,
    key,
    restore: () => {
      restore();
      labStore.setState(EMPTY_LAB, true);
      messageBoxStore.setState({ queue: [] });
    },
  };
}
