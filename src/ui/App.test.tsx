import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_LAB, labStore } from '../store/labStore';
import { createInMemoryLab, type InMemoryLab } from '../store/testing/inMemoryLab';
import { clearNotices, setLocale } from '../store/uiStore';
import { App } from './App';

let lab: InMemoryLab;

/** Loads a preset into the page's store through a real bridge and engine (in memory). */
async function loadLab(presetId: string) {
  lab = createInMemoryLab({ store: labStore });
  await act(async () => {
    await lab.bridge.load({ kind: 'preset', presetId, seed: 1 });
  });
}

beforeEach(() => {
  labStore.setState(EMPTY_LAB, true);
  clearNotices();
  setLocale('en');
});

afterEach(() => {
  labStore.setState(EMPTY_LAB, true);
});

describe('App', () => {
  it('says it is loading until the first snapshot', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Replica Lab' })).toBeInTheDocument();
    expect(screen.getByText('Loading the lab…')).toBeInTheDocument();
  });

  it('lists each host’s VMs in a table with Hyper-V Manager columns', async () => {
    await loadLab('active-passive');
    render(<App />);
    const primary = screen.getByRole('grid', { name: 'Virtual Machines on HV-1' });
    const headers = within(primary).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Name', 'State', 'CPU Usage', 'Assigned Memory', 'Uptime', 'Status', 'Configuration Version']);
    const vm1 = within(primary).getByRole('row', { name: 'Vm1' });
    expect(vm1).toHaveTextContent('Running');
    expect(vm1).toHaveTextContent('2048 MB');
    const replica = within(screen.getByRole('grid', { name: 'Virtual Machines on HV-2' })).getByRole('row', { name: 'Vm1' });
    expect(replica).toHaveTextContent('Off');
    expect(screen.getByRole('heading', { level: 2, name: 'HV-2' })).toBeInTheDocument();
  });

  it('shows the simulated clock, the speed and updates rows from deltas', async () => {
    await loadLab('active-passive');
    render(<App />);
    expect(screen.getByRole('timer', { name: 'Simulated time' })).toHaveTextContent('Mon, Mar 2, 2026, 08:00:00 AM UTC');
    expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveValue('0');
    await act(async () => {
      await lab.bridge.execute({ type: 'Stop-VM', host: 'HV-1', vm: 'Vm2', turnOff: true });
      await lab.bridge.advance(3_600_000);
    });
    expect(screen.getByRole('timer', { name: 'Simulated time' })).toHaveTextContent('09:00:00 AM');
    expect(within(screen.getByRole('grid', { name: 'Virtual Machines on HV-1' })).getByRole('row', { name: 'Vm2' })).toHaveTextContent('Off');
  });

  it('shows "Behind real time" only while the worker says so', async () => {
    await loadLab('blank');
    render(<App />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    act(() => labStore.setState({ behind: true }));
    expect(screen.getByRole('status')).toHaveTextContent('Behind real time');
  });

  it('speaks French with ?lang=fr', async () => {
    setLocale('fr');
    await loadLab('active-passive');
    render(<App />);
    const grid = screen.getByRole('grid', { name: 'Machines virtuelles sur HV-1' });
    expect(within(grid).getByRole('columnheader', { name: 'Utilisation du processeur' })).toBeInTheDocument();
    const vm1 = within(grid).getByRole('row', { name: 'Vm1' });
    expect(vm1).toHaveTextContent('En cours d’exécution');
    expect(screen.getByRole('combobox', { name: 'Vitesse' })).toHaveDisplayValue('En pause');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('says when a host has no virtual machines', async () => {
    await loadLab('blank');
    render(<App />);
    expect(screen.getByText('No virtual machines were found on this server.')).toBeInTheDocument();
  });
});
