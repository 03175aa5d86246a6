import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_LAB, labStore } from '../../store/labStore';
import type { RecoveryActions } from '../../store/recovery';
import { armRenderFault, disarmRenderFault, isRenderFaultArmed } from '../../store/testHooks';
import { setLocale } from '../../store/uiStore';
import { LabNotices } from '../lab/LabNotices';
import { SimClock } from '../lab/SimClock';
import { RecoveryBoundary } from './RecoveryBoundary';
import { RenderFaultProbe } from './RenderFaultProbe';

let broken = true;
function Console() {
  if (broken) throw new Error('Cannot read properties of undefined (reading "replicaServer")');
  return <p>Console is back</p>;
}

function fakeActions(overrides: Partial<RecoveryActions> = {}) {
  const shown: boolean[] = [];
  const startBlank = vi.fn(() => {
    broken = false;
    return Promise.resolve();
  });
  const reloadLastGood = vi.fn(() => {
    broken = false;
    return Promise.resolve();
  });
  const downloadCurrent = vi.fn(() => Promise.resolve('replica-lab-blank-20260302-080000.json'));
  const actions: RecoveryActions = {
    startBlank,
    hasLastGood: () => true,
    reloadLastGood,
    downloadCurrent,
    setShown: (value) => shown.push(value),
    ...overrides,
  };
  return { actions, shown, startBlank, reloadLastGood, downloadCurrent };
}

const alert = (name: string) => screen.getByRole('alert', { name });

beforeEach(() => {
  broken = true;
  // React reports every error a boundary catches on console.error: expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  setLocale('en');
  disarmRenderFault();
  labStore.setState(EMPTY_LAB, true);
});

describe('RecoveryBoundary', () => {
  it('shows the recovery screen instead of a blank page, with the error in collapsed details, and pauses autosave', () => {
    const { actions, shown } = fakeActions();
    render(
      <RecoveryBoundary actions={actions}>
        <Console />
      </RecoveryBoundary>,
    );
    const screenAlert = alert('The console stopped working');
    for (const name of ['Start the blank lab', 'Reload the last good lab', 'Download the current lab file']) {
      expect(within(screenAlert).getByRole('button', { name })).toBeEnabled();
    }
    const details = screenAlert.querySelector('details');
    expect(details).not.toBeNull();
    expect(details?.open).toBe(false);
    expect(within(screenAlert).getByText('Error details')).toBeInTheDocument();
    expect(details).toHaveTextContent('Cannot read properties of undefined (reading "replicaServer")');
    expect(shown).toEqual([true]);
  });

  it('speaks the console’s language (French: Windows Server terms)', () => {
    setLocale('fr');
    const { actions } = fakeActions({ hasLastGood: () => false });
    render(
      <RecoveryBoundary actions={actions}>
        <Console />
      </RecoveryBoundary>,
    );
    const screenAlert = alert('La console a cessé de fonctionner');
    expect(within(screenAlert).getByRole('button', { name: 'Démarrer le laboratoire vierge' })).toBeEnabled();
    expect(within(screenAlert).getByRole('button', { name: 'Recharger le dernier laboratoire valide' })).toBeDisabled();
    expect(within(screenAlert).getByRole('button', { name: 'Télécharger le fichier du laboratoire actuel' })).toBeEnabled();
    expect(within(screenAlert).getByText('Détails de l’erreur')).toBeInTheDocument();
  });

  it('Start the blank lab loads it, resumes autosave and brings the console back', async () => {
    const { actions, shown, startBlank, reloadLastGood } = fakeActions();
    const onReset = vi.fn();
    render(
      <RecoveryBoundary actions={actions} onReset={onReset}>
        <Console />
      </RecoveryBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Start the blank lab' }));
    expect(startBlank).toHaveBeenCalledTimes(1);
    expect(reloadLastGood).not.toHaveBeenCalled();
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Console is back')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(shown).toEqual([true, false]);
  });

  it('Reload the last good lab loads the autosave and brings the console back', async () => {
    const { actions, startBlank, reloadLastGood } = fakeActions();
    render(
      <RecoveryBoundary actions={actions}>
        <Console />
      </RecoveryBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reload the last good lab' }));
    expect(reloadLastGood).toHaveBeenCalledTimes(1);
    expect(startBlank).not.toHaveBeenCalled();
    expect(await screen.findByText('Console is back')).toBeInTheDocument();
  });

  it('Reload the last good lab is disabled with its reason when this browser saved none', () => {
    const { actions } = fakeActions({ hasLastGood: () => false });
    render(
      <RecoveryBoundary actions={actions}>
        <Console />
      </RecoveryBoundary>,
    );
    const button = screen.getByRole('button', { name: 'Reload the last good lab' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('No lab has been saved in this browser yet.');
  });

  it('Download the current lab file downloads the worker’s export and stays on the screen', async () => {
    const { actions, downloadCurrent, startBlank } = fakeActions();
    render(
      <RecoveryBoundary actions={actions}>
        <Console />
      </RecoveryBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download the current lab file' }));
    expect(downloadCurrent).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('status')).toHaveTextContent('The lab file replica-lab-blank-20260302-080000.json was downloaded.');
    expect(alert('The console stopped working')).toBeInTheDocument();
    expect(startBlank).not.toHaveBeenCalled();
  });

  it('a refused load says why and keeps the recovery screen', async () => {
    const { actions, shown } = fakeActions({ reloadLastGood: () => Promise.reject(new Error('This is not a Replica Lab file.')) });
    render(
      <RecoveryBoundary actions={actions}>
        <Console />
      </RecoveryBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reload the last good lab' }));
    expect(await screen.findByRole('status')).toHaveTextContent('This did not work: This is not a Replica Lab file.');
    expect(screen.getByRole('button', { name: 'Start the blank lab' })).toBeEnabled();
    expect(shown).toEqual([true]);
  });

  it('the ?fault=render probe throws until a recovery is chosen', async () => {
    broken = false;
    armRenderFault();
    const { actions } = fakeActions();
    render(
      <RecoveryBoundary actions={actions} onReset={disarmRenderFault}>
        <RenderFaultProbe />
        <Console />
      </RecoveryBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Render fault requested by the ?fault=render test hook.');
    await userEvent.click(screen.getByRole('button', { name: 'Start the blank lab' }));
    expect(isRenderFaultArmed()).toBe(false);
    expect(await screen.findByText('Console is back')).toBeInTheDocument();
  });
});

describe('an engine fault', () => {
  it('is reported by the notices and the clock, in both languages', () => {
    labStore.setState({ ...EMPTY_LAB, status: 'ready', startDate: '2026-03-02T08:00:00.000Z', now: 3_600_000, engineFault: { at: 3_600_000, message: 'boom' } }, true);
    render(
      <>
        <LabNotices />
        <SimClock />
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The simulation stopped at Mar 2, 2026, 9:00:00 AM UTC: the engine failed (boom).');
    expect(screen.getByRole('status')).toHaveTextContent('Stopped (engine error)');
    act(() => setLocale('fr'));
    expect(screen.getByRole('alert')).toHaveTextContent('La simulation s’est arrêtée à 2 mars 2026, 09:00:00 UTC : le moteur a échoué (boom).');
    expect(screen.getByRole('status')).toHaveTextContent('Arrêtée (erreur du moteur)');
    act(() => labStore.setState({ engineFault: null }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
