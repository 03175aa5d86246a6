import { describe, expect, it } from 'vitest';
import { fixtureLab, fixtureRelationship, fixtureVm } from '../../store/selectors/vmFixtures';
import { healthCsv } from './healthCsv';
import { cycleRate, selectHealthView, statisticsWindow } from './healthView';

function labWith(stats: Partial<ReturnType<typeof fixtureRelationship>['stats']>) {
  const primary = fixtureVm('Vm1', 'HV-1', { relationships: ['r1'] });
  const replica = fixtureVm('Vm1', 'HV-2', { relationships: ['r1'] });
  const rel = fixtureRelationship('r1', primary, replica);
  rel.stats = { ...rel.stats, ...stats };
  rel.pendingBytes = 4096;
  return fixtureLab([primary, replica], [rel]);
}

describe('selectHealthView', () => {
  it('shows the engine’s Measure-VMReplication figures, per side', () => {
    const lab = labWith({ successCount: 4, missCount: 1, sizeBytes: 4_000, maxSizeBytes: 2_500, latencySumMs: 8_000, networkFailureCount: 1, replicationFailureCount: 2 });
    const primary = selectHealthView(lab, 'HV-1:Vm1', lab.now);
    expect(primary).toMatchObject({ mode: 'Primary', averageSizeBytes: 1_000, maximumSizeBytes: 2_500, averageLatencyMs: 2_000, errors: 3, successfulCycles: 4, totalCycles: 5, pendingBytes: 4096, testFailoverRunning: null });
    const replica = selectHealthView(lab, 'HV-2:Vm1', lab.now);
    expect(replica).toMatchObject({ mode: 'Replica', pendingBytes: null, testFailoverRunning: false });
  });

  it('leaves the averages empty when no cycle succeeded, as Hyper-V does', () => {
    const lab = labWith({ successCount: 0, missCount: 2, sizeBytes: 0, latencySumMs: 0 });
    expect(selectHealthView(lab, 'HV-1:Vm1', lab.now)).toMatchObject({ averageSizeBytes: null, averageLatencyMs: null, successfulCycles: 0, totalCycles: 2 });
  });

  it('counts a started minute, so the first minute of an interval is "past 1 Minutes"', () => {
    expect(statisticsWindow({ fromTime: 0, toTime: 0 })).toEqual({ n: 1, unit: 'minutes' });
    expect(statisticsWindow({ fromTime: 0, toTime: 20_000 })).toEqual({ n: 1, unit: 'minutes' });
    expect(statisticsWindow({ fromTime: 0, toTime: 61_000 })).toEqual({ n: 2, unit: 'minutes' });
    expect(statisticsWindow({ fromTime: 0, toTime: 119 * 60_000 })).toEqual({ n: 119, unit: 'minutes' });
    expect(statisticsWindow({ fromTime: 0, toTime: 150 * 60_000 })).toEqual({ n: 2, unit: 'hours' });
  });

  it('rates 100 % before the first cycle is due (nothing missed), else successes over cycles', () => {
    expect(cycleRate({ successfulCycles: 0, totalCycles: 0 })).toBe(100);
    expect(cycleRate({ successfulCycles: 3, totalCycles: 4 })).toBe(75);
    expect(cycleRate({ successfulCycles: 0, totalCycles: 2 })).toBe(0);
  });
});

describe('healthCsv', () => {
  it('quotes cells that hold the separator or quotes, drops the colons, starts with a BOM', () => {
    const fr = healthCsv('fr', 'Intégrité « Vm1 »', [{ heading: 'Groupe ; 1', rows: [['Taille moyenne :', '1,50 Mo'], ['Nom :', 'a "b"']] }]);
    expect(fr).toBe('\uFEFFIntégrité « Vm1 »\r\n"Groupe ; 1"\r\nTaille moyenne;1,50 Mo\r\nNom;"a ""b"""\r\n');
    expect(healthCsv('en', 'T', [{ heading: null, rows: [['Average size:', '1,024.00 MB']] }])).toBe('\uFEFFT\r\nAverage size,"1,024.00 MB"\r\n');
  });
});
