import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { labStore } from '../../store/labStore';
import { selectHost, selectVm, setLocale } from '../../store/uiStore';
import { MessageBoxHost } from '../dialogs/MessageBox';
import { loadActionsLab, type ActionsLab } from '../menus/testing/actionsLab';
import { ActionsPane } from './ActionsPane';

let t: ActionsLab;
afterEach(() => t.restore());

function renderPane() {
  render(
    <>
      <ActionsPane />
      <MessageBoxHost />
    </>,
  );
  return screen.getByRole('region', { name: 'Actions' });
}

async function open(host: string, vm: string | null) {
  t = await loadActionsLab('active-passive');
  act(() => {
    selectHost(host);
    if (vm) selectVm(t.key(host, vm));
  });
}

const section = (pane: HTMLElement, name: string) => within(pane).getByRole('group', { name });
const buttonNames = (group: HTMLElement) => within(group).getAllByRole('button').slice(1).map((b) => b.textContent);

describe('Actions pane', () => {
  it('shows the server section and the VM section with Hyper-V Manager’s actions', async () => {
    await open('HV-1', 'Vm1');
    const pane = renderPane();
    expect(buttonNames(section(pane, 'HV-1'))).toEqual([
      'Quick Create…', 'New', 'Import Virtual Machine…', 'Hyper-V Settings…', 'Virtual Switch Manager…', 'Virtual SAN Manager…',
      'Edit Disk…', 'Inspect Disk…', 'Stop Service', 'Remove Server', 'Refresh', 'View', 'Help', 'Lab',
    ]);
    const vm = section(pane, 'Vm1');
    expect(buttonNames(vm)).toEqual([
      'Connect…', 'Settings…', 'Replication', 'Turn Off…', 'Shut Down…', 'Save', 'Pause', 'Reset', 'Checkpoint', 'Move…', 'Export…', 'Rename…', 'Help',
    ]);
    expect(within(vm).getByRole('button', { name: 'Connect…' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(vm).getByRole('button', { name: 'Settings…' })).not.toHaveAttribute('aria-disabled');
    expect(within(vm).getByRole('button', { name: 'Shut Down…' })).not.toHaveAttribute('aria-disabled');
    expect(within(vm).getByRole('button', { name: 'Replication' })).toHaveAttribute('aria-haspopup', 'menu');
  });

  it('shows the root’s actions when "Hyper-V Manager" is selected', async () => {
    t = await loadActionsLab('active-passive');
    const pane = renderPane();
    expect(buttonNames(section(pane, 'Hyper-V Manager'))).toEqual(['Connect to Server…', 'View', 'Help']);
  });

  it('collapses and expands a section from its header', async () => {
    await open('HV-1', 'Vm1');
    const pane = renderPane();
    const header = within(section(pane, 'Vm1')).getByRole('button', { name: 'Vm1' });
    await userEvent.click(header);
    expect(header).toHaveAttribute('aria-expanded', 'false');
    expect(within(section(pane, 'Vm1')).queryByRole('button', { name: 'Save' })).toBeNull();
    await userEvent.click(header);
    expect(within(section(pane, 'Vm1')).getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });

  it('explains a disabled action in a tooltip', async () => {
    await open('HV-1', 'Vm1');
    const pane = renderPane();
    await userEvent.hover(within(section(pane, 'Vm1')).getByRole('button', { name: 'Connect…' }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Replica Lab does not simulate this action.');
  });

  it('shuts a VM down after the "Shut Down Machine" confirmation, and Start brings it back', async () => {
    await open('HV-1', 'Vm2');
    const pane = renderPane();
    await userEvent.click(within(section(pane, 'Vm2')).getByRole('button', { name: 'Shut Down…' }));
    const box = await screen.findByRole('alertdialog', { name: 'Shut Down Machine' });
    expect(box).toHaveTextContent('Do you want to shut down the selected virtual machine?');
    await userEvent.click(within(box).getByRole('button', { name: 'Shut Down' }));
    await waitFor(() => expect(labStore.getState().vms[t.key('HV-1', 'Vm2')]?.state).toBe('Off'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await userEvent.click(await within(section(pane, 'Vm2')).findByRole('button', { name: 'Start' }));
    await waitFor(() => expect(labStore.getState().vms[t.key('HV-1', 'Vm2')]?.state).toBe('Running'));
  });

  it('cancelling "Turn Off Machine" leaves the VM running', async () => {
    await open('HV-1', 'Vm3');
    const pane = renderPane();
    await userEvent.click(within(section(pane, 'Vm3')).getByRole('button', { name: 'Turn Off…' }));
    await userEvent.click(within(await screen.findByRole('alertdialog', { name: 'Turn Off Machine' })).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(labStore.getState().vms[t.key('HV-1', 'Vm3')]?.state).toBe('Running');
  });

  it('shows the real error text when Start is refused on a replica', async () => {
    await open('HV-2', 'Vm1');
    const pane = renderPane();
    await userEvent.click(within(section(pane, 'Vm1')).getByRole('button', { name: 'Start' }));
    const box = await screen.findByRole('alertdialog', { name: 'Hyper-V Manager' });
    expect(box).toHaveTextContent('An error occurred while attempting to start the selected virtual machine(s).');
    expect(box).toHaveTextContent("'Vm1' is a Replica virtual machine. It cannot be started until a failover is performed.");
    expect(within(box).getByRole('img', { name: 'Error' })).toBeInTheDocument();
    await userEvent.click(within(box).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(labStore.getState().vms[t.key('HV-2', 'Vm1')]?.state).toBe('Off');
  });

  it('opens Replication ▸ from the pane as a menu, and Pause Replication pauses', async () => {
    await open('HV-2', 'Vm1');
    const pane = renderPane();
    await userEvent.click(within(section(pane, 'Vm1')).getByRole('button', { name: 'Replication' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((i) => i.textContent)).toEqual([
      'Failover…', 'Test Failover…', 'Pause Replication', 'Extend Replication…', 'View Replication Health…', 'Remove Replication',
    ]);
    expect(within(menu).getByRole('menuitem', { name: 'Failover…' })).not.toHaveAttribute('aria-disabled');
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Pause Replication' }));
    await waitFor(() => expect(labStore.getState().vms[t.key('HV-2', 'Vm1')]?.replicationState).toBe('Suspended'));
  });

  it('speaks French', async () => {
    await open('HV-1', 'Vm1');
    act(() => setLocale('fr'));
    const pane = renderPane();
    expect(screen.getByRole('heading', { name: 'Actions' })).toBeInTheDocument();
    const vm = section(pane, 'Vm1');
    for (const name of ['Se connecter…', 'Paramètres…', 'Réplication', 'Éteindre…', 'Arrêter…', 'Enregistrer', 'Suspendre', 'Point de contrôle']) {
      expect(within(vm).getByRole('button', { name })).toBeInTheDocument();
    }
    expect(within(section(pane, 'HV-1')).getByRole('button', { name: 'Paramètres Hyper-V…' })).toBeInTheDocument();
  });
});
