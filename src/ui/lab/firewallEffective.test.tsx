import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Host } from '../../protocol';
import { labStore } from '../../store/labStore';
import { loadActionsLab, type ActionsLab } from '../menus/testing/actionsLab';
import FirewallDialog from './FirewallDialog';

let env: ActionsLab;
let closed = 0;

beforeEach(async () => {
  env = await loadActionsLab('blank');
  closed = 0;
});
afterEach(() => env.restore());

const host = (name: string): Host => labStore.getState().hosts[name] as Host;

describe('Firewall dialog shows the rule as the host has it until OK (issue 10)', () => {
  it("ticking a rule's box leaves its Enabled column at No; OK enables it on the host", async () => {
    render(<FirewallDialog request={{ kind: 'firewall', host: 'HV-2' }} onClose={() => closed++} />);
    const dialog = screen.getByRole('dialog', { name: 'Windows Defender Firewall – Inbound Rules on HV-2' });
    const row = () => within(dialog).getAllByRole('row')[1] as HTMLElement;
    expect(row()).toHaveTextContent(/No$/);
    await userEvent.click(within(row()).getByRole('checkbox'));
    expect(within(row()).getByRole('checkbox')).toBeChecked();
    expect(row()).toHaveTextContent(/No$/);
    expect(host('HV-2').firewall.HTTP).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(closed).toBe(1));
    await act(() => env.lab.settle());
    expect(host('HV-2').firewall.HTTP).toBe(true);
  });
});
