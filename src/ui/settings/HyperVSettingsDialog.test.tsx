import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageBoxStore } from '../../actions';
import type { Host } from '../../protocol';
import { labStore } from '../../store/labStore';
import { loadActionsLab, type ActionsLab } from '../menus/testing/actionsLab';
import HyperVSettingsDialog from './HyperVSettingsDialog';

let env: ActionsLab;
let closed = 0;

beforeEach(async () => {
  env = await loadActionsLab('blank');
  closed = 0;
});
afterEach(() => env.restore());

const hv2 = (): Host => labStore.getState().hosts['HV-2'] as Host;

async function openReplicationPage() {
  render(<HyperVSettingsDialog request={{ kind: 'hyperVSettings', host: 'HV-2' }} onClose={() => closed++} />);
  const dialog = screen.getByRole('dialog', { name: 'Hyper-V Settings for HV-2' });
  await userEvent.click(within(dialog).getByRole('treeitem', { name: /Replication Configuration/ }));
  return dialog;
}

/** Enables HV-2 with Kerberos, any server, the given storage; returns the dialog. */
async function fillKerberosAnyServer(storage: string) {
  const dialog = await openReplicationPage();
  await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Enable this computer as a Replica server.' }));
  await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Use Kerberos (HTTP):' }));
  await userEvent.click(within(dialog).getByRole('radio', { name: 'Allow replication from any authenticated server' }));
  const location = within(dialog).getByLabelText('Specify the default location to store Replica files:');
  await userEvent.clear(location);
  await userEvent.type(location, storage);
  return dialog;
}

/** Clicks a button and expects `message` on the page, with HV-2 exactly as before. */
async function expectPageError(dialog: HTMLElement, button: string, message: string | RegExp) {
  const before = structuredClone(hv2());
  await userEvent.click(within(dialog).getByRole('button', { name: button }));
  expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
  await act(() => env.lab.settle());
  expect(hv2()).toEqual(before);
  expect(closed).toBe(0);
}

describe('Hyper-V Settings ▸ Replication Configuration', () => {
  it('shows the Server and User trees of the real dialog, Replication Configuration captioned as not enabled', () => {
    render(<HyperVSettingsDialog request={{ kind: 'hyperVSettings', host: 'HV-2' }} onClose={() => closed++} />);
    expect(screen.getByRole('tree', { name: 'Server' })).toHaveTextContent(/Virtual Hard Disks.*NUMA Spanning.*Live Migrations.*Advanced Features.*Replication Configuration/);
    expect(screen.getByRole('tree', { name: 'User' })).toHaveTextContent(/Keyboard.*Mouse Release Key.*Enhanced Session Mode.*Reset Check Boxes/);
    expect(screen.getByRole('treeitem', { name: /Replication Configuration/ })).toHaveTextContent('Not enabled as a Replica server');
  });

  it('OK enables Kerberos from any authenticated server, closes, and reminds about the HTTP listener rule', async () => {
    const dialog = await fillKerberosAnyServer('D:\\Hyper-V\\Replica');
    await userEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(closed).toBe(1));
    await act(() => env.lab.settle());
    expect(hv2().replicaServer).toMatchObject({ enabled: true, kerberos: { enabled: true, port: 80 }, allowAnyServer: true, defaultStorageLocation: 'D:\\Hyper-V\\Replica' });
    expect(messageBoxStore.getState().queue.map((b) => b.spec.body)).toEqual([{ key: 'lab.firewallReminder.body.HTTP', params: { port: '80' } }]);
  });

  it('refuses a port out of 1–65535 or not a number', async () => {
    const dialog = await fillKerberosAnyServer('D:\\Replica');
    const port = within(dialog).getByLabelText('Kerberos (HTTP) port');
    await userEvent.clear(port);
    await userEvent.type(port, '70000');
    await expectPageError(dialog, 'Apply', 'The port must be between 1 and 65535 (got 70000).');
    await userEvent.clear(port);
    await userEvent.type(port, 'abc');
    await expectPageError(dialog, 'OK', 'The port must be between 1 and 65535 (got abc).');
  });

  it('refuses the same port for HTTP and HTTPS', async () => {
    const dialog = await fillKerberosAnyServer('D:\\Replica');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Use certificate-based Authentication (HTTPS):' }));
    const port = within(dialog).getByLabelText('Certificate-based (HTTPS) port');
    await userEvent.clear(port);
    await userEvent.type(port, '80');
    await expectPageError(dialog, 'Apply', "Kerberos and Certificate port specified for 'HV-2' should be different.");
  });

  it('needs at least one authentication type when enabled', async () => {
    const dialog = await fillKerberosAnyServer('D:\\Replica');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Use Kerberos (HTTP):' }));
    await expectPageError(dialog, 'Apply', /Select at least one authentication type/);
  });

  it('needs the storage location on a volume of the host', async () => {
    const dialog = await fillKerberosAnyServer('Z:\\Replica');
    await expectPageError(dialog, 'OK', "The location 'Z:\\Replica' is not a valid folder on a volume of this server.");
  });

  it('adds an entry the engine accepted (not a wrong wildcard); Apply switches to the specified servers and adds it', async () => {
    const dialog = await fillKerberosAnyServer('D:\\Replica');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Allow replication from the specified servers:' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add…' }));
    const entry = await screen.findByRole('dialog', { name: 'Add Authorization Entry' });
    await userEvent.type(within(entry).getByLabelText('Specify the primary server:'), 'hv*.formation.lan');
    await userEvent.type(within(entry).getByLabelText('Specify the default location to store Replica files:'), 'D:\\Replica');
    await userEvent.type(within(entry).getByLabelText('Specify the trust group:'), 'Siege');
    await userEvent.click(within(entry).getByRole('button', { name: 'OK' }));
    expect(await within(entry).findByRole('alert')).toHaveTextContent("'hv*.formation.lan' is not a valid primary server");
    const server = within(entry).getByLabelText('Specify the primary server:');
    await userEvent.clear(server);
    await userEvent.type(server, '*.formation.lan');
    await userEvent.click(within(entry).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add Authorization Entry' })).toBeNull());
    expect(within(dialog).getByRole('table', { name: 'Authorization entries' })).toHaveTextContent('*.formation.lan');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await act(() => env.lab.settle());
    await waitFor(() => expect(hv2().replicaServer.entries).toEqual([{ allowedPrimaryServer: '*.formation.lan', storageLocation: 'D:\\Replica', trustGroup: 'Siege' }]));
    expect(hv2().replicaServer).toMatchObject({ enabled: true, allowAnyServer: false });
  });

  it('the entry dialog refuses a duplicate primary server and a missing trust group', async () => {
    const dialog = await openReplicationPage();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Enable this computer as a Replica server.' }));
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Allow replication from the specified servers:' }));
    const add = async (server: string, trust: string) => {
      await userEvent.click(within(dialog).getByRole('button', { name: 'Add…' }));
      const entry = await screen.findByRole('dialog', { name: 'Add Authorization Entry' });
      await userEvent.type(within(entry).getByLabelText('Specify the primary server:'), server);
      await userEvent.type(within(entry).getByLabelText('Specify the default location to store Replica files:'), 'D:\\Replica');
      if (trust) await userEvent.type(within(entry).getByLabelText('Specify the trust group:'), trust);
      await userEvent.click(within(entry).getByRole('button', { name: 'OK' }));
      return entry;
    };
    await add('hv-1.formation.lan', 'Siege');
    const second = await add('HV-1.formation.lan', 'Siege');
    expect(await within(second).findByRole('alert')).toHaveTextContent("An authorization entry for 'HV-1.formation.lan' already exists.");
    await userEvent.click(within(second).getByRole('button', { name: 'Cancel' }));
    const third = await add('hv-3.formation.lan', '');
    expect(await within(third).findByRole('alert')).toHaveTextContent('Specify a trust group.');
  });
});

