import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messageBoxStore } from '../../../actions';
import type { Command } from '../../../protocol';
import { labStore } from '../../../store/labStore';
import { loadActionsLab, type ActionsLab } from '../../menus/testing/actionsLab';
import EnableReplicationWizard from './EnableReplicationWizard';
import ImportInitialReplicaDialog from './ImportInitialReplicaDialog';
import StartReplicationDialog from './StartReplicationDialog';
import { vmByName } from './useVm';

let t: ActionsLab | null = null;
afterEach(() => {
  cleanup();
  t?.restore();
  t = null;
  localStorage.clear();
});

async function run(l: ActionsLab, ...commands: Command[]) {
  await act(async () => {
    for (const c of commands) expect(await l.lab.bridge.execute(c)).toMatchObject({ ok: true });
  });
}

const SERVER: Command = { type: 'Set-VMReplicationServer', host: 'HV-2', replicationEnabled: true, kerberos: { enabled: true }, allowAnyServer: true, defaultStorageLocation: 'D:\\Replica' };
const FIREWALL: Command = { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: true };

/** blank, with whatever part of HV-2's Replica server set-up the case needs. */
async function blank(...setup: Command[]): Promise<ActionsLab> {
  t = await loadActionsLab('blank');
  await run(t, ...setup);
  return t;
}

const relCount = () => Object.keys(labStore.getState().relationships).length;
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
const heading = () => document.querySelector('.wizard__heading')?.textContent;
const alert = () => screen.findByRole('alert');

function open(mode: 'enable' | 'extend' | 'reverse' = 'enable', host = 'HV-1') {
  const onClose = vi.fn();
  render(<EnableReplicationWizard request={{ kind: 'enableReplication', mode, host, vm: 'Vm1' }} onClose={onClose} />);
  return onClose;
}

async function toConnection(server = 'HV-2') {
  next();
  fireEvent.change(screen.getByLabelText('Replica server:'), { target: { value: server } });
  next();
  await waitFor(() => expect(heading()).toBe('Specify Connection Parameters'));
}

