import type { ReplicationHealth, ReplicationMode, ReplicationState, VmState } from '../../protocol';
import type { LabMirror } from '../labStore';

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
  const names = keys.map((k) => lab.vms[k]?.name ?? '');
  const cached = sortCache.get(keys);
  if (cached && cached.names.every((n, i) => n === names[i])) return cached.sorted;
  const order = keys.map((_, i) => i).sort((a, b) => byName.compare(names[a] as string, names[b] as string) || a - b);
  const sorted = order.map((i) => keys[i] as string);
  sortCache.set(keys, { sorted, names });
  return sorted;
}

/** The fields one VM-list row shows (flat, so `useShallow` keeps it stable while other fields change). */
export interface VmRowView {
  name: string;
  state: VmState;
  cpuUsagePercent: number;
  memoryAssignedMB: number;
  replicationState: ReplicationState;
  replicationHealth: ReplicationHealth;
  replicationMode: ReplicationMode;
}

export function selectVmRow(lab: LabMirror, key: string): VmRowView | null {
  const vm = lab.vms[key];
  if (!vm) return null;
  return {
    name: vm.name,
    state: vm.state,
    cpuUsagePercent: vm.cpuUsagePercent,
    memoryAssignedMB: vm.memoryAssignedMB,
    replicationState: vm.replicationState,
    replicationHealth: vm.replicationHealth,
    replicationMode: vm.replicationMode,
  };
}
