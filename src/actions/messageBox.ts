import { createStore, useStore } from 'zustand';
import type { MessageBoxButton, MessageBoxSpec } from './types';

/** An open message box and the promise waiting for its answer. */
export interface OpenMessageBox {
  id: number;
  spec: MessageBoxSpec;
  answer: (button: MessageBoxButton) => void;
}

/** Message boxes waiting to be shown, oldest first; the UI shows the first (they are modal). */
export const messageBoxStore = createStore<{ queue: readonly OpenMessageBox[] }>()(() => ({ queue: [] }));

let nextId = 1;

/** Queues a message box; resolves with the button the user chose (the `cancel` button on Escape). */
export function showMessageBox(spec: MessageBoxSpec): Promise<MessageBoxButton> {
  return new Promise((resolve) => {
    const id = nextId++;
    const answer = (button: MessageBoxButton) => {
      messageBoxStore.setState((s) => ({ queue: s.queue.filter((box) => box.id !== id) }));
      resolve(button);
    };
    messageBoxStore.setState((s) => ({ queue: [...s.queue, { id, spec, answer }] }));
  });
}

/** The message box to show now, if any. */
export function useCurrentMessageBox(): OpenMessageBox | null {
  return useStore(messageBoxStore, (s) => s.queue[0] ?? null);
}
