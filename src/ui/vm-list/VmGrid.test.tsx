import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openColumnsDialog, resetColumnsStore } from '../../store/columnsStore';
import { EMPTY_LAB, labStore } from '../../store/labStore';
import { fixtureLab, fixtureVm } from '../../store/selectors/vmFixtures';
import { selectVm, setLocale, uiStore } from '../../store/uiStore';
import type { Vm } from '../../protocol';
import { RESORT_INTERVAL_MS } from './useSortRows';
import { VmGrid } from './VmGrid';

const CPU = { Vm1: 7, Vm2: 30, Vm3: 1, Vm4: 12, Vm10: 5 } as const;

function loadFixture() {
  const vms = Object.entries(CPU).map(([name, cpu]) =>
    fixtureVm(name, 'HV-1', {
      cpuUsagePercent: cpu,
      replicationMode: 'Primary',
      replicationState: 'Replicating',
      replicationHealth: name === 'Vm3' ? 'Critical' : name === 'Vm4' ? 'Warning' : 'Normal',
    }),
  );
  labStore.setState(fixtureLab(vms, [], 3_723_000), true);
}

/** Data rows, top to bottom, by accessible name. */
function rowNames(): string[] {
  return within(screen.getByRole('grid'))
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-rowindex') !== '1')
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((r) => r.getAttribute('aria-label') ?? '');
}

const headers = () => within(screen.getByRole('grid')).getAllByRole('columnheader').map((h) => h.textContent);

/** Drags the right border of the Status header by `dx` pixels; returns the border. */
function dragStatusBorder(dx: number): HTMLElement {
  const handle = screen.getByRole('columnheader', { name: 'Status' }).querySelector('.vm-grid__resizer') as HTMLElement;
  fireEvent.pointerDown(handle, { button: 0, clientX: 500, pointerId: 1 });
  fireEvent.pointerMove(handle, { clientX: 500 + dx, pointerId: 1 });
  fireEvent.pointerUp(handle, { clientX: 500 + dx, pointerId: 1 });
  return handle;
}

beforeEach(() => {
  localStorage.clear();
  resetColumnsStore(localStorage);
  setLocale('en');
  selectVm(null);
  loadFixture();
});

afterEach(() => {
  labStore.setState(EMPTY_LAB, true);
});

