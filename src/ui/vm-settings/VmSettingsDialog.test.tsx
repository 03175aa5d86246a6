import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Relationship, Vm } from '../../protocol';
import { labStore } from '../../store/labStore';
import { loadActionsLab, type ActionsLab } from '../menus/testing/actionsLab';
import VmSettingsDialog from './VmSettingsDialog';

let t: ActionsLab | null = null;

afterEach(() => {
  cleanup();
  t?.restore();
  t = null;
});

async function open(host: string): Promise<ReturnType<typeof vi.fn>> {
  t = await loadActionsLab('active-passive');
  const onClose = vi.fn();
  render(<VmSettingsDialog request={{ kind: 'vmSettings', host, vm: 'Vm1' }} onClose={onClose} />);
  return onClose;
}

const vm = (host: string): Vm => {
  const found = Object.values(labStore.getState().vms).find((v) => v.host === host && v.name === 'Vm1');
  if (!found) throw new Error('no Vm1');
  return found;
};
const rel = (): Relationship => {
  const found = Object.values(labStore.getState().relationships).find((r) => r.primaryHost === 'HV-1' && r.primaryVm === vm('HV-1').key);
  if (!found) throw new Error('no relationship');
  return found;
};
const page = (name: string | RegExp) => fireEvent.click(screen.getByRole('treeitem', { name: typeof name === 'string' ? new RegExp(`^${name}`) : name }));
/** The Replication node itself, not its Replication VHDs child. */
const REPLICATION = /^Replication(?! VHDs)/;
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const settle = () => act(async () => t?.lab.settle());

describe('VM Settings: Failover TCP/IP', () => {
  it('shows a bad subnet mask on the page and sends nothing for IPv4 or IPv6', async () => {
    const onClose = await open('HV-1');
    expect(screen.getByRole('dialog', { name: 'Settings for Vm1 on HV-1' })).toBeTruthy();
    page('Failover TCP/IP');
    fireEvent.click(screen.getByLabelText('Use the following IPv4 address scheme for the virtual machine'));
    type('IPv4 Address:', '10.0.20.11');
    type('Subnet mask:', '255.0.255.0');
    fireEvent.click(screen.getByLabelText('Use the following IPv6 address scheme for the virtual machine'));
    type('IPv6 Address:', '2001:db8:20::11');
    click('OK');
    expect((await screen.findByRole('alert')).textContent).toContain("The subnet mask '255.0.255.0' is not valid");
    expect(onClose).not.toHaveBeenCalled();
    await settle();
    expect(vm('HV-1').adapters[0]).toMatchObject({ failoverIpv4: null, failoverIpv6: null });
  });

  it('a prefix length that is not a number is refused before anything is sent', async () => {
    await open('HV-1');
    page('Failover TCP/IP');
    fireEvent.click(screen.getByLabelText('Use the following IPv6 address scheme for the virtual machine'));
    type('IPv6 Address:', '2001:db8:20::11');
    type('Subnet prefix length:', 'sixty');
    click('Apply');
    expect((await screen.findByRole('alert')).textContent).toContain("The subnet prefix length 'sixty' is not valid");
  });

  it('OK stores IPv4 and IPv6 and closes', async () => {
    const onClose = await open('HV-1');
    page('Failover TCP/IP');
    fireEvent.click(screen.getByLabelText('Use the following IPv4 address scheme for the virtual machine'));
    type('IPv4 Address:', '10.0.20.11');
    type('Subnet mask:', '255.255.255.0');
    type('Default gateway:', '10.0.20.1');
    fireEvent.click(screen.getByLabelText('Use the following IPv6 address scheme for the virtual machine'));
    type('IPv6 Address:', '2001:db8:20::11');
    click('OK');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    await settle();
    expect(vm('HV-1').adapters[0]).toMatchObject({
      failoverIpv4: { address: '10.0.20.11', subnetMask: '255.255.255.0', defaultGateway: '10.0.20.1' },
      failoverIpv6: { address: '2001:db8:20::11', prefixLength: 64 },
    });
  });
});

describe('VM Settings: network switches', () => {
  it('Cancel changes nothing', async () => {
    const onClose = await open('HV-2');
    page('Network Adapter');
    type('Virtual switch:', 'LAN');
    click('Cancel');
    expect(onClose).toHaveBeenCalled();
    await settle();
    expect(vm('HV-2').adapters[0]?.switchName).toBeNull();
  });

  it('Test Failover (on the replica) sets the test VM switch; Apply keeps the dialog open', async () => {
    const onClose = await open('HV-2');
    page('Test Failover');
    type('Virtual switch:', 'LAN');
    click('Apply');
    await settle();
    await waitFor(() => expect(vm('HV-2').adapters[0]?.testFailoverSwitch).toBe('LAN'));
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Apply' }).disabled).toBe(true);
  });
});

describe('VM Settings: Replication pages', () => {
  it('frequency, recovery points and resynchronisation go in one Set-VMReplication', async () => {
    const onClose = await open('HV-1');
    page(REPLICATION);
    type('Replication frequency:', '30');
    page('Recovery Points');
    fireEvent.click(screen.getByLabelText('Create additional hourly recovery points'));
    type('Coverage provided by additional recovery points (in hours):', '12');
    page('Resynchronization');
    fireEvent.click(screen.getByLabelText('Manually start resynchronization'));
    click('OK');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    await settle();
    expect(rel().settings).toMatchObject({ frequencySec: 30, recoveryHistory: 12, autoResynchronizeEnabled: false });
  });

  it('a coverage out of range shows the engine message on Recovery Points', async () => {
    await open('HV-1');
    page('Recovery Points');
    fireEvent.click(screen.getByLabelText('Create additional hourly recovery points'));
    type('Coverage provided by additional recovery points (in hours):', '30');
    click('Apply');
    expect((await screen.findByRole('alert')).textContent).toContain('between 0 and 24');
    await settle();
    expect(rel().settings.recoveryHistory).toBe(0);
  });

  it('a resync window time that is not one is refused on its page', async () => {
    await open('HV-1');
    page('Resynchronization');
    fireEvent.click(screen.getByLabelText('Automatically start resynchronization during the following time'));
    expect(screen.getByLabelText<HTMLInputElement>('From:').value).toBe('18:30');
    type('From:', '');
    click('Apply');
    expect((await screen.findByRole('alert')).textContent).toContain('is not valid');
  });

  it('on the replica the refusal shows on the page and the dialog stays open', async () => {
    const onClose = await open('HV-2');
    page(REPLICATION);
    type('Replication frequency:', '30');
    click('OK');
    expect((await screen.findByRole('alert')).textContent).toContain("Replication settings cannot be modified on the replica virtual machine 'Vm1'");
    expect(onClose).not.toHaveBeenCalled();
    expect(rel().settings.frequencySec).toBe(300);
  });
});
