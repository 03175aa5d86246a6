import type { ReplicationHealth, ReplicationMode, ReplicationState, Vm, VmState } from '../../protocol';
import { coldRecords } from '../hotRecords';
import type { LabMirror } from '../labStore';
import { selectVmStatus, type VmStatusKind } from './vmStatus';

const EMPTY: readonly string[] = [];
const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

interface SortedKeys {
  sorted: readonly string[];
  names: readonly string[];
}
/** Last sort of each key list: re-sorting 1,000 names with a collator on every update costs milliseconds. */
const sortCache = new WeakMap<readonly string[], SortedKeys>();

/**
 * VM keys of `host` sorted by VM name (Vm2 before Vm10), as Hyper-V Manager lists them. Returns the
 * same array while the host's VMs and their names are unchanged.
 */
export function selectHostVmKeys(lab: LabMirror, host: string): readonly string[] {
  const keys = lab.vmKeysByHost[host];
  if (!keys || keys.length === 0) return EMPTY;
  const vms = coldRecords(lab.vms); // names are never hot: no need to rebuild 10,000 records each second
  const names = keys.map((k) => vms[k]?.name ?? '');
  const cached = sortCache.get(keys);
  if (cached && cached.names.every((n, i) => n === names[i])) return cached.sorted;
  const order = keys.map((_, i) => i).sort((a, b) => byName.compare(names[a] as string, names[b] as string) || a - b);
  const sorted = order.map((i) => keys[i] as string);
  sortCache.set(keys, { sorted, names });
  return sorted;
}

/** Hyper-V Manager's Memory Status values (Dynamic Memory only). */
export type MemoryStatus = 'OK' | 'Low' | 'Warning';

/**
 * Everything one grid row shows, flat and made of primitives so `useShallow` keeps a row still while
 * fields it does not show change. Blank cells are null (numbers) or '' (text).
 */
export interface VmRowView {
  name: string;
  state: VmState;
  /** Only while the VM runs. */
  cpuUsagePercent: number | null;
  /** Only while memory is assigned (running, paused, starting, stopping). */
  memoryAssignedMB: number | null;
  /** Whole seconds since the VM started; null when off or saved. */
  uptimeSeconds: number | null;
  statusKind: VmStatusKind | null;
  statusPercent: number;
  configurationVersion: string;
  replicationState: ReplicationState;
  replicationHealth: ReplicationHealth;
  replicationMode: ReplicationMode;
  /** Dynamic Memory only: null for the simulator's static-memory VMs, as Hyper-V Manager leaves it blank. */
  memoryDemandMB: number | null;
  memoryStatus: MemoryStatus | null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Uptime the way Hyper-V Manager prints a TimeSpan: `hh:mm:ss`, with `d.` in front from one day on.
 * @example formatUptime(93_784) // '1.02:03:04'
 */
export function formatUptime(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const days = Math.floor(total / 86_400);
  const clock = `${pad2(Math.floor((total % 86_400) / 3600))}:${pad2(Math.floor((total % 3600) / 60))}:${pad2(total % 60)}`;
  return days > 0 ? `${days}.${clock}` : clock;
}

/** Whole seconds `vm` has been on at simulated time `now` (null when it is off or saved). */
export function vmUptimeSeconds(vm: Pick<Vm, 'state' | 'startedAt'>, now: number): number | null {
  if (vm.startedAt === null || vm.state === 'Off' || vm.state === 'Saved') return null;
  return Math.max(0, Math.floor((now - vm.startedAt) / 1000));
}

export function selectVmRow(lab: LabMirror, key: string): VmRowView | null {
  const vm = lab.vms[key];
  if (!vm) return null;
  const status = selectVmStatus(lab, key);
  return {
    name: vm.name,
    state: vm.state,
    cpuUsagePercent: vm.state === 'Running' ? vm.cpuUsagePercent : null,
    memoryAssignedMB: vm.memoryAssignedMB > 0 ? vm.memoryAssignedMB : null,
    uptimeSeconds: vmUptimeSeconds(vm, lab.now),
    statusKind: status?.kind ?? null,
    statusPercent: status?.percent ?? 0,
    configurationVersion: vm.configurationVersion,
    replicationState: vm.replicationState,
    replicationHealth: vm.replicationHealth,
    replicationMode: vm.replicationMode,
    memoryDemandMB: null,
    memoryStatus: null,
  };
}

/**
 * VM `name` on `host` (the cmdlets' `-ComputerName -VMName`), or null. Names are read from the stored
 * records, so only the VM found is rebuilt with its pending hot values (not every VM of the host).
 */
export function selectVmByName(lab: LabMirror, host: string, name: string): Vm | null {
  const cold = coldRecords(lab.vms);
  for (const key of lab.vmKeysByHost[host] ?? []) {
    if (cold[key]?.name === name) return lab.vms[key] ?? null;
  }
  return null;
}
