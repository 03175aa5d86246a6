import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/ui';
import { cellText } from './vmCells';
import { fixtureLab, fixtureRelationship, fixtureVm } from './vmFixtures';
import { selectVmRow } from './vmList';
import { jobPercent, selectVmStatus } from './vmStatus';

const HOUR = 3_600_000;

function copying(now: number, overrides = {}) {
  const primary = fixtureVm('Vm1', 'HV-1', { replicationMode: 'Primary', relationships: ['r1'] });
  const replica = fixtureVm('Vm1', 'HV-2', { state: 'Off', replicationMode: 'Replica', relationships: ['r1'] });
  const rel = fixtureRelationship('r1', primary, replica, {
    primaryState: 'InitialReplicationInProgress',
    replicaState: 'WaitingForInitialReplication',
    job: { kind: 'InitialReplication', startedAt: HOUR, endsAt: 3 * HOUR, bytes: 1e9 },
    ...overrides,
  });
  return { lab: fixtureLab([primary, replica], [rel], now), primary, replica };
}

describe('jobPercent', () => {
  it('is the whole percent of the job’s time that has passed, 0–99', () => {
    const job = { startedAt: 1000, endsAt: 2000 };
    expect(jobPercent(job, 1000)).toBe(0);
    expect(jobPercent(job, 1429)).toBe(42);
    expect(jobPercent(job, 1999)).toBe(99);
    expect(jobPercent(job, 2500)).toBe(99);
    expect(jobPercent(job, 0)).toBe(0);
    expect(jobPercent({ startedAt: 5, endsAt: 5 }, 9)).toBe(0);
  });
});

describe('selectVmStatus', () => {
  it('shows the initial copy’s progress on the primary only', () => {
    const { lab, primary, replica } = copying(HOUR + 0.42 * 2 * HOUR);
    expect(selectVmStatus(lab, primary.key)).toEqual({ kind: 'sendingInitialReplica', percent: 42 });
    expect(selectVmStatus(lab, replica.key)).toBeNull();
    const row = selectVmRow(lab, primary.key);
    expect(row && cellText(row, 'status', (k, p) => translate('en', k, p))).toBe('Sending Initial Replica (42%)');
    expect(row && cellText(row, 'status', (k, p) => translate('fr', k, p))).toBe('Envoi du réplica initial (42 %)');
  });

  it('shows a resynchronisation’s progress', () => {
    const { lab, primary } = copying(2 * HOUR, {
      primaryState: 'Resynchronizing',
      job: { kind: 'Resynchronization', startedAt: HOUR, endsAt: 5 * HOUR, bytes: 1e9 },
    });
    expect(selectVmStatus(lab, primary.key)).toEqual({ kind: 'resynchronizing', percent: 25 });
  });

  it('shows an external-media export on the primary and the import on the replica, in EN and FR', () => {
    const exporting = copying(2 * HOUR, { job: { kind: 'Export', startedAt: HOUR, endsAt: 5 * HOUR, bytes: 1e9 } });
    expect(selectVmStatus(exporting.lab, exporting.primary.key)).toEqual({ kind: 'exportingInitialReplica', percent: 25 });
    expect(selectVmStatus(exporting.lab, exporting.replica.key)).toBeNull();
    const row = selectVmRow(exporting.lab, exporting.primary.key);
    expect(row && cellText(row, 'status', (k, p) => translate('en', k, p))).toBe('Exporting Initial Replica (25%)');
    expect(row && cellText(row, 'status', (k, p) => translate('fr', k, p))).toBe('Exportation du réplica initial (25 %)');

    // The export is done (the primary replicates); Import Initial Replica… reads the copy on HV-2.
    const importing = copying(3 * HOUR, { primaryState: 'Replicating', job: { kind: 'Import', startedAt: 2 * HOUR, endsAt: 4 * HOUR, bytes: 1e9 } });
    expect(selectVmStatus(importing.lab, importing.primary.key)).toBeNull();
    expect(selectVmStatus(importing.lab, importing.replica.key)).toEqual({ kind: 'importingInitialReplica', percent: 50 });
    const replicaRow = selectVmRow(importing.lab, importing.replica.key);
    expect(replicaRow && cellText(replicaRow, 'status', (k, p) => translate('fr', k, p))).toBe('Importation du réplica initial (50 %)');
  });

  it('is blank with no job, a paused copy or an unknown VM', () => {
    expect(selectVmStatus(copying(2 * HOUR, { job: null }).lab, 'HV-1:Vm1')).toBeNull();
    expect(selectVmStatus(copying(2 * HOUR, { primaryState: 'Suspended' }).lab, 'HV-1:Vm1')).toBeNull();
    expect(selectVmStatus(copying(2 * HOUR).lab, 'HV-9:nope')).toBeNull();
  });
});
