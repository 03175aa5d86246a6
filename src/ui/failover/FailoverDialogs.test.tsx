import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messageBoxStore } from '../../actions';
import { labStore } from '../../store/labStore';
import { loadActionsLab, type ActionsLab } from '../menus/testing/actionsLab';
import FailoverDialog from './FailoverDialog';
import { findTarget, findVm } from './failoverTarget';
import PlannedFailoverDialog from './PlannedFailoverDialog';
import TestFailoverDialog from './TestFailoverDialog';
import ReplicationHealthDialog from '../replication-health/ReplicationHealthDialog';

let t: ActionsLab | null = null;
afterEach(() => {
  cleanup();
  t?.restore();
  t = null;
});

const rel = (host: string) => findTarget(labStore.getState(), host, 'Vm1')?.rel;
const box = () => messageBoxStore.getState().queue[0]?.spec;

async function lab(advanceMs = 3_600_000): Promise<ActionsLab> {
  t = await loadActionsLab('active-passive');
  const l = t;
  await act(async () => {
    await l.lab.bridge.advance(advanceMs);
  });
  return l;
}

describe('Test Failover dialog', () => {
  it('lists Latest Recovery Point and creates "Vm1 - Test" on HV-2', async () => {
    await lab();
    const onClose = vi.fn();
    render(<TestFailoverDialog request={{ kind: 'testFailover', host: 'HV-2', vm: 'Vm1' }} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Test Failover' });
    expect(screen.getByLabelText('Recovery point:')).toHaveDisplayValue('Latest Recovery Point');
    fireEvent.click(screen.getByRole('button', { name: 'Test Failover' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    await waitFor(() => expect(findVm(labStore.getState(), 'HV-2', 'Vm1 - Test')?.state).toBe('Off'));
    expect(dialog).toBeTruthy();
  });
});

describe('Planned Failover dialog', () => {
  it('is refused with the product box while the VM runs, and nothing changes', async () => {
    await lab();
    render(<PlannedFailoverDialog request={{ kind: 'plannedFailover', host: 'HV-1', vm: 'Vm1' }} onClose={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Fail Over' }));
    await waitFor(() => expect(box()?.heading).toEqual({ raw: expect.stringContaining('The virtual machine is not prepared for planned failover.') as string }));
    expect(screen.getByText('Check that virtual machine is turned off.').closest('li')).toHaveAttribute('data-step', 'vmOff');
    expect(screen.getByText('Check that virtual machine is turned off.').closest('li')?.className).toContain('pf-line--failed');
    expect(rel('HV-1')?.primaryState).toBe('Replicating');
  });

  it('with reverse: every line succeeds, roles swap, zero data loss in the completion box', async () => {
    const l = await lab();
    await act(async () => {
      await l.lab.bridge.execute({ type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' });
    });
    const onClose = vi.fn();
    render(<PlannedFailoverDialog request={{ kind: 'plannedFailover', host: 'HV-1', vm: 'Vm1' }} onClose={onClose} />);
    fireEvent.click(screen.getByLabelText('Reverse the replication direction after failover.'));
    fireEvent.click(screen.getByRole('button', { name: 'Fail Over' }));
    await waitFor(() => expect(box()?.heading).toEqual({ raw: 'Failover completed successfully.' }));
    expect(box()?.body).toEqual({ raw: expect.stringContaining('Data lost: none (0 writes, 0 MB)') as string });
    for (const line of document.querySelectorAll('.pf-line')) expect(line.className).toContain('pf-line--done');
    const r = rel('HV-2');
    expect([r?.primaryHost, r?.replicaHost, r?.failover?.lostWrites]).toEqual(['HV-2', 'HV-1', 0]);
    expect(findVm(labStore.getState(), 'HV-2', 'Vm1')?.state).toBe('Running');
  });
});

describe('Failover dialog (unplanned)', () => {
  it('shows the engine refusal while the primary runs', async () => {
    await lab();
    render(<FailoverDialog request={{ kind: 'failover', host: 'HV-2', vm: 'Vm1' }} onClose={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Fail Over' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("The primary virtual machine 'Vm1' is running on hv-1.formation.lan");
    expect(rel('HV-2')?.replicaState).toBe('Replicating');
  });

  it('after a crash fails over and reports the engine’s data loss', async () => {
    const l = await lab(3_600_000 + 200_000);
    await act(async () => {
      await l.lab.bridge.execute({ type: 'Lab-CrashHost', host: 'HV-1' });
    });
    render(<FailoverDialog request={{ kind: 'failover', host: 'HV-2', vm: 'Vm1' }} onClose={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Fail Over' }));
    await waitFor(() => expect(box()?.heading).toEqual({ raw: 'Failover completed successfully.' }));
    const lost = rel('HV-2')?.failover?.lostWrites ?? 0;
    expect(lost).toBeGreaterThan(0);
    expect(box()?.body).toEqual({ raw: expect.stringContaining(`Data lost: ${new Intl.NumberFormat('en-US').format(lost)} writes`) as string });
    expect(rel('HV-2')?.replicaState).toBe('FailedOverWaitingCompletion');
  });
});

describe('Replication Health dialog', () => {
  it('shows the relationship fields and resets statistics', async () => {
    await lab();
    render(<ReplicationHealthDialog request={{ kind: 'replicationHealth', host: 'HV-1', vm: 'Vm1' }} onClose={vi.fn()} />);
    expect(screen.getByRole('dialog', { name: 'Replication Health for "Vm1"' })).toBeTruthy();
    expect(screen.getByText('Replication Mode:').nextSibling).toHaveTextContent('Primary');
    expect(screen.getByText('Current Replica Server:').nextSibling).toHaveTextContent('hv-2.formation.lan');
    expect(screen.getByText('Successful replication cycles:').nextSibling?.textContent).toMatch(/^\d+ out of \d+ \(\d+%\)$/);
    expect(screen.getByRole('button', { name: 'Save As…' })).toBeEnabled();
    const l = t;
    await act(async () => {
      await l?.lab.bridge.advance(1_800_000);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Reset Statistics' }));
    await waitFor(() => expect(screen.getByText('From time:').nextSibling?.textContent).toBe(screen.getByText('To time:').nextSibling?.textContent));
    expect(screen.getByText('Successful replication cycles:').nextSibling).toHaveTextContent('0 out of 0 (100%)');
    expect(rel('HV-1')?.stats.successCount).toBe(0);
  });
});
