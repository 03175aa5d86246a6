import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { actionEnv } from '../../actions/env';
import { selectHost, selectVm } from '../../store/uiStore';
import { loadActionsLab, type ActionsLab } from '../menus/testing/actionsLab';
import { ActionsPane } from './ActionsPane';

let t: ActionsLab;
afterEach(() => t.restore());

const buttonNames = (group: HTMLElement) => within(group).getAllByRole('button').slice(1).map((b) => b.textContent);

describe('Actions pane for a crashed server (issue 10)', () => {
  it('drops the VM section and the server’s Hyper-V items; Power On Host brings them back', async () => {
    t = await loadActionsLab('active-passive');
    act(() => {
      selectHost('HV-1');
      selectVm(t.key('HV-1', 'Vm1'));
    });
    render(<ActionsPane />);
    const pane = screen.getByRole('region', { name: 'Actions' });
    expect(within(pane).getByRole('group', { name: 'Vm1' })).toBeInTheDocument();
    await act(async () => {
      await actionEnv().execute({ type: 'Lab-CrashHost', host: 'HV-1' });
      await t.lab.settle();
    });
    expect(within(pane).queryByRole('group', { name: 'Vm1' })).toBeNull();
    expect(within(pane).queryByRole('button', { name: 'Start' })).toBeNull();
    expect(buttonNames(within(pane).getByRole('group', { name: 'HV-1' }))).toEqual(['Remove Server', 'Refresh', 'View', 'Help', 'Lab']);
    await act(async () => {
      await actionEnv().execute({ type: 'Lab-PowerOnHost', host: 'HV-1' });
      await t.lab.settle();
    });
    const vm = within(pane).getByRole('group', { name: 'Vm1' });
    expect(within(vm).getByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(buttonNames(within(pane).getByRole('group', { name: 'HV-1' }))).toContain('Hyper-V Settings…');
  });
});
