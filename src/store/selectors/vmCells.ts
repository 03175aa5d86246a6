import type { Translate, UiKey } from '../../i18n/ui';
import type { ColumnId } from '../columnsStore';
import { formatUptime, type VmRowView } from './vmList';

/** Header text of each grid column. */
export const COLUMN_LABEL: Readonly<Record<ColumnId, UiKey>> = {
  name: 'column.name',
  state: 'column.state',
  cpuUsage: 'column.cpuUsage',
  assignedMemory: 'column.assignedMemory',
  uptime: 'column.uptime',
  status: 'column.status',
  configurationVersion: 'column.configurationVersion',
  memoryDemand: 'column.memoryDemand',
  memoryStatus: 'column.memoryStatus',
  replicationHealth: 'column.replicationHealth',
  replicationState: 'column.replicationState',
  replicationType: 'column.replicationType',
};

/** Columns whose values are numbers: right-aligned, sorted numerically. */
export const NUMERIC_COLUMNS: ReadonlySet<ColumnId> = new Set(['cpuUsage', 'assignedMemory', 'uptime', 'memoryDemand']);

/**
 * The text of one cell, as Hyper-V Manager prints it ('' for a blank cell). Replication columns are
 * blank on a VM that is not replicated.
 * @example cellText(row, 'cpuUsage', t) // '3 %'
 */
export function cellText(row: VmRowView, id: ColumnId, t: Translate): string {
  switch (id) {
    case 'name':
      return row.name;
    case 'state':
      return t(`vmState.${row.state}`);
    case 'cpuUsage':
      return row.cpuUsagePercent === null ? '' : t('unit.percent', { value: row.cpuUsagePercent });
    case 'assignedMemory':
      return row.memoryAssignedMB === null ? '' : t('unit.megabytes', { value: row.memoryAssignedMB });
    case 'uptime':
      return row.uptimeSeconds === null ? '' : formatUptime(row.uptimeSeconds);
    case 'status':
      return row.statusKind === null ? '' : t(`grid.status.${row.statusKind}`, { percent: row.statusPercent });
    case 'configurationVersion':
      return row.configurationVersion;
    case 'memoryDemand':
      return row.memoryDemandMB === null ? '' : t('unit.megabytes', { value: row.memoryDemandMB });
    case 'memoryStatus':
      return row.memoryStatus === null ? '' : t(`memoryStatus.${row.memoryStatus}`);
    case 'replicationHealth':
      return row.replicationHealth === 'NotApplicable' ? '' : t(`replicationHealth.${row.replicationHealth}`);
    case 'replicationState':
      return row.replicationState === 'Disabled' ? '' : t(`replicationState.${row.replicationState}`);
    case 'replicationType':
      return row.replicationMode === 'None' ? '' : t(`replicationMode.${row.replicationMode}`);
  }
}

/** Sort key of one cell: numbers for numeric columns (blank sorts first), the displayed text otherwise. */
export function sortValue(row: VmRowView, id: ColumnId, t: Translate): string | number {
  switch (id) {
    case 'cpuUsage':
      return row.cpuUsagePercent ?? -1;
    case 'assignedMemory':
      return row.memoryAssignedMB ?? -1;
    case 'uptime':
      return row.uptimeSeconds ?? -1;
    case 'memoryDemand':
      return row.memoryDemandMB ?? -1;
    default:
      return cellText(row, id, t);
  }
}

const collators = new Map<string, Intl.Collator>();

/** Ascending comparison of two sort keys: numbers numerically, text naturally (Vm2 before Vm10). */
export function compareSortValues(a: string | number, b: string | number, locale: string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator.compare(String(a), String(b));
}