describe('Enable Replication wizard: each page’s Next > error stays on that page', () => {
  it('Specify Replica Server: an unknown name', async () => {
    await blank(SERVER, FIREWALL);
    open();
    expect(screen.getByRole('dialog', { name: 'Enable Replication for Vm1' })).toBeTruthy();
    expect(heading()).toBe('Before You Begin');
    next();
    fireEvent.change(screen.getByLabelText('Replica server:'), { target: { value: 'HV-9' } });
    next();
    expect((await alert()).textContent).toContain("The computer 'HV-9' could not be resolved.");
    expect(heading()).toBe('Specify Replica Server');
    expect(relCount()).toBe(0);
  });

  it('Specify Replica Server: a host that is not a Replica server', async () => {
    await blank();
    open();
    next();
    fireEvent.change(screen.getByLabelText('Replica server:'), { target: { value: 'HV-2' } });
    next();
    expect((await alert()).textContent).toContain('0x80090303');
    expect(heading()).toBe('Specify Replica Server');
  });

  it('Specify Connection Parameters: the listener blocked by the firewall, then a wrong port', async () => {
    await blank(SERVER);
    open();
    await toConnection();
    expect(screen.getByLabelText('Replica server port:')).toHaveValue('80');
    expect(screen.getByLabelText('Compress the data that is transmitted over the network.')).toBeChecked();
    expect(screen.getByLabelText('Use certificate-based authentication (HTTPS)')).toBeDisabled();
    next();
    expect((await alert()).textContent).toContain('connection timed out');
    expect(heading()).toBe('Specify Connection Parameters');
    expect(relCount()).toBe(0);
  });

  it('Specify Connection Parameters: a primary the Replica server does not authorise', async () => {
    await blank({ type: 'Set-VMReplicationServer', host: 'HV-2', replicationEnabled: true, kerberos: { enabled: true } }, FIREWALL);
    open();
    await toConnection();
    next();
    expect((await alert()).textContent).toContain('Unable to find an authorization entry');
  });

  it('Choose Replication VHDs: clearing every disk', async () => {
    await blank(SERVER, FIREWALL);
    open();
    await toConnection();
    next();
    await waitFor(() => expect(heading()).toBe('Choose Replication VHDs'));
    for (const box of screen.getAllByRole('checkbox')) fireEvent.click(box);
    next();
    expect((await alert()).textContent).toContain('There is no supported virtual hard disk to replicate');
    expect(heading()).toBe('Choose Replication VHDs');
  });

  it('goes through every page to Finish: Pending then Initial replication, the replica Off on HV-2, and the success box', async () => {
    const l = await blank(SERVER, FIREWALL);
    const onClose = open();
    await toConnection('hv-2.formation.lan');
    next();
    await waitFor(() => expect(heading()).toBe('Choose Replication VHDs'));
    next();
    await waitFor(() => expect(heading()).toBe('Configure Replication Frequency'));
    fireEvent.change(screen.getByLabelText('Choose the frequency at which changes will be sent to the Replica Server'), { target: { value: '30' } });
    next();
    await waitFor(() => expect(heading()).toBe('Configure Additional Recovery Points'));
    fireEvent.click(screen.getByLabelText('Create additional hourly recovery points'));
    fireEvent.change(screen.getByLabelText('Coverage provided by additional recovery points (in hours):'), { target: { value: '30' } });
    next();
    expect((await alert()).textContent).toContain('30');
    fireEvent.change(screen.getByLabelText('Coverage provided by additional recovery points (in hours):'), { target: { value: '4' } });
    next();
    await waitFor(() => expect(heading()).toBe('Choose Initial Replication Method'));
    expect(screen.getByLabelText('Send initial copy over the network')).toBeChecked();
    next();
    await waitFor(() => expect(heading()).toBe('Completing the Enable Replication wizard'));
    expect(screen.getByRole('row', { name: /Replication Frequency: 30 seconds/ })).toBeTruthy();
    expect(screen.getByRole('row', { name: /Store additional recovery points for: 4 hour\(s\)/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const lab = labStore.getState();
    expect(vmByName(lab, 'HV-1', 'Vm1')?.replicationState).toBe('InitialReplicationInProgress');
    expect(vmByName(lab, 'HV-2', 'Vm1')).toMatchObject({ state: 'Off', replicationMode: 'Replica' });
    expect(messageBoxStore.getState().queue[0]?.spec).toMatchObject({ title: { key: 'msgbox.replicationEnabled.title' }, body: { params: { server: 'hv-2.formation.lan' } } });
    expect(Object.values(lab.relationships)[0]?.settings).toMatchObject({ frequencySec: 30, recoveryHistory: 4 });
    expect(l).toBeTruthy();
  });
});

describe('Extend and Reverse', () => {
  it('Extend on a replica: 5 or 15 minutes only, and a server that already holds the VM is refused', async () => {
    t = await loadActionsLab('active-passive');
    open('extend', 'HV-2');
    expect(screen.getByRole('dialog', { name: 'Extend Replication for Vm1' })).toBeTruthy();
    await toConnection('HV-1');
    next();
    await waitFor(() => expect(heading()).toBe('Configure Replication Frequency'));
    const options = Array.from(screen.getByRole<HTMLSelectElement>('combobox').options).map((o) => o.textContent);
    expect(options).toEqual(['5 minutes', '15 minutes']);
    next();
    await waitFor(() => expect(heading()).toBe('Configure Additional Recovery Points'));
    next();
    await waitFor(() => expect(heading()).toBe('Choose Initial Replication Method'));
    next();
    expect((await alert()).textContent).toContain('already exists on the Replica server');
  });

  it('Reverse after a planned failover: prefilled with the old primary, no VHD page', async () => {
    const l = (t = await loadActionsLab('active-passive'));
    await run(l, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' }, { type: 'Start-VMFailover', host: 'HV-1', vm: 'Vm1', prepare: true }, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1' });
    const onClose = open('reverse', 'HV-2');
    expect(screen.getByRole('dialog', { name: 'Reverse Replication Wizard for Vm1' })).toBeTruthy();
    expect(screen.queryByText('Choose Replication VHDs')).toBeNull();
    next();
    expect(screen.getByLabelText('Replica server:')).toHaveValue('hv-1.formation.lan');
    for (const page of ['Specify Connection Parameters', 'Configure Replication Frequency', 'Configure Additional Recovery Points', 'Completing the Reverse Replication wizard']) {
      next();
      await waitFor(() => expect(heading()).toBe(page));
    }
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(vmByName(labStore.getState(), 'HV-2', 'Vm1')?.replicationMode).toBe('Primary');
  });
});

describe('Start Replication and Import Initial Replica', () => {
  it('Start Replication sends the export to external media; Import refuses a wrong folder, then completes', async () => {
    const l = await blank(SERVER, FIREWALL, { type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm1', replicaServerName: 'HV-2', replicaServerPort: 80, authenticationType: 'Kerberos' });
    const onClose = vi.fn();
    render(<StartReplicationDialog request={{ kind: 'startReplication', host: 'HV-1', vm: 'Vm1' }} onClose={onClose} />);
    fireEvent.click(screen.getByLabelText('Send initial copy using external media'));
    fireEvent.change(screen.getByLabelText('Specify the location to export initial copy.'), { target: { value: 'Q:\\Nowhere' } });
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect((await alert()).textContent).toContain('Q:\\Nowhere');
    fireEvent.change(screen.getByLabelText('Specify the location to export initial copy.'), { target: { value: 'C:\\Export' } });
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    await act(async () => {
      await l.lab.bridge.advance(6 * 3_600_000);
    });
    cleanup();
    const closed = vi.fn();
    render(<ImportInitialReplicaDialog request={{ kind: 'importInitialReplica', host: 'HV-2', vm: 'Vm1' }} onClose={closed} />);
    const folder = screen.getByLabelText('Location of the initial copy:');
    expect((folder as HTMLInputElement).value).toMatch(/^C:\\Export\\Vm1_/);
    const good = (folder as HTMLInputElement).value;
    fireEvent.change(folder, { target: { value: 'C:\\Export' } });
    fireEvent.click(screen.getByRole('button', { name: 'Complete Initial Replication' }));
    expect((await alert()).textContent).toContain("Import replication for virtual machine 'Vm1'");
    fireEvent.change(folder, { target: { value: good } });
    fireEvent.click(screen.getByRole('button', { name: 'Complete Initial Replication' }));
    await waitFor(() => expect(closed).toHaveBeenCalled());
  });
});

describe('the later pages’ errors', () => {
  it('Choose Initial Replication Method: a start more than 7 days ahead, then a media folder on a missing drive', async () => {
    await blank(SERVER, FIREWALL);
    open();
    await toConnection();
    for (const title of ['Choose Replication VHDs', 'Configure Replication Frequency', 'Configure Additional Recovery Points', 'Choose Initial Replication Method']) {
      next();
      await waitFor(() => expect(heading()).toBe(title));
    }
    fireEvent.click(screen.getByLabelText('Start replication on:'));
    // Typed in the console's format (English: M/D/YYYY), not the browser's: an ISO date does not read.
    expect(screen.getByLabelText('Date')).toHaveValue('3/2/2026');
    expect(screen.getByLabelText('Time')).toHaveValue('9:00 AM');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2026-03-20' } });
    next();
    expect((await alert()).textContent).toContain('The start date or time is not valid. Type the date as M/D/YYYY and the time as h:mm AM/PM.');
    expect(screen.getByLabelText('Date')).toHaveValue('2026-03-20');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '3/20/2026' } });
    next();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('should not exceed'));
    expect(heading()).toBe('Choose Initial Replication Method');
    fireEvent.click(screen.getByLabelText('Send initial copy using external media'));
    fireEvent.change(screen.getByLabelText('Specify the location to export initial copy.'), { target: { value: 'Q:\\Media' } });
    next();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Q:\\Media'));
    expect(heading()).toBe('Choose Initial Replication Method');
    expect(relCount()).toBe(0);
  });

  it('Configure Replication Frequency (Extend): 5 minutes after a 15-minute replication is refused on that page', async () => {
    const l = (t = await loadActionsLab('active-passive'));
    await run(l, { type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm1', frequencySec: 900 });
    open('extend', 'HV-2');
    await toConnection('HV-1');
    next();
    await waitFor(() => expect(heading()).toBe('Configure Replication Frequency'));
    expect(screen.getByRole('combobox')).toHaveValue('900');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '300' } });
    next();
    expect((await alert()).textContent).toContain('should be greater than the frequency for primary replication');
    expect(heading()).toBe('Configure Replication Frequency');
  });
});
