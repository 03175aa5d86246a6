import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { labStore } from '../../store/labStore';
import { selectHost, setLocale, uiStore } from '../../store/uiStore';
import { MessageBoxHost } from '../dialogs/MessageBox';
import { HostContextMenu } from './HostContextMenu';
import { loadActionsLab, type ActionsLab } from './testing/actionsLab';
import { VmContextMenu } from './VmContextMenu';

let t: ActionsLab;
afterEach(() => t.restore());

function renderRow(host: string, name: string) {
  render(
    <>
      <VmContextMenu vmKey={t.key(host, name)}>
        <div role="row" tabIndex={0} aria-label={name}>
          {name}
        </div>
      </VmContextMenu>
      <MessageBoxHost />
    </>,
  );
  return screen.getByRole('row', { name });
}

const items = (menu: HTMLElement) => within(menu).getAllByRole('menuitem').map((i) => i.textContent);

async function openReplication(menu: HTMLElement, name = 'Replication') {
  const trigger = within(menu).getByRole('menuitem', { name });
  trigger.focus();
  await userEvent.keyboard('{ArrowRight}');
  return (await screen.findAllByRole('menu')).at(-1) as HTMLElement;
}

describe('VM context menu', () => {
  it('opens on right-click with the VM’s actions and selects the VM', async () => {
    t = await loadActionsLab('active-passive');
    act(() => selectHost('HV-1'));
    fireEvent.contextMenu(renderRow('HV-1', 'Vm1'));
    const menu = await screen.findByRole('menu', { name: 'Vm1' });
    expect(items(menu)).toEqual([
      'Connect…', 'Settings…', 'Replication', 'Turn Off…', 'Shut Down…', 'Save', 'Pause', 'Reset', 'Checkpoint', 'Move…', 'Export…', 'Rename…', 'Help',
    ]);
    expect(within(menu).getAllByRole('separator')).toHaveLength(7);
    expect(uiStore.getState().selectedVm).toBe(t.key('HV-1', 'Vm1'));
  });

  it('Replication ▸ on the primary: Planned Failover…, Pause Replication, View Replication Health…, Remove Replication', async () => {
    t = await loadActionsLab('active-passive');
    fireEvent.contextMenu(renderRow('HV-1', 'Vm1'));
    const sub = await openReplication(await screen.findByRole('menu', { name: 'Vm1' }));
    expect(items(sub)).toEqual(['Planned Failover…', 'Pause Replication', 'View Replication Health…', 'Remove Replication']);
    expect(within(sub).getByRole('menuitem', { name: 'Planned Failover…' })).not.toHaveAttribute('aria-disabled');
  });

  it('opens with Shift+F10 and with the context-menu key', async () => {
    t = await loadActionsLab('active-passive');
    const row = renderRow('HV-2', 'Vm1');
    row.focus();
    fireEvent.keyDown(row, { key: 'F10', shiftKey: true });
    const menu = await screen.findByRole('menu', { name: 'Vm1' });
    expect(items(menu)).toContain('Start');
    expect(within(menu).getByRole('menuitem', { name: 'Connect…' })).toHaveAccessibleDescription('Replica Lab does not simulate this action.');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    fireEvent.keyDown(row, { key: 'ContextMenu' });
    expect(await screen.findByRole('menu', { name: 'Vm1' })).toBeInTheDocument();
  });

  it('Replication ▸ on the replica, in French', async () => {
    t = await loadActionsLab('active-passive');
    act(() => setLocale('fr'));
    fireEvent.contextMenu(renderRow('HV-2', 'Vm1'));
    const sub = await openReplication(await screen.findByRole('menu', { name: 'Vm1' }), 'Réplication');
    expect(items(sub)).toEqual([
      'Basculement…', 'Test de basculement…', 'Suspendre la réplication', 'Étendre la réplication…', 'Afficher l’intégrité de la réplication…', 'Supprimer la réplication',
    ]);
  });

  it('Remove Replication asks for confirmation, then removes replication on this side', async () => {
    t = await loadActionsLab('active-passive');
    fireEvent.contextMenu(renderRow('HV-1', 'Vm4'));
    const sub = await openReplication(await screen.findByRole('menu', { name: 'Vm4' }));
    await userEvent.click(within(sub).getByRole('menuitem', { name: 'Remove Replication' }));
    const box = await screen.findByRole('alertdialog', { name: 'Remove Replication' });
    expect(box).toHaveTextContent("Are you sure you want to remove replication for 'Vm4'?");
    await userEvent.click(within(box).getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(labStore.getState().vms[t.key('HV-1', 'Vm4')]?.replicationMode).toBe('None'));
  });

  it('Start on a replica shows the error box from the context menu too', async () => {
    t = await loadActionsLab('active-passive');
    fireEvent.contextMenu(renderRow('HV-2', 'Vm3'));
    await userEvent.click(within(await screen.findByRole('menu', { name: 'Vm3' })).getByRole('menuitem', { name: 'Start' }));
    const box = await screen.findByRole('alertdialog', { name: 'Hyper-V Manager' });
    expect(box).toHaveTextContent('cannot be started until a failover is performed');
  });
});

describe('host context menu', () => {
  it('offers the server’s actions on a server and Connect to Server… | Help on the root', async () => {
    t = await loadActionsLab('active-passive');
    render(
      <ul>
        <HostContextMenu host={null}>
          <li>Hyper-V Manager</li>
        </HostContextMenu>
        <HostContextMenu host="HV-2">
          <li>HV-2</li>
        </HostContextMenu>
      </ul>,
    );
    fireEvent.contextMenu(screen.getByText('HV-2'));
    const menu = await screen.findByRole('menu', { name: 'HV-2' });
    expect(items(menu)).toEqual([
      'Quick Create…', 'New', 'Import Virtual Machine…', 'Hyper-V Settings…', 'Virtual Switch Manager…', 'Virtual SAN Manager…',
      'Edit Disk…', 'Inspect Disk…', 'Stop Service', 'Remove Server', 'RefreshF5', 'View', 'Help', 'Lab',
    ]);
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Remove Server' }));
    await waitFor(() => expect(uiStore.getState().shownHosts).toEqual(['HV-1']));
    fireEvent.contextMenu(screen.getByText('Hyper-V Manager'));
    expect(items(await screen.findByRole('menu', { name: 'Hyper-V Manager' }))).toEqual(['Connect to Server…', 'Help']);
  });
});
