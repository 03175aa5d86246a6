import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_EVENTS } from '../../actions';
import { COLUMNS_STORAGE_KEY, columnsStore, openColumnsDialog, resetColumnsStore } from '../../store/columnsStore';
import { EMPTY_LAB, labStore } from '../../store/labStore';
import { fixtureLab, fixtureVm } from '../../store/selectors/vmFixtures';
import { setLocale } from '../../store/uiStore';
import { VmGrid } from './VmGrid';

/** Column headers (also while the modal dialog hides the page from the accessibility tree). */
const headers = () => within(screen.getByRole('grid', { hidden: true })).getAllByRole('columnheader', { hidden: true }).map((h) => h.textContent);
const list = (name: RegExp) => screen.getByRole('listbox', { name });
const options = (name: RegExp) => within(list(name)).getAllByRole('option').map((o) => o.textContent);

function openDialog() {
  act(() => openColumnsDialog());
  return screen.getByRole('dialog', { name: 'Add/Remove Columns' });
}

beforeEach(() => {
  localStorage.clear();
  resetColumnsStore(localStorage);
  setLocale('en');
  const health = ['Normal', 'Warning', 'Critical'] as const;
  labStore.setState(
    fixtureLab(
      health.map((h, i) => fixtureVm(`Vm${i + 1}`, 'HV-1', { replicationMode: 'Primary', replicationState: 'Replicating', replicationHealth: h })),
    ),
    true,
  );
});

afterEach(() => labStore.setState(EMPTY_LAB, true));

describe('Add/Remove Columns', () => {
  it('lists available and displayed columns; Add -> then OK shows the column and saves it', async () => {
    const user = userEvent.setup();
    render(<VmGrid host="HV-1" />);
    openDialog();
    expect(options(/Displayed columns/)).toEqual(['Name', 'State', 'CPU Usage', 'Assigned Memory', 'Uptime', 'Status', 'Configuration Version']);
    expect(options(/Available columns/)).toEqual(['Memory Demand', 'Memory Status', 'Replication Health', 'Replication State', 'Replication Type']);
    await user.click(screen.getByRole('option', { name: 'Replication Health' }));
    await user.click(screen.getByRole('button', { name: 'Add ->' }));
    expect(options(/Displayed columns/).at(-1)).toBe('Replication Health');
    expect(options(/Available columns/)).not.toContain('Replication Health');
    expect(headers()).not.toContain('Replication Health'); // not before OK
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(headers().at(-1)).toBe('Replication Health');
    expect(localStorage.getItem(COLUMNS_STORAGE_KEY)).toContain('"replicationHealth"');
  });

  it('draws health as a coloured icon and the word', async () => {
    const user = userEvent.setup();
    render(<VmGrid host="HV-1" />);
    openDialog();
    await user.dblClick(screen.getByRole('option', { name: 'Replication Health' }));
    await user.click(screen.getByRole('button', { name: 'OK' }));
    const col = headers().indexOf('Replication Health');
    for (const [vm, word, colour] of [['Vm1', 'Normal', '#107c10'], ['Vm2', 'Warning', '#fcc419'], ['Vm3', 'Critical', '#c50f1f']]) {
      const cell = within(screen.getByRole('row', { name: vm })).getAllByRole('gridcell')[col - 1];
      expect(cell).toHaveTextContent(word as string);
      const icon = cell?.querySelector('svg.health-icon');
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(icon?.innerHTML).toContain(colour);
    }
  });

  it('removes, moves up and down, never removes Name, and Cancel discards', async () => {
    const user = userEvent.setup();
    render(<VmGrid host="HV-1" />);
    openDialog();
    await user.click(screen.getByRole('option', { name: 'Name' }));
    expect(screen.getByRole('button', { name: '<- Remove' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Up' })).toBeDisabled();
    await user.click(screen.getByRole('option', { name: 'Uptime' }));
    await user.click(screen.getByRole('button', { name: '<- Remove' }));
    await user.click(screen.getByRole('option', { name: 'Status' }));
    await user.click(screen.getByRole('button', { name: 'Move Up' }));
    await user.click(screen.getByRole('button', { name: 'Move Up' }));
    expect(options(/Displayed columns/)).toEqual(['Name', 'State', 'Status', 'CPU Usage', 'Assigned Memory', 'Configuration Version']);
    await user.click(screen.getByRole('button', { name: 'Move Down' }));
    expect(options(/Displayed columns/)).toEqual(['Name', 'State', 'CPU Usage', 'Status', 'Assigned Memory', 'Configuration Version']);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(headers()).toEqual(['Name', 'State', 'CPU Usage', 'Assigned Memory', 'Uptime', 'Status', 'Configuration Version']);
    expect(localStorage.getItem(COLUMNS_STORAGE_KEY)).toBeNull();

    openDialog();
    expect(options(/Displayed columns/)).toContain('Uptime'); // the draft starts again from what is shown
    await user.click(screen.getByRole('option', { name: 'Uptime' }));
    await user.click(screen.getByRole('button', { name: '<- Remove' }));
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(headers()).toEqual(['Name', 'State', 'CPU Usage', 'Assigned Memory', 'Status', 'Configuration Version']);
    resetColumnsStore(localStorage); // a reload reads the saved choice
    expect(columnsStore.getState().displayed).not.toContain('uptime');
  });

  it('works from the keyboard and restores the defaults', async () => {
    const user = userEvent.setup();
    render(<VmGrid host="HV-1" />);
    openDialog();
    list(/Available columns/).focus();
    await user.keyboard('{End}{Enter}');
    expect(options(/Displayed columns/).at(-1)).toBe('Replication Type');
    await user.click(screen.getByRole('button', { name: 'Restore Defaults' }));
    expect(options(/Displayed columns/)).toHaveLength(7);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(columnsStore.getState().dialogOpen).toBe(false);
  });

  it('opens from a right-click on the headers and from the menu bar’s window event', async () => {
    const user = userEvent.setup();
    render(<VmGrid host="HV-1" />);
    await user.pointer({ keys: '[MouseRight]', target: screen.getByRole('columnheader', { name: 'State' }) });
    await user.click(await screen.findByRole('menuitem', { name: 'Add/Remove Columns…' }));
    expect(await screen.findByRole('dialog', { name: 'Add/Remove Columns' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    act(() => void window.dispatchEvent(new CustomEvent(CONSOLE_EVENTS.openColumns)));
    expect(screen.getByRole('dialog', { name: 'Add/Remove Columns' })).toBeInTheDocument();
  });

  it('uses MMC’s French labels', async () => {
    setLocale('fr');
    const user = userEvent.setup();
    render(<VmGrid host="HV-1" />);
    act(() => openColumnsDialog());
    screen.getByRole('dialog', { name: 'Ajout/Suppression de colonnes' });
    await user.click(screen.getByRole('option', { name: 'Intégrité de la réplication' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter ->' }));
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(headers().at(-1)).toBe('Intégrité de la réplication');
    expect(screen.getByRole('row', { name: 'Vm3' })).toHaveTextContent('Critique');
  });
});
