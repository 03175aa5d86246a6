import { describe, expect, it } from 'vitest';
import { fixtureLab, fixtureRelationship, fixtureVm } from '../../store/selectors/vmFixtures';
import { selectHealthView } from './healthView';

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
});
