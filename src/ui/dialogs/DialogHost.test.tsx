import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDialog, dialogStore, openDialog } from '../../store/dialogStore';
import { DialogHost } from './DialogHost';

afterEach(() => act(() => closeDialog()));

describe('DialogHost', () => {
  it('shows nothing until a dialog is requested', () => {
    render(<DialogHost />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('loads the requested dialog lazily, and Escape closes it', async () => {
    render(<DialogHost />);
    act(() => openDialog({ kind: 'hyperVSettings', host: 'HV-1' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(dialogStore.getState().open).toBeNull();
  });
});
