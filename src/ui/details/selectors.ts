import type { RelationshipType, ReplicationHealth, ReplicationMode, ReplicationState, SimTime, VmState } from '../../protocol';
import { recordLookup, sideHealth, sideMode, sideState, vmRelationships } from '../../query';
import type { LabMirror } from '../../store/labStore';

/**
 * Pure derivations behind the bottom pane. Each returns plain data (no React, no text), so components only
 * format; `useLabView` keeps a result's identity while its content is unchanged.
 */

/** Heartbeat integration service: only a running VM with integration services answers. */
export type Heartbeat = 'Ok' | 'NoContact';

export interface SummaryView {
  state: VmState;
  /** Whole seconds since the VM started; null when it is not running. */
  uptimeSeconds: number | null;
  /** Null while the VM is not running (Hyper-V leaves the field empty). */
  cpuUsagePercent: number | null;
  processorCount: number;
  configurationVersion: string;
  integrationServices: boolean;
  /** Null while the VM is not running (Hyper-V leaves the field empty). */
  heartbeat: Heartbeat | null;
}

function isUp(state: VmState): boolean {
  return state === 'Running' || state === 'Stopping';
}

/** Whole seconds elapsed since `startedAt` at simulated time `now` (never negative). */
export function uptimeSeconds(startedAt: SimTime | null, now: SimTime): number | null {
  return startedAt === null ? null : Math.max(0, Math.floor((now - startedAt) / 1000));
}

export function selectSummary(lab: LabMirror, vmKey: string): SummaryView | null {
  const vm = lab.vms[vmKey];
  if (!vm) return null;
  const up = isUp(vm.state);
  return {
    state: vm.state,
    uptimeSeconds: up ? uptimeSeconds(vm.startedAt, lab.now) : null,
    cpuUsagePercent: up ? vm.cpuUsagePercent : null,
    processorCount: vm.processorCount,
    configurationVersion: vm.configurationVersion,
    integrationServices: vm.integrationServices,
    heartbeat: up ? (vm.integrationServices ? 'Ok' : 'NoContact') : null,
  };
}

export interface MemoryView {
  startupMB: number;
  assignedMB: number;
}

export function selectMemory(lab: LabMirror, vmKey: string): MemoryView | null {
  const vm = lab.vms[vmKey];
  return vm ? { startupMB: vm.memoryStartupMB, assignedMB: vm.memoryAssignedMB } : null;
}

export interface AdapterView {
  name: string;
  /** Null: "Not connected". */
  switchName: string | null;
  /** Reported by the guest (integration services) while the VM runs; empty otherwise. */
  ipAddresses: string[];
  /** Null while the VM is off or the adapter is not connected. */
  status: 'Ok' | null;
}

export function selectAdapters(lab: LabMirror, vmKey: string): AdapterView[] | null {
  const vm = lab.vms[vmKey];
  if (!vm) return null;
  const reporting = vm.state === 'Running' && vm.integrationServices;
  return vm.adapters.map((a) => ({
    name: a.name,
    switchName: a.switchName,
    // The address in use: the failover scheme's once a failover applied it, and IPv6 when one is set.
    ipAddresses: reporting ? [a.ipAddress, a.ipv6Address].filter((ip) => ip !== '') : [],
    status: vm.state === 'Running' && a.switchName !== null ? 'Ok' : null,
  }));
}

/** One replication relationship as the Replication tab shows it, from this VM's side. */
export interface ReplicationBlockView {
  relationshipId: string;
  relationshipType: RelationshipType;
  /** This VM's role in the relationship. */
  mode: ReplicationMode;
  state: ReplicationState;
  health: ReplicationHealth;
  /** FQDN of each end (host name when the host is gone). */
  primaryServer: string;
  replicaServer: string;
  /** Simulated time the replica last applied a log; null before the initial copy completes. */
  lastSynchronized: SimTime | null;
}

function serverName(lab: LabMirror, host: string): string {
  return lab.hosts[host]?.fqdn ?? host;
}

/**
 * The relationships of `vmKey`, incoming first then outgoing: one block on a primary or a replica, two on
 * the middle VM of an extended chain (hyperv-replica.md §7). A VM that takes part in none gets one block
 * with its own mode (Not enabled, Test Replica) and no servers.
 */
export function selectReplicationBlocks(lab: LabMirror, vmKey: string): ReplicationBlockView[] | null {
  const vm = lab.vms[vmKey];
  if (!vm) return null;
  // Incoming (this VM is the replica) before outgoing, as Hyper-V Manager lists a chain's middle VM.
  const blocks: ReplicationBlockView[] = vmRelationships(vm, recordLookup(lab.relationships)).map(({ rel, side }) => ({
    relationshipId: rel.id,
    relationshipType: rel.type,
    mode: sideMode(rel, side),
    state: sideState(rel, side),
    health: sideHealth(rel, side),
    primaryServer: serverName(lab, rel.primaryHost),
    replicaServer: serverName(lab, rel.replicaHost),
    lastSynchronized: rel.lastReplicationTime,
  }));
  if (blocks.length === 0) {
    return [
      {
        relationshipId: '',
        relationshipType: 'Simple',
        mode: vm.replicationMode,
        state: vm.replicationState,
        health: vm.replicationHealth,
        primaryServer: '',
        replicaServer: '',
        lastSynchronized: null,
      },
    ];
  }
  return blocks;
}