describe('Select Certificate…', () => {
  /** Reloads `blank` with HV-2 holding an expired and a valid certificate for its FQDN. */
  async function withCertificates() {
    const text = await env.lab.bridge.exportText(10_000_000);
    const file = JSON.parse(text ?? '{}') as { hosts: Host[] };
    const host = file.hosts.find((h) => h.name === 'HV-2') as Host;
    const purposes = ['Server Authentication', 'Client Authentication'];
    host.certificates = [
      { thumbprint: 'AAAA', issuedTo: host.fqdn, issuedBy: 'Old CA', notAfter: -86_400_000, intendedPurposes: purposes },
      { thumbprint: 'BBBB', issuedTo: host.fqdn, issuedBy: 'Lab Root CA', notAfter: 400 * 86_400_000, intendedPurposes: purposes },
    ];
    await act(async () => {
      await env.lab.bridge.load({ kind: 'file', file });
    });
  }

  it('lists expired certificates too; picking one gives the engine\'s error, a valid one fills the page', async () => {
    await withCertificates();
    const dialog = await openReplicationPage();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Enable this computer as a Replica server.' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Use certificate-based Authentication (HTTPS):' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Select Certificate…' }));
    const picker = await screen.findByRole('dialog', { name: 'Windows Security' });
    const list = within(picker).getByRole('radiogroup', { name: 'Certificates of HV-2' });
    expect(within(list).getAllByRole('radio')).toHaveLength(2);
    expect(list).toHaveTextContent(/Old CA.*Expired on/);
    await userEvent.click(within(list).getAllByRole('radio')[0] as HTMLElement);
    await userEvent.click(within(picker).getByRole('button', { name: 'OK' }));
    expect(await within(picker).findByRole('alert')).toHaveTextContent("The certificate 'hv-2.formation.lan' (AAAA) has expired.");
    await userEvent.click(within(list).getAllByRole('radio')[1] as HTMLElement);
    await userEvent.click(within(picker).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Windows Security' })).toBeNull());
    expect(within(dialog).getByText('Lab Root CA')).toBeInTheDocument();
  });
});
