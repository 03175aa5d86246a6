import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../../protocol';
import { labStore } from '../../store/labStore';
import { setLocale } from '../../store/uiStore';
import { loadActionsLab, type ActionsLab } from '../menus/testing/actionsLab';
import FirewallDialog from './FirewallDialog';
import NetworkLinksDialog from './NetworkLinksDialog';

let env: ActionsLab;
let closed = 0;

beforeEach(async () => {
  env = await loadActionsLab('branch-office-wan');
  closed = 0;
});
afterEach(() => env.restore());

const host = (name: string): Host => labStore.getState().hosts[name] as Host;

describe('Firewall dialog', () => {
  it('lists both listener rules by their Windows names; OK sends only what changed', async () => {
    render(<FirewallDialog request={{ kind: 'firewall', host: 'HV-2' }} onClose={() => closed++} />);
    const dialog = screen.getByRole('dialog', { name: 'Windows Defender Firewall – Inbound Rules on HV-2' });
    const http = within(dialog).getByRole('checkbox', { name: 'Hyper-V Replica HTTP Listener (TCP-In)' });
    const https = within(dialog).getByRole('checkbox', { name: 'Hyper-V Replica HTTPS Listener (TCP-In)' });
    expect([http, https].map((c) => (c as HTMLInputElement).checked)).toEqual([false, true]);
    await userEvent.click(http);
    await userEvent.click(https);
    await userEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(closed).toBe(1));
    await act(() => env.lab.settle());
    expect(host('HV-2').firewall).toEqual({ HTTP: true, HTTPS: false });
  });

  it('Cancel changes nothing; French names follow Windows in French', async () => {
    setLocale('fr');
    render(<FirewallDialog request={{ kind: 'firewall', host: 'HV-1' }} onClose={() => closed++} />);
    const dialog = screen.getByRole('dialog', { name: 'Pare-feu Windows Defender – Règles de trafic entrant sur HV-1' });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Écouteur HTTPS de réplica Hyper-V (TCP-entrant)' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await act(() => env.lab.settle());
    expect(closed).toBe(1);
    expect(host('HV-1').firewall).toEqual({ HTTP: false, HTTPS: true });
  });

  it('shows the engine error on the dialog when the host is down', async () => {
    render(<FirewallDialog request={{ kind: 'firewall', host: 'HV-2' }} onClose={() => closed++} />);
    await act(async () => {
      await env.lab.bridge.execute({ type: 'Lab-CrashHost', host: 'HV-2' });
    });
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Hyper-V Replica HTTP Listener (TCP-In)' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent("the server 'HV-2' is not running");
    expect(closed).toBe(0);
  });
});

