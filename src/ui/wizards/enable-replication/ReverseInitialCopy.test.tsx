import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messageBoxStore } from '../../../actions';
import type { Command, CommandResult } from '../../../protocol';
import { labStore } from '../../../store/labStore';
import { loadActionsLab, type ActionsLab } from '../../menus/testing/actionsLab';
import EnableReplicationWizard from './EnableReplicationWizard';
import { vmByName } from './useVm';

let t: ActionsLab | null = null;
afterEach(() => {
  cleanup();
  t?.restore();
  t = null;
  localStorage.clear();
  messageBoxStore.setState({ queue: [] });
});

const HV1 = { host: 'HV-1', vm: 'Vm1' };
const HV2 = { host: 'HV-2', vm: 'Vm1' };

/** active-passive after HV-1 crashed, Vm1 failed over (unplanned) to HV-2, HV-1 back and Vm1 set as its replica. */
async function afterUnplanned(): Promise<ActionsLab> {
  const l = (t = await loadActionsLab('active-passive'));
  const commands: Command[] = [
    { type: 'Lab-CrashHost', host: 'HV-1' },
    { type: 'Start-VMFailover', ...HV2, startVm: true },
    { type: 'Complete-VMFailover', ...HV2 },
    { type: 'Lab-PowerOnHost', host: 'HV-1' },
    { type: 'Set-VMReplication', ...HV1, asReplica: true },
  ];
  await act(async () => {
    await l.lab.bridge.advance(3_600_000);
    for (const c of commands) expect(await l.lab.bridge.execute(c)).toMatchObject({ ok: true });
  });
  return l;
}

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
const heading = () => document.querySelector('.wizard__heading')?.textContent;
const rel = () => Object.values(labStore.getState().relationships)[0];

/** Opens the Reverse Replication wizard on HV-2 and walks to Choose Initial Replication Method. */
async function toInitialPage() {
  const onClose = vi.fn();
  render(<EnableReplicationWizard request={{ kind: 'enableReplication', mode: 'reverse', host: 'HV-2', vm: 'Vm1' }} onClose={onClose} />);
  for (const page of ['Specify Replica Server', 'Specify Connection Parameters', 'Configure Replication Frequency', 'Configure Additional Recovery Points', 'Choose Initial Replication Method']) {
    next();
    await waitFor(() => expect(heading()).toBe(page));
  }
  return onClose;
}

describe('Reverse Replication after an unplanned failover: Choose Initial Replication Method', () => {
  it('offers the three methods with the existing VM first; a bad media folder stays on the page; Finish reverses and exports', async () => {
    await afterUnplanned();
    const onClose = await toInitialPage();
    expect(screen.getByLabelText('Use an existing virtual machine on the Replica server as the initial copy.')).toBeChecked();
    fireEvent.click(screen.getByLabelText('Send initial copy using external media'));
    fireEvent.change(screen.getByLabelText('Specify the location to export initial copy.'), { target: { value: 'Q:\\Nowhere' } });
    next();
    expect((await screen.findByRole('alert')).textContent).toContain('Q:\\Nowhere');
    expect(heading()).toBe('Choose Initial Replication Method');
    expect(rel()?.primaryHost).toBe('HV-1'); // nothing reversed by the refused page
    fireEvent.change(screen.getByLabelText('Specify the location to export initial copy.'), { target: { value: 'C:\\Export' } });
    next();
    await waitFor(() => expect(heading()).toBe('Completing the Reverse Replication wizard'));
    expect(screen.getByRole('row', { name: /Initial replication method/ }).textContent).toContain('C:\\Export');
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(rel()).toMatchObject({ primaryHost: 'HV-2', primaryState: 'InitialReplicationInProgress', job: { kind: 'Export' } });
    expect(messageBoxStore.getState().queue[0]?.spec).toMatchObject({ title: { key: 'msgbox.replicationReversed.title' } });
  });

  it('existing VM, started at once: Finish sends the reverse then Start-VMInitialReplication', async () => {
    const l = await afterUnplanned();
    const sent = vi.spyOn(l.lab.bridge, 'execute');
    const onClose = await toInitialPage();
    next();
    await waitFor(() => expect(heading()).toBe('Completing the Reverse Replication wizard'));
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const types = sent.mock.calls.map(([c]) => c).filter((c) => !('dryRun' in c && c.dryRun)).map((c) => c.type);
    expect(types).toEqual(['Set-VMReplication', 'Start-VMInitialReplication']);
    expect(rel()).toMatchObject({ primaryHost: 'HV-2', primaryState: 'InitialReplicationInProgress', settings: { initialReplicationMethod: 'ExistingVm' } });
  });

  it('when the copy does not start, says so and what state the VM is left in', async () => {
    const l = await afterUnplanned();
    const real = l.lab.bridge.execute.bind(l.lab.bridge);
    vi.spyOn(l.lab.bridge, 'execute').mockImplementation(
      (c: Command): Promise<CommandResult> =>
        c.type === 'Start-VMInitialReplication' ? Promise.resolve({ ok: false, error: { code: 'InsufficientStorage', params: { path: 'D:\\', server: 'hv-1.formation.lan' } } }) : real(c),
    );
    const onClose = await toInitialPage();
    next();
    await waitFor(() => expect(heading()).toBe('Completing the Reverse Replication wizard'));
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const box = messageBoxStore.getState().queue[0]?.spec;
    expect(box).toMatchObject({ icon: 'warning', title: { key: 'msgbox.reverseCopyNotStarted.title' }, body: { params: { vm: 'Vm1', host: 'HV-2' } } });
    expect(box?.body && 'params' in box.body ? String(box.body.params?.error) : '').toContain('hv-1.formation.lan');
    expect(vmByName(labStore.getState(), 'HV-2', 'Vm1')?.replicationMode).toBe('Primary');
    expect(rel()?.primaryState).toBe('ReadyForInitialReplication');
  });
});
