import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getVMReplication, recordLookup } from '../../query';
import { dialogStore } from '../../store/dialogStore';
import { labStore } from '../../store/labStore';
import { switchLocale } from '../../store/uiStore';
import { findVm } from '../failover/failoverTarget';
import { loadActionsLab, type ActionsLab } from '../menus/testing/actionsLab';
import ReplicationHealthDialog from './ReplicationHealthDialog';

let t: ActionsLab | null = null;
afterEach(() => {
  t?.restore();
  t = null;
  dialogStore.setState({ open: null });
  vi.restoreAllMocks();
});

async function lab(preset: string, advanceMs: number): Promise<ActionsLab> {
  t = await loadActionsLab(preset);
  const l = t;
  await act(async () => {
    await l.lab.bridge.advance(advanceMs);
  });
  return l;
}

const value = (label: string) => screen.getByText(label).nextSibling?.textContent;

/** Clicks Save As… and returns the downloaded file's name and bytes. */
async function saveAs(name: string): Promise<{ file: string; bytes: Uint8Array; text: string }> {
  let blob: Blob | null = null;
  let file = '';
  URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:health'));
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    file = this.download;
  });
  fireEvent.click(screen.getByRole('button', { name }));
  expect(blob).not.toBeNull();
  const bytes = new Uint8Array(await (blob as unknown as Blob).arrayBuffer());
  return { file, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe('Replication Health', () => {
  it('counts the first minute of an interval: "past 1 Minutes", and no 0 % before a cycle is due', async () => {
    await lab('active-passive', 3_600_000 + 20_000);
    render(<ReplicationHealthDialog request={{ kind: 'replicationHealth', host: 'HV-1', vm: 'Vm1' }} onClose={vi.fn()} />);
    expect(screen.getByText('Statistics for past 1 Minutes')).toBeTruthy();
    expect(value('From time:')).toBe('3/2/2026 9:00:00 AM');
    expect(value('Successful replication cycles:')).toMatch(/^(\d+) out of (\d+) \((\d+)%\)$/);
    expect(value('Successful replication cycles:')).not.toBe('0 out of 0 (0%)');
  });

  it('Save As… downloads the window’s fields as CSV (UTF-8 with BOM) in English', async () => {
    await lab('active-passive', 2 * 3_600_000);
    render(<ReplicationHealthDialog request={{ kind: 'replicationHealth', host: 'HV-1', vm: 'Vm1' }} onClose={vi.fn()} />);
    const { file, bytes, text } = await saveAs('Save As…');
    expect(file).toBe('Replication Health for Vm1.csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('"Replication Health for ""Vm1"" — Replication"');
    expect(lines).toContain('Replication State,Replication enabled');
    expect(lines).toContain('Replication Mode,Primary');
    expect(lines).toContain('Replication Health,Normal');
    expect(lines).toContain('Statistics for past 60 Minutes');
    expect(lines).toContain('From time,3/2/2026 9:00:00 AM');
    expect(lines).toContain('To time,3/2/2026 10:00:00 AM');
    expect(lines.find((l) => l.startsWith('Successful replication cycles,'))).toMatch(/^Successful replication cycles,\d+ out of \d+ \(\d+%\)$/);
    expect(lines.find((l) => l.startsWith('Size of data yet to be replicated,'))).toMatch(/ MB$/);
    expect(lines).toContain('Pending replication');
  });

  it('Save As… writes French labels with « ; » separators', async () => {
    await lab('active-passive', 2 * 3_600_000);
    await act(async () => {
      await switchLocale('fr');
    });
    render(<ReplicationHealthDialog request={{ kind: 'replicationHealth', host: 'HV-1', vm: 'Vm1' }} onClose={vi.fn()} />);
    const { file, text } = await saveAs('Enregistrer sous…');
    expect(file).toBe('Intégrité de la réplication pour Vm1.csv');
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Intégrité de la réplication pour « Vm1 » — Réplication');
    expect(lines).toContain('État de la réplication;Réplication activée');
    expect(lines).toContain('Heure de début;02/03/2026 09:00:00');
    expect(lines.find((l) => l.startsWith('Cycles de réplication réussis;'))).toMatch(/^Cycles de réplication réussis;\d+ sur \d+ \(\d+ %\)$/);
    expect(lines).toContain('Réplication en attente');
  });

  it('View Events opens Event Viewer filtered on the VM', async () => {
    await lab('active-passive', 3_600_000);
    render(<ReplicationHealthDialog request={{ kind: 'replicationHealth', host: 'HV-1', vm: 'Vm1' }} onClose={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'View Events' }));
    expect(dialogStore.getState().open).toEqual({ kind: 'eventViewer', host: 'HV-1', vm: 'Vm1' });
  });

  it('has Replication and Extended Replication tabs on the middle VM of a chain, each with its own Reset Statistics', async () => {
    await lab('extended-chain', 2 * 3_600_000);
    render(<ReplicationHealthDialog request={{ kind: 'replicationHealth', host: 'HV-2', vm: 'Vm1' }} onClose={vi.fn()} />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Replication', 'Extended Replication']);
    expect(value('Replication Mode:')).toBe('Replica');
    expect(value('Current Replica Server:')).toMatch(/^hv-2\./);
    fireEvent.click(screen.getByRole('tab', { name: 'Extended Replication' }));
    expect(screen.getByRole('tabpanel', { name: 'Extended Replication' })).toBeTruthy();
    expect(value('Current Primary Server:')).toMatch(/^hv-2\./);
    expect(value('Current Replica Server:')).toMatch(/^hv-3\./);

    const rels = () => {
      const s = labStore.getState();
      const vm = findVm(s, 'HV-2', 'Vm1');
      if (!vm) throw new Error('no Vm1 on HV-2');
      return { simple: getVMReplication(vm, recordLookup(s.relationships))?.rel, extended: getVMReplication(vm, recordLookup(s.relationships), 'Extended')?.rel };
    };
    expect(rels().simple?.stats.successCount).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Reset Statistics' }));
    await waitFor(() => expect(value('From time:')).toBe(value('To time:')));
    expect(rels().extended?.stats.startTime).toBe(labStore.getState().now);
    expect(rels().simple?.stats.successCount).toBeGreaterThan(0);
    expect(screen.getByRole('tab', { name: 'Extended Replication' })).toHaveAttribute('aria-selected', 'true');
  });

  it('opens on the Extended Replication tab when asked, in French', async () => {
    await lab('extended-chain', 3_600_000);
    await act(async () => {
      await switchLocale('fr');
    });
    render(<ReplicationHealthDialog request={{ kind: 'replicationHealth', host: 'HV-2', vm: 'Vm1', tab: 'extended' }} onClose={vi.fn()} />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Réplication', 'Réplication étendue']);
    expect(screen.getByRole('tab', { name: 'Réplication étendue' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Afficher les événements' })).toBeTruthy();
  });

  it('has one tab on a VM that is not extended', async () => {
    await lab('extended-chain', 3_600_000);
    render(<ReplicationHealthDialog request={{ kind: 'replicationHealth', host: 'HV-1', vm: 'Vm1' }} onClose={vi.fn()} />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Replication']);
  });
});
