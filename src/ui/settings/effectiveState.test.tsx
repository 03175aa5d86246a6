import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Host } from '../../protocol';
import { labStore } from '../../store/labStore';
import { loadActionsLab, type ActionsLab } from '../menus/testing/actionsLab';
import HyperVSettingsDialog from './HyperVSettingsDialog';

let env: ActionsLab;

beforeEach(async () => {
  env = await loadActionsLab('blank');
});
afterEach(() => env.restore());

const hv2 = (): Host => labStore.getState().hosts['HV-2'] as Host;

describe('Hyper-V Settings shows the server as it is until OK / Apply (issue 10)', () => {
  it('ticking "Enable this computer as a Replica server." changes the box only; Apply makes the caption say Enabled', async () => {
    render(<HyperVSettingsDialog request={{ kind: 'hyperVSettings', host: 'HV-2' }} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Hyper-V Settings for HV-2' });
    const node = () => within(dialog).getByRole('treeitem', { name: /Replication Configuration/ });
    await userEvent.click(node());
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Enable this computer as a Replica server.' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Use Kerberos (HTTP):' }));
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Allow replication from any authenticated server' }));
    const location = within(dialog).getByLabelText('Specify the default location to store Replica files:');
    await userEvent.clear(location);
    await userEvent.type(location, 'D:\\Replica');
    await act(() => env.lab.settle());
    expect(hv2().replicaServer.enabled).toBe(false);
    expect(node()).toHaveTextContent('Not enabled as a Replica server');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await act(() => env.lab.settle());
    expect(hv2().replicaServer.enabled).toBe(true);
    expect(node()).toHaveTextContent('Enabled as a Replica server');
    expect(node()).not.toHaveTextContent('Not enabled');
  });
});