describe('VmGrid', () => {
  it('shows Hyper-V Manager’s default columns and one named row per VM, sorted by name', () => {
    render(<VmGrid host="HV-1" />);
    const grid = screen.getByRole('grid', { name: 'Virtual Machines on HV-1' });
    expect(headers()).toEqual(['Name', 'State', 'CPU Usage', 'Assigned Memory', 'Uptime', 'Status', 'Configuration Version']);
    expect(grid).toHaveAttribute('aria-rowcount', '6');
    expect(rowNames()).toEqual(['Vm1', 'Vm2', 'Vm3', 'Vm4', 'Vm10']);
    const vm1 = screen.getByRole('row', { name: 'Vm1' });
    expect(within(vm1).getByRole('rowheader')).toHaveTextContent('Vm1');
    expect(within(vm1).getAllByRole('gridcell').map((c) => c.textContent)).toEqual(['Running', '7 %', '2048 MB', '01:02:03', '', '9.0']);
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('sorts by a header click, the other way on a second click', async () => {
    const user = userEvent.setup();
    render(<VmGrid host="HV-1" />);
    const cpu = screen.getByRole('columnheader', { name: 'CPU Usage' });
    await user.click(cpu);
    expect(cpu).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
    expect(rowNames()).toEqual(['Vm3', 'Vm10', 'Vm1', 'Vm4', 'Vm2']);
    await user.click(cpu);
    expect(cpu).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()).toEqual(['Vm2', 'Vm4', 'Vm1', 'Vm10', 'Vm3']);
    cpu.focus();
    await user.keyboard('{ArrowLeft}{Enter}');
    expect(screen.getByRole('columnheader', { name: 'State' })).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()).toEqual(['Vm1', 'Vm2', 'Vm3', 'Vm4', 'Vm10']); // all Running: stable, in name order
  });

  it('re-sorts a live column at most once a second, not on every tick', () => {
    vi.useFakeTimers();
    try {
      render(<VmGrid host="HV-1" />);
      fireEvent.click(screen.getByRole('columnheader', { name: 'CPU Usage' }));
      expect(rowNames()).toEqual(['Vm3', 'Vm10', 'Vm1', 'Vm4', 'Vm2']);
      act(() => {
        const vms = { ...labStore.getState().vms };
        vms['HV-1:Vm2'] = { ...(vms['HV-1:Vm2'] as Vm), cpuUsagePercent: 0 };
        labStore.setState({ vms });
      });
      expect(screen.getByRole('row', { name: 'Vm2' })).toHaveTextContent('0 %'); // the row itself is live
      expect(rowNames()).toEqual(['Vm3', 'Vm10', 'Vm1', 'Vm4', 'Vm2']); // the order waits
      act(() => void vi.advanceTimersByTime(RESORT_INTERVAL_MS));
      expect(rowNames()).toEqual(['Vm2', 'Vm3', 'Vm10', 'Vm1', 'Vm4']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('selects on click and right-click, moves with the keyboard and keeps focus on the selected row', async () => {
    const user = userEvent.setup();
    render(<VmGrid host="HV-1" />);
    await user.click(screen.getByRole('row', { name: 'Vm2' }));
    expect(uiStore.getState().selectedVm).toBe('HV-1:Vm2');
    expect(screen.getByRole('row', { name: 'Vm2' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(uiStore.getState().selectedVm).toBe('HV-1:Vm3');
    expect(screen.getByRole('row', { name: 'Vm3' })).toHaveFocus();
    expect(screen.getByRole('row', { name: 'Vm3' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('row', { name: 'Vm2' })).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    expect(screen.getByRole('row', { name: 'Vm10' })).toHaveFocus();
    await user.keyboard('{Home}{ArrowUp}');
    expect(uiStore.getState().selectedVm).toBe('HV-1:Vm1');
    await user.pointer({ keys: '[MouseRight]', target: screen.getByRole('row', { name: 'Vm4' }) });
    expect(uiStore.getState().selectedVm).toBe('HV-1:Vm4');
  });

  it('selects the focused row with Space, starting from the first row when nothing is selected', async () => {
    const user = userEvent.setup();
    render(<VmGrid host="HV-1" />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('row', { name: 'Vm1' })).toHaveFocus();
    expect(uiStore.getState().selectedVm).toBeNull();
    await user.keyboard(' ');
    expect(uiStore.getState().selectedVm).toBe('HV-1:Vm1');
  });

  it('jumps to a VM by typing the start of its name', async () => {
    const user = userEvent.setup();
    render(<VmGrid host="HV-1" />);
    await user.click(screen.getByRole('row', { name: 'Vm1' }));
    await user.keyboard('v');
    expect(uiStore.getState().selectedVm).toBe('HV-1:Vm2');
    await user.keyboard('m10');
    expect(uiStore.getState().selectedVm).toBe('HV-1:Vm10');
    expect(screen.getByRole('row', { name: 'Vm10' })).toHaveFocus();
  });

  it('opens the row’s context menu with Shift+F10 and the context-menu key', async () => {
    const user = userEvent.setup();
    render(<VmGrid host="HV-1" />);
    const row = screen.getByRole('row', { name: 'Vm3' });
    let menus = 0;
    row.addEventListener('contextmenu', () => menus++);
    await user.click(row);
    await user.keyboard('{Shift>}{F10}{/Shift}');
    await user.keyboard('{Escape}'); // the real menu took the focus; Escape gives it back to the row
    await user.keyboard('{ContextMenu}');
    expect(menus).toBe(2);
  });

  it('resizes a column by dragging its header’s right border, without sorting', () => {
    render(<VmGrid host="HV-1" />);
    const grid = screen.getByRole('grid');
    const handle = dragStatusBorder(60);
    fireEvent.click(handle);
    expect(grid.style.getPropertyValue('--vm-grid-cols')).toBe('130px 120px 90px 125px 90px 240px 150px minmax(0, 1fr)');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    fireEvent.doubleClick(handle);
    expect(grid.style.getPropertyValue('--vm-grid-cols')).toContain(' 90px 180px 150px minmax');
  });

  it('clears the selection when the selected VM disappears', () => {
    render(<VmGrid host="HV-1" />);
    act(() => selectVm('HV-1:Vm2'));
    act(() => {
      const lab = labStore.getState();
      const vms = { ...lab.vms };
      delete vms['HV-1:Vm2'];
      labStore.setState({ vms, vmKeysByHost: { 'HV-1': lab.vmKeysByHost['HV-1']?.filter((k) => k !== 'HV-1:Vm2') ?? [] } });
    });
    expect(uiStore.getState().selectedVm).toBeNull();
    expect(rowNames()).toEqual(['Vm1', 'Vm3', 'Vm4', 'Vm10']);
  });

  it('says when the host has no virtual machines', () => {
    labStore.setState(fixtureLab([]), true);
    render(<VmGrid host="HV-1" />);
    expect(screen.getByText('No virtual machines were found on this server.')).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader')).toHaveLength(7);
  });

  it('renders only the rows in view', () => {
    labStore.setState(fixtureLab(Array.from({ length: 1000 }, (_, i) => fixtureVm(`Vm${i + 1}`))), true);
    render(<VmGrid host="HV-1" />);
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '1001');
    const rendered = screen.getAllByRole('row').length - 1;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(100);
    fireEvent.keyDown(screen.getByRole('row', { name: 'Vm1' }), { key: 'End' });
    expect(screen.getByRole('row', { name: 'Vm1000' })).toHaveAttribute('aria-rowindex', '1001');
  });

  it('speaks French', () => {
    setLocale('fr');
    render(<VmGrid host="HV-1" />);
    expect(screen.getByRole('grid', { name: 'Ordinateurs virtuels sur HV-1' })).toBeInTheDocument();
    expect(headers()).toEqual(['Nom', 'État', 'Utilisation du processeur', 'Mémoire affectée', 'Temps d’activité', 'Statut', 'Version de configuration']);
    expect(screen.getByRole('row', { name: 'Vm1' })).toHaveTextContent('Exécution');
  });

  it('widens the default columns whose French header is longer, and keeps a dragged width in both languages', () => {
    render(<VmGrid host="HV-1" />);
    const grid = screen.getByRole('grid');
    dragStatusBorder(20);
    expect(grid.style.getPropertyValue('--vm-grid-cols')).toBe('130px 120px 90px 125px 90px 200px 150px minmax(0, 1fr)');
    act(() => setLocale('fr'));
    expect(screen.getByRole('grid').style.getPropertyValue('--vm-grid-cols')).toBe('130px 150px 170px 125px 120px 200px 165px minmax(0, 1fr)');
  });

  it('is reachable from the menu bar through openColumnsDialog()', () => {
    render(<VmGrid host="HV-1" />);
    act(() => openColumnsDialog());
    expect(screen.getByRole('dialog', { name: 'Add/Remove Columns' })).toBeInTheDocument();
  });
});
