import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_LAB, labStore } from '../../store/labStore';
import { createInMemoryLab, type InMemoryLab } from '../../store/testing/inMemoryLab';
import { selectHost, selectVm, setLocale } from '../../store/uiStore';
import { CheckpointsPane } from './CheckpointsPane';
import { DetailsPane } from './DetailsPane';

let lab: InMemoryLab;

async function loadLab(presetId: string) {
  lab = createInMemoryLab({ store: labStore });
  await act(async () => {
    await lab.bridge.load({ kind: 'preset', presetId, seed: 1 });
    await lab.bridge.advance(600_000);
  });
}

function select(host: string, name: string) {
  const state = labStore.getState();
  const key = (state.vmKeysByHost[host] ?? []).find((k) => state.vms[k]?.name === name) ?? null;
  act(() => {
    selectHost(host);
    selectVm(key);
  });
}

/** The label/value pairs of a field list, as "Label Value". */
function fields(container: HTMLElement): string[] {
  return within(container)
    .getAllByRole('term')
    .map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent ?? ''}`.trim());
}

async function openReplicationTab(name = 'Replication') {
  await userEvent.setup().click(screen.getByRole('tab', { name }));
  return screen.getByRole('tabpanel', { name });
}

beforeEach(async () => {
  labStore.setState(EMPTY_LAB, true);
  setLocale('en');
  await loadLab('extended-chain');
});

afterEach(() => labStore.setState(EMPTY_LAB, true));

describe('DetailsPane', () => {
  it('says "No item selected." and the Checkpoints pane "No virtual machine selected." without a VM', () => {
    act(() => selectHost('HV-1'));
    render(
      <>
        <CheckpointsPane />
        <DetailsPane />
      </>,
    );
    expect(screen.getByText('No item selected.')).toBeInTheDocument();
    expect(screen.getByText('No virtual machine selected.')).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('is titled with the VM name and has the Summary, Memory, Networking and Replication tabs', () => {
    select('HV-1', 'Vm1');
    render(
      <>
        <CheckpointsPane />
        <DetailsPane />
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Vm1' })).toBeInTheDocument();
    expect(screen.getByText('The selected virtual machine has no checkpoints.')).toBeInTheDocument();
    const tablist = screen.getByRole('tablist', { name: 'Details of Vm1' });
    expect(within(tablist).getAllByRole('tab').map((t) => t.textContent)).toEqual(['Summary', 'Memory', 'Networking', 'Replication']);
    const summary = screen.getByRole('tabpanel', { name: 'Summary' });
    expect(fields(summary)).toEqual(
      expect.arrayContaining(['State: Running', 'Uptime: 1.00:10:00', 'Configuration Version: 9.0', 'Heartbeat: OK (Applications Healthy)']),
    );
  });

  it('shows a primary’s replication: Primary, state, health, servers, last synchronisation', async () => {
    select('HV-1', 'Vm1');
    render(<DetailsPane />);
    const panel = await openReplicationTab();
    const list = fields(panel);
    expect(list.slice(0, 5)).toEqual([
      'Replication Mode: Primary',
      'Replication State: Replication enabled',
      'Replication Health: Normal',
      'Primary Server: hv-1.formation.lan',
      'Replica Server: hv-2.formation.lan',
    ]);
    expect(list[5]).toMatch(/^Last synchronized at: 3\/2\/2026 8:\d\d:\d\d\sAM$/);
    expect(within(panel).queryAllByRole('separator')).toHaveLength(0);
  });

  it('shows both relationships on the middle VM of a chain, separated by a line', async () => {
    select('HV-2', 'Vm1');
    render(<DetailsPane />);
    const panel = await openReplicationTab();
    expect(within(panel).getAllByRole('separator')).toHaveLength(1);
    const incoming = within(panel).getByRole('group', { name: 'Replication' });
    const extended = within(panel).getByRole('group', { name: 'Extended Replication' });
    expect(fields(incoming).slice(0, 5)).toEqual([
      'Replication Mode: Replica',
      'Replication State: Replication enabled',
      'Replication Health: Normal',
      'Primary Server: hv-1.formation.lan',
      'Replica Server: hv-2.formation.lan',
    ]);
    expect(fields(extended).slice(0, 5)).toEqual([
      'Replication Mode: Primary',
      'Replication State: Replication enabled',
      'Replication Health: Normal',
      'Primary Server: hv-2.formation.lan',
      'Replica Server: hv-3.formation.lan',
    ]);
  });

  it('shows a replica and an extended replica', async () => {
    select('HV-3', 'Vm2');
    render(<DetailsPane />);
    const panel = await openReplicationTab();
    expect(fields(panel)).toEqual(expect.arrayContaining(['Replication Mode: Extended Replica', 'Primary Server: hv-2.formation.lan']));
  });

  it('follows the lab: a paused relationship shows its new state and health at once', async () => {
    select('HV-1', 'Vm2');
    render(<DetailsPane />);
    const panel = await openReplicationTab();
    await act(async () => {
      await lab.bridge.execute({ type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm2' });
    });
    expect(fields(panel)).toEqual(expect.arrayContaining(['Replication State: Replication Paused', 'Replication Health: Warning']));
  });

  it('speaks French, with French dates', async () => {
    setLocale('fr');
    select('HV-2', 'Vm1');
    render(<DetailsPane />);
    expect(within(screen.getByRole('tablist')).getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Résumé',
      'Mémoire',
      'Gestion de réseau',
      'Réplication',
    ]);
    const panel = await openReplicationTab('Réplication');
    const list = fields(within(panel).getByRole('group', { name: 'Réplication' }));
    expect(list.slice(0, 3)).toEqual(['Mode de réplication : Réplica', 'État de la réplication : Réplication activée', 'Intégrité de la réplication : Normal']);
    expect(list[5]).toMatch(/^Dernière synchronisation : 02\/03\/2026 08:\d\d:\d\d$/);
    expect(within(panel).getByRole('group', { name: 'Réplication étendue' })).toBeInTheDocument();
  });

  it('lists network adapters, "Not connected" on a replica', async () => {
    select('HV-2', 'Vm1');
    render(<DetailsPane />);
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Networking' }));
    const table = screen.getByRole('table', { name: 'Network adapters of Vm1' });
    expect(within(table).getByRole('row', { name: /Network Adapter/ })).toHaveTextContent('Not connected');
  });
});
