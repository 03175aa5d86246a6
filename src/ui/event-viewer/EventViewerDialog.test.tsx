import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { labStore } from '../../store/labStore';
import { switchLocale } from '../../store/uiStore';
import { loadActionsLab, type ActionsLab } from '../menus/testing/actionsLab';
import EventViewerDialog from './EventViewerDialog';

let t: ActionsLab | null = null;
afterEach(() => {
  t?.restore();
  t = null;
});

/** active-passive one minute past the 09:00 monitoring boundary: a 29174 per primary VM on HV-1. */
async function lab(): Promise<ActionsLab> {
  t = await loadActionsLab('active-passive');
  const l = t;
  await act(async () => {
    await l.lab.bridge.advance(3_660_000);
  });
  return l;
}

const rows = () => within(screen.getByRole('grid', { name: /Events|Événements/ })).queryAllByRole('row').slice(1);
const field = (label: string) => screen.getByText(label).nextSibling?.textContent;

describe('Event Viewer', () => {
  it('lists the host’s Hyper-V-VMMS Admin events with the Event Viewer columns, newest first', async () => {
    await lab();
    render(<EventViewerDialog request={{ kind: 'eventViewer', host: 'HV-1' }} onClose={vi.fn()} />);
    expect(screen.getByRole('dialog', { name: 'Event Viewer' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Level', 'Date and Time', 'Source', 'Event ID', 'Task Category']);
    expect(screen.getByRole('treeitem', { name: 'Admin (HV-1, Hyper-V-VMMS)' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('treeitem', { name: 'Event Viewer (HV-2)' })).toBeTruthy();
    const stats = rows().filter((r) => r.textContent?.includes('29174'));
    expect(stats).toHaveLength(4);
    expect(stats[0]?.textContent).toBe('Information3/2/2026 9:00:00 AMHyper-V-VMMS29174None');
    expect(screen.getByText(`Number of events: ${rows().length}`)).toBeTruthy();
    expect(screen.queryByTestId('event-filtered')).toBeNull();
  });

  it('shows the selected event’s message and fields in the General tab', async () => {
    await lab();
    render(<EventViewerDialog request={{ kind: 'eventViewer', host: 'HV-1', vm: 'Vm1' }} onClose={vi.fn()} />);
    const stat = rows().find((r) => r.textContent?.includes('29174'));
    expect(stat).toBeTruthy();
    fireEvent.click(stat as HTMLElement);
    expect(screen.getByRole('region', { name: 'Event 29174, Hyper-V-VMMS' })).toBeTruthy();
    const message = screen.getByTestId('event-message').textContent ?? '';
    expect(message).toMatch(/^Replica statistics for 'Vm1' \(Virtual machine ID [^)]+\)\nStartTime: 2026-03-02T08:00:00\.000Z\nEndTime: 2026-03-02T09:00:00\.000Z\nReplicationSuccessCount: \d+\n/);
    expect(field('Log Name:')).toBe('Microsoft-Windows-Hyper-V-VMMS-Admin');
    expect(field('Source:')).toBe('Hyper-V-VMMS');
    expect(field('Event ID:')).toBe('29174');
    expect(field('Level:')).toBe('Information');
    expect(field('Logged:')).toBe('3/2/2026 9:00:00 AM');
    expect(field('Computer:')).toBe(labStore.getState().hosts['HV-1']?.fqdn);
    expect(field('Task Category:')).toBe('None');
  });

  it('filters by VM and by level', async () => {
    await lab();
    render(<EventViewerDialog request={{ kind: 'eventViewer', host: 'HV-1', vm: 'Vm2' }} onClose={vi.fn()} />);
    expect(screen.getByLabelText('Virtual machine:')).toHaveDisplayValue('Vm2');
    expect(rows().length).toBeGreaterThan(0);
    const vm2 = labStore.getState().events.filter((e) => e.host === 'HV-1' && e.vm === 'Vm2' && e.eventId !== 18500);
    expect(rows()).toHaveLength(vm2.length);
    expect(screen.getByTestId('event-filtered')).toHaveTextContent(/^Filtered: Log: Microsoft-Windows-Hyper-V-VMMS-Admin; Levels: Error, Warning, Information; Virtual machine: Vm2\. Number of events: \d+$/);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Information' }));
    expect(rows()).toHaveLength(0);
    expect(screen.getByText('There are no items to show in this view.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Information' }));
    fireEvent.change(screen.getByLabelText('Virtual machine:'), { target: { value: '' } });
    expect(screen.queryByTestId('event-filtered')).toBeNull();
    expect(rows().length).toBeGreaterThan(vm2.length);
  });

  it('keeps the list still while time runs, until Refresh', async () => {
    const l = await lab();
    render(<EventViewerDialog request={{ kind: 'eventViewer', host: 'HV-1' }} onClose={vi.fn()} />);
    const before = rows().length;
    await act(async () => {
      await l.lab.bridge.advance(12 * 3_600_000);
    });
    expect(rows()).toHaveLength(before);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(rows().length).toBeGreaterThan(before);
  });

  it('is in French: Observateur d’événements, columns, levels and the real VMMS message', async () => {
    await lab();
    await act(async () => {
      await switchLocale('fr');
    });
    render(<EventViewerDialog request={{ kind: 'eventViewer', host: 'HV-1', vm: 'Vm1' }} onClose={vi.fn()} />);
    expect(screen.getByRole('dialog', { name: 'Observateur d’événements' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Niveau', 'Date et heure', 'Source', 'ID de l’événement', 'Catégorie de la tâche']);
    expect(screen.getByRole('tree', { name: 'Journaux d’événements' })).toHaveTextContent('Journaux des applications et des services');
    const stat = rows().find((r) => r.textContent?.includes('29174')) as HTMLElement;
    expect(stat.textContent).toBe('Informations02/03/2026 09:00:00Hyper-V-VMMS29174Aucun');
    fireEvent.click(stat);
    expect(screen.getByTestId('event-message').textContent).toMatch(/^Statistiques de réplication pour «\sVm1\s» \(ID d’ordinateur virtuel [^)]+\)\nStartTime\s: /);
    expect(field('Nom du journal :')).toBe('Microsoft-Windows-Hyper-V-VMMS-Admin');
    expect(field('Connecté :')).toBe('02/03/2026 09:00:00');
    expect(field('Niveau :')).toBe('Informations');
  });
});
