import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_LAB, labStore } from '../store/labStore';
import { createInMemoryLab, type InMemoryLab } from '../store/testing/inMemoryLab';
import { clearNotices, selectHost, setLocale, setShownHosts, uiStore } from '../store/uiStore';
import { App } from './App';
import { resetPaneLayout } from './shell/paneLayout';

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
  setShownHosts(null);
  selectHost(null);
  localStorage.clear();
  resetPaneLayout();
});

afterEach(() => {
  labStore.setState(EMPTY_LAB, true);
});

describe('App (the Hyper-V Manager console)', () => {
  it('is an MMC window titled "Hyper-V Manager" that says it is loading until the first snapshot', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Hyper-V Manager' })).toBeInTheDocument();
    expect(screen.getByText('Loading the lab…', { selector: '.pane-empty' })).toBeInTheDocument();
    expect(screen.getByRole('toolbar', { name: 'Standard toolbar' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo', { name: 'Status bar' })).toBeInTheDocument();
  });

  it('selects the first host when a lab loads and shows its Virtual Machines, Checkpoints and details panes', async () => {
    await loadLab('extended-chain');
    render(<App />);
    expect(uiStore.getState().selectedHost).toBe('HV-1');
    expect(screen.getByRole('treeitem', { name: 'HV-1' })).toHaveAttribute('aria-selected', 'true');
    const centre = screen.getByRole('main');
    expect(within(centre).getByRole('heading', { name: 'Virtual Machines' })).toBeInTheDocument();
    expect(within(centre).getByLabelText('Virtual Machines on HV-1')).toBeInTheDocument();
    expect(within(centre).getByRole('heading', { name: 'Checkpoints' })).toBeInTheDocument();
    expect(within(centre).getByText('No item selected.')).toBeInTheDocument();
    expect(screen.getAllByRole('separator').map((s) => s.getAttribute('aria-label'))).toEqual([
      'Resize the console tree',
      'Resize the Checkpoints pane',
      'Resize the details pane',
      'Resize the Actions pane',
    ]);
  });

  it('shows the introduction for the root, and "cannot connect" for a crashed host', async () => {
    const user = userEvent.setup();
    await loadLab('extended-chain');
    render(<App />);
    await user.click(screen.getByRole('treeitem', { name: 'Hyper-V Manager' }));
    expect(within(screen.getByRole('main')).getByRole('heading', { name: 'Introduction' })).toBeInTheDocument();
    await act(async () => {
      await lab.bridge.execute({ type: 'Lab-CrashHost', host: 'HV-2' });
    });
    await user.click(screen.getByRole('treeitem', { name: 'HV-2' }));
    expect(screen.getByRole('main')).toHaveTextContent(
      'An error occurred while attempting to connect to server “HV-2”. Check that the Virtual Machine Management service is running',
    );
    expect(within(screen.getByRole('main')).queryByLabelText('Virtual Machines on HV-2')).toBeNull();
  });

  it('has labelled toolbar buttons: Up One Level goes to the root, unsimulated ones are disabled', async () => {
    const user = userEvent.setup();
    await loadLab('active-passive');
    render(<App />);
    const toolbar = screen.getByRole('toolbar', { name: 'Standard toolbar' });
    expect(within(toolbar).getByRole('button', { name: 'Back' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(toolbar).getByRole('button', { name: 'Forward' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(toolbar).getByRole('button', { name: 'Help' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(within(toolbar).getByRole('button', { name: 'Back' }));
    expect(uiStore.getState().selectedHost).toBe('HV-1');
    await user.click(within(toolbar).getByRole('button', { name: 'Up One Level' }));
    expect(uiStore.getState().selectedHost).toBeNull();
    expect(within(toolbar).getByRole('button', { name: 'Up One Level' })).toHaveAttribute('aria-disabled', 'true');
    const treeToggle = within(toolbar).getByRole('button', { name: 'Show/Hide Console Tree' });
    expect(treeToggle).toHaveAttribute('aria-pressed', 'true');
    await user.click(treeToggle);
    expect(treeToggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('tree')).toBeNull();
    expect(screen.queryByRole('separator', { name: 'Resize the console tree' })).toBeNull();
  });

  it('shows the simulated clock in the status bar and the speed in the toolbar, updated from deltas', async () => {
    await loadLab('active-passive');
    render(<App />);
    expect(screen.getByRole('timer', { name: 'Simulated time' })).toHaveTextContent('Mon, Mar 2, 2026, 08:00:00 AM UTC');
    expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveValue('0');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Lab: Active–passive');
    await act(async () => {
      await lab.bridge.advance(3_600_000);
    });
    expect(screen.getByRole('timer', { name: 'Simulated time' })).toHaveTextContent('09:00:00 AM');
  });

  it('shows "Behind real time" only while the worker says so', async () => {
    await loadLab('blank');
    render(<App />);
    const status = within(screen.getByRole('contentinfo')).getByRole('status');
    expect(status).toHaveTextContent('');
    act(() => labStore.setState({ behind: true }));
    expect(status).toHaveTextContent('Behind real time');
  });

  it('switches to French at run time without touching the lab', async () => {
    const user = userEvent.setup();
    await loadLab('extended-chain');
    render(<App />);
    await user.click(screen.getByRole('treeitem', { name: 'HV-2' }));
    const before = labStore.getState();
    await user.click(within(screen.getByRole('group', { name: 'Language' })).getByRole('button', { name: 'FR' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Gestionnaire Hyper-V' })).toBeInTheDocument();
    expect(screen.getByRole('treeitem', { name: 'Gestionnaire Hyper-V' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('heading', { name: 'Ordinateurs virtuels' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('heading', { name: 'Points de contrôle' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Vitesse' })).toHaveDisplayValue('En pause');
    expect(screen.getByRole('button', { name: 'FR' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('fr');
    expect(labStore.getState()).toBe(before);
    expect(uiStore.getState().selectedHost).toBe('HV-2');
  });

  it('shows lab notices above the panes', async () => {
    await loadLab('blank');
    render(<App />);
    act(() => uiStore.setState({ notices: [{ key: 'notice.unknownLab', params: { lab: 'nope' } }] }));
    expect(screen.getByRole('alert')).toHaveTextContent('There is no lab named “nope”.');
  });
});
