import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_EVENTS } from '../../actions';
import { EMPTY_LAB, labStore } from '../../store/labStore';
import { createInMemoryLab } from '../../store/testing/inMemoryLab';
import { selectHost, setLocale, setShownHosts, uiStore } from '../../store/uiStore';
import { closeConnectToServer, connectDialogStore, listenForConnectToServer, openConnectToServer } from './connectDialogStore';
import { ConnectToServerDialog } from './ConnectToServerDialog';

beforeEach(async () => {
  labStore.setState(EMPTY_LAB, true);
  setLocale('en');
  const lab = createInMemoryLab({ store: labStore });
  await act(async () => {
    await lab.bridge.load({ kind: 'preset', presetId: 'extended-chain', seed: 1 });
  });
  setShownHosts(['HV-1']);
  selectHost('HV-1');
});

afterEach(() => {
  act(() => closeConnectToServer());
  labStore.setState(EMPTY_LAB, true);
});

describe('ConnectToServerDialog ("Select Computer")', () => {
  it('opens from openConnectToServer() as a dialog named by its title', () => {
    render(<ConnectToServerDialog />);
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => openConnectToServer());
    const dialog = screen.getByRole('dialog', { name: 'Select Computer' });
    expect(within(dialog).getByRole('group', { name: 'Connect to virtualization server' })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Local computer (the computer this console is running on)' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Another computer:' })).not.toBeChecked();
    expect(within(dialog).getByRole('button', { name: 'Browse...' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('opens on the action registry’s "connect to server" event', () => {
    const stop = listenForConnectToServer();
    act(() => {
      window.dispatchEvent(new CustomEvent(CONSOLE_EVENTS.connectToServer));
    });
    expect(connectDialogStore.getState().open).toBe(true);
    stop();
  });

  it('says so when the computer is unknown, then connects to a lab host typed by name', async () => {
    const user = userEvent.setup();
    render(<ConnectToServerDialog />);
    act(() => openConnectToServer());
    const field = screen.getByRole('textbox', { name: 'Another computer:' });
    await user.type(field, 'SRV-42');
    expect(screen.getByRole('radio', { name: 'Another computer:' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Computer “SRV-42” could not be resolved.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog', { name: 'Select Computer' })).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, 'hv-3.formation.lan{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(uiStore.getState().shownHosts).toEqual(['HV-1', 'HV-3']);
    expect(uiStore.getState().selectedHost).toBe('HV-3');
  });

  it('connects to the local computer (the lab’s first host) and closes on Cancel', async () => {
    const user = userEvent.setup();
    render(<ConnectToServerDialog />);
    act(() => {
      setShownHosts(['HV-2']);
      openConnectToServer();
    });
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(uiStore.getState().shownHosts).toEqual(['HV-1', 'HV-2']);
    expect(uiStore.getState().selectedHost).toBe('HV-1');
    act(() => openConnectToServer());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('speaks French', () => {
    setLocale('fr');
    render(<ConnectToServerDialog />);
    act(() => openConnectToServer());
    const dialog = screen.getByRole('dialog', { name: 'Sélectionner un ordinateur' });
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Un autre ordinateur :' })).toBeInTheDocument();
  });
});
