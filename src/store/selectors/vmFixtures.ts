import type { Relationship, Vm } from '../../protocol';
import { defaultReplicationSettings } from '../../protocol/entities';
import { EMPTY_LAB, type LabMirror } from '../labStore';

/** Test fixtures: hand-made VMs and relationships in a lab mirror (no engine). */

export function fixtureVm(name: string, host = 'HV-1', overrides: Partial<Vm> = {}): Vm {
  return {
    key: `${host}:${name}`,
    id: name,
    name,
    host,
    state: 'Running',
    startedAt: 0,
    processorCount: 2,
    cpuUsagePercent: 3,
    memoryStartupMB: 2048,
    memoryAssignedMB: 2048,
    configurationVersion: '9.0',
    integrationServices: true,
    disks: [],
    adapters: [],
    workload: { writesPerSecond: 1, baseWritesPerSecond: 1, writeSizeBytes: 8192, compressibility: 0.5 },
    writeSeq: 0,
    replicationMode: 'None',
    replicationState: 'Disabled',
    replicationHealth: 'NotApplicable',
    relationships: [],
    ...overrides,
  };
}

export function fixtureRelationship(id: string, primary: Vm, replica: Vm, overrides: Partial<Relationship> = {}): Relationship {
  // Cast: fields the engine adds later default to undefined here, and the grid never reads them.
  const rel: Partial<Relationship> = {
    id,
    type: 'Simple',
    primaryVm: primary.key,
    replicaVm: replica.key,
    primaryHost: primary.host,
    replicaHost: replica.host,
    settings: defaultReplicationSettings(`${replica.host}.contoso.com`),
    primaryState: 'Replicating',
    replicaState: 'Replicating',
    primaryHealth: 'Normal',
    replicaHealth: 'Normal',
    healthDetails: [],
    stats: {
      startTime: 0, successCount: 0, missCount: 0, sizeBytes: 0, maxSizeBytes: 0, latencySumMs: 0, maxLatencyMs: 0,
      networkFailureCount: 0, replicationFailureCount: 0, appConsistentFailureCount: 0,
    },
    pendingBytes: 0,
    appliedSeq: 0,
    lastReplicationTime: null,
    appliedDataTime: null,
    scheduledStart: null,
    job: null,
    recoveryPoints: [],
    consecutiveFailures: 0,
    enabledAt: 0,
    testVm: null,
    lastTestFailoverTime: null,
    failover: null,
    ...overrides,
  };
  return rel as Relationship;
}

/** A ready lab mirror holding `vms` (grouped by host in the given order) and `relationships`. */
export function fixtureLab(vms: Vm[], relationships: Relationship[] = [], now = 0): LabMirror {
  const vmKeysByHost: Record<string, string[]> = {};
  for (const vm of vms) (vmKeysByHost[vm.host] ??= []).push(vm.key);
  return {
    ...EMPTY_LAB,
    status: 'ready',
    now,
    hostNames: Object.keys(vmKeysByHost),
    vms: Object.fromEntries(vms.map((v) => [v.key, v])),
    vmKeysByHost,
    relationships: Object.fromEntries(relationships.map((r) => [r.id, r])),
  };
}