describe('Network Links dialog', () => {
  it('takes the WAN link down and slows it; only the changed link is sent', async () => {
    render(<NetworkLinksDialog request={{ kind: 'networkLinks' }} onClose={() => closed++} />);
    const dialog = screen.getByRole('dialog', { name: 'Network Links' });
    expect(within(dialog).getByRole('table', { name: 'Network Links' })).toHaveTextContent('Siège ↔ Agence');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Link wan-siege-agence is up' }));
    const bandwidth = within(dialog).getByLabelText('Bandwidth of wan-siege-agence (Mbps)');
    await userEvent.clear(bandwidth);
    await userEvent.type(bandwidth, '2,5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(closed).toBe(1));
    await act(() => env.lab.settle());
    expect(labStore.getState().links['wan-siege-agence']).toMatchObject({ up: false, bandwidthBitsPerSec: 2_500_000, latencyMs: 40 });
    expect(labStore.getState().links['lan-siege']).toMatchObject({ up: true, bandwidthBitsPerSec: 1_000_000_000 });
  });

  it.each([
    ['Bandwidth of lan-agence (Mbps)', '-5', "The bandwidth of 'lan-agence' must be a number of Mbps from 0.001 to 1,000,000 (got '-5')."],
    ['Bandwidth of lan-agence (Mbps)', 'fast', "The bandwidth of 'lan-agence' must be a number of Mbps from 0.001 to 1,000,000 (got 'fast')."],
    ['Latency of lan-agence (ms)', '-1', "The latency of 'lan-agence' must be a whole number of milliseconds from 0 to 60,000 (got '-1')."],
    ['Latency of lan-agence (ms)', '60001', "The latency of 'lan-agence' must be a whole number of milliseconds from 0 to 60,000 (got '60001')."],
    ['Bandwidth of lan-agence (Mbps)', '1000001', "The bandwidth of 'lan-agence' must be a number of Mbps from 0.001 to 1,000,000 (got '1000001')."],
  ])('%s = %s shows an error and sends nothing', async (label, value, message) => {
    render(<NetworkLinksDialog request={{ kind: 'networkLinks' }} onClose={() => closed++} />);
    const dialog = screen.getByRole('dialog', { name: 'Network Links' });
    const before = structuredClone(labStore.getState().links);
    // A valid change on another link first: it must not be sent either.
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Link lan-siege is up' }));
    const field = within(dialog).getByLabelText(label);
    await userEvent.clear(field);
    await userEvent.type(field, value);
    await userEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await act(() => env.lab.settle());
    expect(labStore.getState().links).toEqual(before);
    expect(closed).toBe(0);
  });

  it('a latency of 400 nines (Infinity once parsed) sends no command at all, not even the valid bandwidth change before it', async () => {
    const execute = vi.spyOn(env.lab.bridge, 'execute');
    render(<NetworkLinksDialog request={{ kind: 'networkLinks' }} onClose={() => closed++} />);
    const dialog = screen.getByRole('dialog', { name: 'Network Links' });
    const before = structuredClone(labStore.getState().links);
    const bandwidth = within(dialog).getByLabelText('Bandwidth of wan-siege-agence (Mbps)');
    await userEvent.clear(bandwidth);
    await userEvent.type(bandwidth, '2');
    const latency = within(dialog).getByLabelText('Latency of wan-siege-agence (ms)');
    await userEvent.clear(latency);
    await userEvent.click(latency);
    await userEvent.paste('9'.repeat(400));
    await userEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      "The latency of 'wan-siege-agence' must be a whole number of milliseconds from 0 to 60,000 (got '99999999999999999999…').",
    );
    expect(latency).toHaveAttribute('aria-invalid', 'true');
    expect(latency).toHaveFocus();
    expect(bandwidth).toHaveAttribute('aria-invalid', 'false');
    await act(() => env.lab.settle());
    expect(execute).not.toHaveBeenCalled();
    expect(labStore.getState().links).toEqual(before);
    expect(closed).toBe(0);
  });

  it('marks every bad field of every row at once; correcting them all sends the batch (limits included)', async () => {
    const execute = vi.spyOn(env.lab.bridge, 'execute');
    render(<NetworkLinksDialog request={{ kind: 'networkLinks' }} onClose={() => closed++} />);
    const dialog = screen.getByRole('dialog', { name: 'Network Links' });
    const wanLatency = within(dialog).getByLabelText('Latency of wan-siege-agence (ms)');
    const lanBandwidth = within(dialog).getByLabelText('Bandwidth of lan-siege (Mbps)');
    await userEvent.clear(lanBandwidth);
    await userEvent.type(lanBandwidth, '0');
    await userEvent.clear(wanLatency);
    await userEvent.type(wanLatency, '60001');
    await userEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent("The bandwidth of 'lan-siege' must be a number of Mbps from 0.001 to 1,000,000 (got '0').");
    expect(alert).toHaveTextContent("The latency of 'wan-siege-agence' must be a whole number of milliseconds from 0 to 60,000 (got '60001').");
    expect(lanBandwidth).toHaveAttribute('aria-invalid', 'true');
    expect(lanBandwidth).toHaveAttribute('title', "The bandwidth of 'lan-siege' must be a number of Mbps from 0.001 to 1,000,000 (got '0').");
    expect(wanLatency).toHaveAttribute('aria-invalid', 'true');
    expect(execute).not.toHaveBeenCalled();

    await userEvent.clear(lanBandwidth);
    await userEvent.type(lanBandwidth, '1000000');
    expect(lanBandwidth).toHaveAttribute('aria-invalid', 'false');
    await userEvent.clear(wanLatency);
    await userEvent.type(wanLatency, '60000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(closed).toBe(1));
    await act(() => env.lab.settle());
    expect(execute).toHaveBeenCalledTimes(2);
    expect(labStore.getState().links['lan-siege']).toMatchObject({ bandwidthBitsPerSec: 1e12 });
    expect(labStore.getState().links['wan-siege-agence']).toMatchObject({ latencyMs: 60_000 });
  });
});
