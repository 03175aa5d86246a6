import { createStore, useStore } from 'zustand';
import { CONSOLE_EVENTS } from '../../actions';

/** Whether the "Select Computer" dialog (Connect to Server…) is open. */
export const connectDialogStore = createStore<{ open: boolean }>()(() => ({ open: false }));

/** Opens "Select Computer"; the action registry calls this for Connect to Server…. */
export function openConnectToServer(): void {
  connectDialogStore.setState({ open: true });
}

export function closeConnectToServer(): void {
  connectDialogStore.setState({ open: false });
}

export function useConnectDialogOpen(): boolean {
  return useStore(connectDialogStore, (s) => s.open);
}

/**
 * Opens the dialog when the action registry raises its "connect to server" console event.
 * @returns the unsubscribe function.
 */
export function listenForConnectToServer(target: Window = window): () => void {
  target.addEventListener(CONSOLE_EVENTS.connectToServer, openConnectToServer);
  return () => target.removeEventListener(CONSOLE_EVENTS.connectToServer, openConnectToServer);
}
