import { describe, expect, it } from 'vitest';
import { translate, type Locale } from '../../i18n/ui';
import { cellText, compareSortValues, sortValue } from './vmCells';
import { fixtureLab, fixtureVm } from './vmFixtures';
import { formatUptime, selectHostVmKeys, selectVmByName, selectVmRow, vmUptimeSeconds } from './vmList';
import { buildSortRows, selectSortValues, sortRowsMatch } from './vmSort';

const tr = (locale: Locale) => (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);
const en = tr('en');

describe('uptime', () => {
  it('prints hh:mm:ss, with d. from one day on, as Hyper-V Manager does', () => {
    expect(formatUptime(0)).toBe('00:00:00');
    expect(formatUptime(59)).toBe('00:00:59');
    expect(formatUptime(3_723)).toBe('01:02:03');
    expect(formatUptime(86_399)).toBe('23:59:59');
    expect(formatUptime(86_400)).toBe('1.00:00:00');
    expect(formatUptime(93_784)).toBe('1.02:03:04');
    expect(formatUptime(12 * 86_400 + 5)).toBe('12.00:00:05');
  });

  it('counts whole seconds since the start, blank when off or saved', () => {
    expect(vmUptimeSeconds({ state: 'Running', startedAt: 1_000 }, 62_999)).toBe(61);
    expect(vmUptimeSeconds({ state: 'Paused', startedAt: 0 }, 5_000)).toBe(5);
    expect(vmUptimeSeconds({ state: 'Off', startedAt: 0 }, 5_000)).toBeNull();
    expect(vmUptimeSeconds({ state: 'Saved', startedAt: 0 }, 5_000)).toBeNull();
    expect(vmUptimeSeconds({ state: 'Running', startedAt: null }, 5_000)).toBeNull();
  });
});

describe('grid cells', () => {
  const running = fixtureVm('Vm1', 'HV-1', {
    cpuUsagePercent: 3, startedAt: 0, replicationMode: 'Primary', replicationState: 'Replicating', replicationHealth: 'Warning',
  });
  const off = fixtureVm('Vm2', 'HV-1', { state: 'Off', startedAt: null, cpuUsagePercent: 0, memoryAssignedMB: 0 });
  const lab = fixtureLab([running, off], [], 90_061_000);

  it('show what Hyper-V Manager shows for a running VM', () => {
    const row = selectVmRow(lab, running.key);
    if (!row) throw new Error('no row');
    expect(cellText(row, 'name', en)).toBe('Vm1');
    expect(cellText(row, 'state', en)).toBe('Running');
    expect(cellText(row, 'cpuUsage', en)).toBe('3 %');
    expect(cellText(row, 'assignedMemory', en)).toBe('2048 MB');
    expect(cellText(row, 'uptime', en)).toBe('1.01:01:01');
    expect(cellText(row, 'status', en)).toBe('');
    expect(cellText(row, 'configurationVersion', en)).toBe('9.0');
    expect(cellText(row, 'replicationHealth', en)).toBe('Warning');
    expect(cellText(row, 'replicationState', en)).toBe('Replication enabled');
    expect(cellText(row, 'replicationType', en)).toBe('Primary');
    expect(cellText(row, 'memoryDemand', en)).toBe('');
    expect(cellText(row, 'assignedMemory', tr('fr'))).toBe('2048 Mo');
    expect(cellText(row, 'replicationHealth', tr('fr'))).toBe('Avertissement');
  });

  it('leave live values and replication columns blank when off and not replicated', () => {
    const row = selectVmRow(lab, off.key);
    if (!row) throw new Error('no row');
    for (const id of ['cpuUsage', 'assignedMemory', 'uptime', 'replicationHealth', 'replicationState', 'replicationType'] as const) {
      expect(cellText(row, id, en), id).toBe('');
    }
    expect(cellText(row, 'state', en)).toBe('Off');
    expect(selectVmRow(lab, 'HV-1:gone')).toBeNull();
  });

  it('sort numbers numerically with blanks first, and text naturally', () => {
    const a = selectVmRow(lab, running.key);
    const b = selectVmRow(lab, off.key);
    if (!a || !b) throw new Error('no row');
    expect(sortValue(a, 'cpuUsage', en)).toBe(3);
    expect(sortValue(b, 'cpuUsage', en)).toBe(-1);
    expect(sortValue(a, 'state', en)).toBe('Running');
    expect(compareSortValues(2, 10, 'en')).toBeLessThan(0);
    expect(compareSortValues('Vm2', 'Vm10', 'en')).toBeLessThan(0);
    expect(compareSortValues('vm1', 'Vm1', 'en')).toBe(0);
    expect(compareSortValues('État', 'Zèbre', 'fr')).toBeLessThan(0);
  });
});

describe('grid sort rows', () => {
  const vms = ['Vm10', 'Vm2', 'Vm1'].map((n, i) => fixtureVm(n, 'HV-1', { cpuUsagePercent: 10 - i }));
  const lab = fixtureLab(vms);

  it('list a host’s keys in natural name order, the same array while nothing changes', () => {
    const keys = selectHostVmKeys(lab, 'HV-1');
    expect(keys).toEqual(['HV-1:Vm1', 'HV-1:Vm2', 'HV-1:Vm10']);
    expect(selectHostVmKeys({ ...lab }, 'HV-1')).toBe(keys);
    expect(selectHostVmKeys(lab, 'HV-9')).toEqual([]);
  });

  it('hold the sorted column’s values and tell when they changed', () => {
    const keys = selectHostVmKeys(lab, 'HV-1');
    const values = selectSortValues(lab, keys, 'cpuUsage', 'en');
    expect(values).toEqual([8, 9, 10]);
    expect(selectSortValues(lab, keys, 'name', 'en')).toEqual(['Vm1', 'Vm2', 'Vm10']);
    const rows = buildSortRows(keys, values);
    expect(rows[0]).toEqual({ key: 'HV-1:Vm1', value: 8 });
    expect(sortRowsMatch(rows, keys, values)).toBe(true);
    expect(sortRowsMatch(rows, keys, [8, 9, 11])).toBe(false);
    expect(sortRowsMatch(rows, keys.slice(1), values.slice(1))).toBe(false);
  });
});

describe('selectVmByName', () => {
  it('finds a VM by host and name, and nothing on another host or with another name', () => {
    const lab = fixtureLab([fixtureVm('Vm1', 'HV-1'), fixtureVm('Vm1', 'HV-2'), fixtureVm('Vm2', 'HV-1')]);
    expect(selectVmByName(lab, 'HV-2', 'Vm1')?.key).toBe('HV-2:Vm1');
    expect(selectVmByName(lab, 'HV-1', 'Vm2')?.key).toBe('HV-1:Vm2');
    expect(selectVmByName(lab, 'HV-2', 'Vm2')).toBeNull();
    expect(selectVmByName(lab, 'HV-3', 'Vm1')).toBeNull();
  });
});
