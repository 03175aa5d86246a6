import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../protocol';
import { loadActionsLab, type ActionsLab } from '../menus/testing/actionsLab';
import { NetworkingTab } from './NetworkingTab';

let t: ActionsLab | null = null;

afterEach(() => {
  cleanup();
  t?.restore();
  t = null;
});

async function run(lab: ActionsLab, ...commands: Command[]): Promise<void> {
  for (const command of commands) {
    const result = await act(() => lab.lab.bridge.execute(command));
    expect(result).toMatchObject({ ok: true });
  }
  await act(() => lab.lab.settle());
}

describe('Networking tab', () => {
  it('after a test failover, shows the Failover TCP/IP addresses the guest took on, IPv4 and IPv6', async () => {
    const lab = (t = await loadActionsLab('active-passive'));
    await run(
      lab,
      {
        type: 'Set-VMNetworkAdapterFailoverConfiguration',
        host: 'HV-2',
        vm: 'Vm1',
        ipv4: { address: '10.0.20.11', subnetMask: '255.255.255.0', defaultGateway: '', preferredDns: '', alternateDns: '' },
        ipv6: { address: '2001:db8:20::11', prefixLength: 64, defaultGateway: '', preferredDns: '', alternateDns: '' },
      },
      { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1', asTest: true, startVm: true },
    );
    render(<NetworkingTab vmKey={lab.key('HV-2', 'Vm1 - Test')} vmName="Vm1 - Test" />);
    const table = screen.getByRole('table', { name: 'Network adapters of Vm1 - Test' });
    expect(table.textContent).toContain('10.0.20.11, 2001:db8:20::11');
  });

  it('a running VM without a failover shows only its own IPv4 address', async () => {
    const lab = (t = await loadActionsLab('active-passive'));
    render(<NetworkingTab vmKey={lab.key('HV-1', 'Vm1')} vmName="Vm1" />);
    const text = screen.getByRole('table', { name: 'Network adapters of Vm1' }).textContent;
    expect(text).toMatch(/192\.168\.10\.\d+/);
    expect(text).not.toContain(',');
  });
});
