import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureActionEnv } from '../../actions';
import { closeColumnsDialog, columnsStore } from '../../store/columnsStore';
import { selectHost, selectVm, setLocale } from '../../store/uiStore';
import { MenuBar } from './MenuBar';
import { loadActionsLab, type ActionsLab } from './testing/actionsLab';

let t: ActionsLab;
afterEach(() => t.restore());

const items = (menu: HTMLElement) => within(menu).getAllByRole('menuitem').map((i) => i.textContent);

async function openMenu(name: string) {
  await userEvent.click(screen.getByRole('menuitem', { name }));
  return screen.findByRole('menu');
}

describe('menu bar', () => {
  it('has File, Action, View, Lab and Help', async () => {
    t = await loadActionsLab('active-passive');
    render(<MenuBar />);
    const bar = screen.getByRole('menubar', { name: 'Menu bar' });
    expect(within(bar).getAllByRole('menuitem').map((m) => m.textContent)).toEqual(['File', 'Action', 'View', 'Lab', 'Help']);
    const file = await openMenu('File');
    expect(items(file)).toEqual(['Add/Remove Snap-in…', 'Options…', 'Exit']);
    expect(within(file).getByRole('menuitem', { name: 'Exit' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('Action holds the selected VM’s actions, or the server’s', async () => {
    t = await loadActionsLab('active-passive');
    act(() => selectHost('HV-1'));
    render(<MenuBar />);
    expect(items(await openMenu('Action'))).toContain('Remove Server');
    await userEvent.keyboard('{Escape}');
    act(() => selectVm(t.key('HV-1', 'Vm1')));
    expect(items(await openMenu('Action'))).toEqual(expect.arrayContaining(['Connect…', 'Replication', 'Shut Down…']));
  });

  it('View: Add/Remove Columns… opens the grid’s dialog, Refresh shows F5', async () => {
    t = await loadActionsLab('active-passive');
    act(() => selectHost('HV-1'));
    render(<MenuBar />);
    const view = await openMenu('View');
    expect(items(view)).toEqual(['Add/Remove Columns…', 'Customize…', 'RefreshF5']);
    await userEvent.click(within(view).getByRole('menuitem', { name: 'Add/Remove Columns…' }));
    await waitFor(() => expect(columnsStore.getState().dialogOpen).toBe(true));
    closeColumnsDialog();
  });

  it('Help ▸ About Hyper-V Manager opens a dialog', async () => {
    t = await loadActionsLab('blank');
    render(<MenuBar />);
    await userEvent.click(within(await openMenu('Help')).getByRole('menuitem', { name: 'About Hyper-V Manager' }));
    const box = await screen.findByRole('alertdialog', { name: 'About Hyper-V Manager' });
    await userEvent.click(within(box).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('F5 refreshes, Alt+V opens View (French: Alt+A opens Affichage)', async () => {
    t = await loadActionsLab('active-passive');
    act(() => selectHost('HV-1'));
    const refresh = vi.fn();
    const restore = configureActionEnv({ refresh });
    render(<MenuBar />);
    fireEvent.keyDown(document.body, { key: 'F5' });
    await waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    restore();
    fireEvent.keyDown(document.body, { key: 'v', altKey: true });
    expect(items(await screen.findByRole('menu'))).toContain('Add/Remove Columns…');
    await userEvent.keyboard('{Escape}');
    act(() => setLocale('fr'));
    fireEvent.keyDown(document.body, { key: 'a', altKey: true });
    expect(items(await screen.findByRole('menu'))).toContain('Ajouter/supprimer des colonnes…');
    expect(screen.getByRole('menubar', { name: 'Barre de menus' })).toHaveTextContent('FichierActionAffichageLaboratoire?');
  });

  it('F10 moves the focus to the menu bar', async () => {
    t = await loadActionsLab('blank');
    render(<MenuBar />);
    fireEvent.keyDown(document.body, { key: 'F10' });
    expect(screen.getByRole('menuitem', { name: 'File' })).toHaveFocus();
  });
});
