import type { CommandResult, EnableReplicationCommand, Relationship, RelationshipType, ReplicationSettings, Vm } from '../../protocol';
import { DEFAULT_AUTO_RESYNCHRONIZE } from '../../protocol/entities';
import { EV } from '../engine/kinds';
import { emptyStatistics } from '../health/statistics';
import { refreshHealth, syncVmReplication } from '../health/refresh';
import { bumpGen, newRelRuntime } from '../model/runtime';
import type { World } from '../model/world';
import { startInitialReplication } from '../processes/initialReplication';
import { startExport } from '../processes/externalMedia';
import { isValidStoragePath, joinPath } from '../processes/storage';
import { checkAuthorization, checkConnection, checkDisks, checkExtendable, dryRunStage, checkExtendedSchedule, checkReplicaServer, checkSchedule, checkStartTime, checkStorage } from './enableChecks';
import { fail, isFailure, resolveVm } from './result';

const DRY_OK = { ok: true } as const;

/**
 * `Enable-VMReplication` (+ optional start of the initial copy, as the wizard's Finish does). On the
 * replica VM of a simple relationship it extends replication to a third server (reference §7).
 * Checks run in wizard page order so a dry run names the page that is wrong; a staged dry run
 * (`dryRun: 'server'`…) stops after the checks of that page.
 */
export function enableReplication(world: World, cmd: EnableReplicationCommand): CommandResult<{ relationship: string }> {
  const vm = resolveVm(world, cmd);
  if (isFailure(vm)) return vm;
  if (vm.replicationMode === 'ExtendedReplica') return fail('NotApplicableOnReplica', { vm: vm.name, cmdlet: 'Enable-VMReplication' });
  if (vm.replicationMode === 'TestReplica') return fail('NotApplicableOnVm', { vm: vm.name, cmdlet: 'Enable-VMReplication' });
  if (vm.replicationMode === 'Primary') return fail('ReplicationAlreadyEnabled', { vm: vm.name });
  const extendFrom = vm.replicationMode === 'Replica' ? checkExtendable(world, vm) : null;
  if (isFailure(extendFrom)) return extendFrom;
  const primaryHost = world.hosts.get(vm.host);
  if (!primaryHost) return fail('HostNotFound', { host: vm.host });
  const stage = dryRunStage(cmd.dryRun);

  const replica = checkReplicaServer(world, primaryHost, cmd.replicaServerName);
  if (isFailure(replica)) return replica;
  if (stage === 'server') return DRY_OK;
  const connection = checkConnection(world, cmd, primaryHost, replica);
  if (connection) return connection;
  const storage = checkAuthorization(primaryHost, replica);
  if (isFailure(storage)) return storage;
  if (stage === 'connection') return DRY_OK;
  const disks = checkDisks(vm, cmd.excludedDisks ?? []);
  if (isFailure(disks)) return disks;
  if (stage === 'disks') return DRY_OK;
  const frequency = cmd.frequencySec ?? 300;
  const history = cmd.recoveryHistory ?? 0;
  const vss = cmd.vssSnapshotFrequencyHour ?? null;
  const schedule = extendFrom ? checkExtendedSchedule(extendFrom, frequency, history, vss) : checkSchedule(frequency, history, vss);
  if (schedule) return schedule;
  if (stage === 'schedule') return DRY_OK;
  const ir = cmd.initialReplication;
  const method = ir?.method ?? 'Network';
  const start = checkStartTime(world, ir?.startTime);
  if (start) return start;
  const copyBytes = vm.disks.filter((d) => disks.includes(d.path)).reduce((s, d) => s + d.usedBytes, 0);
  const existing = world.vms.get(`${replica.name}:${vm.id}`);
  if (method === 'ExistingVm') {
    // The copy already sits on the Replica server: a VM with the same id, not replicating, turned off.
    if (!existing) return fail('ExistingVmNotFound', { vm: vm.name, id: vm.id, server: replica.fqdn });
    if (existing.relationships.length > 0) return fail('VmAlreadyExistsOnReplica', { vm: vm.name, server: replica.fqdn });
    if (existing.state !== 'Off') return fail('InvalidVmState', { vm: existing.name, state: existing.state });
  } else {
    if (existing) return fail('VmAlreadyExistsOnReplica', { vm: vm.name, server: replica.fqdn });
    const space = checkStorage(replica, storage, copyBytes);
    if (space) return space;
  }
  if (method === 'ExternalMedia' && ir) {
    if (ir.startTime !== null && ir.startTime !== undefined) return fail('ScheduleNotForExternalMedia');
    const folder = ir.destinationPath ?? '';
    if (!isValidStoragePath(primaryHost, folder)) return fail('StorageLocationInvalid', { path: folder });
    const media = checkStorage(primaryHost, folder, copyBytes);
    if (media) return media;
  }
  if (stage) return DRY_OK;

  const settings: ReplicationSettings = {
    replicaServer: replica.fqdn,
    replicaServerPort: cmd.replicaServerPort,
    authenticationType: cmd.authenticationType,
    // Kerberos passed its checks only without a thumbprint: an empty one is stored as none.
    certificateThumbprint: cmd.certificateThumbprint || null,
    compressionEnabled: cmd.compressionEnabled ?? true,
    replicatedDisks: disks,
    frequencySec: frequency as ReplicationSettings['frequencySec'],
    recoveryHistory: history,
    vssSnapshotFrequencyHour: vss,
    initialReplicationMethod: method,
    ...DEFAULT_AUTO_RESYNCHRONIZE,
  };
  const replicaVm = existing ?? createReplicaVm(world, vm, replica.name, storage, disks);
  const rel = createRelationship(world, vm, replicaVm, settings, copyBytes, extendFrom ? 'Extended' : 'Simple');
  world.event(29168, 'Information', vm.host, vm.name, 'event.replicationEnabled', { vm: vm.name, replicaServer: replica.fqdn });
  if (ir?.method === 'ExternalMedia') startExport(world, rel, ir.destinationPath ?? '');
  else if (ir) {
    if (ir.startTime === null || ir.startTime === undefined || ir.startTime <= world.now) startInitialReplication(world, rel);
    else scheduleInitialReplication(world, rel, ir.startTime);
  }
  return { ok: true, data: { relationship: rel.id } };
}

export function scheduleInitialReplication(world: World, rel: Relationship, at: number): void {
  const rt = world.relRt.get(rel.id);
  if (!rt) return;
  rel.scheduledStart = at;
  world.schedule(at, EV.IR_START, rt.slot, bumpGen(rt, EV.IR_START));
  world.touchRel(rel.id);
}

/** The replica VM: same name and id, Off, adapters not connected, disks under the authorised storage. */
function createReplicaVm(world: World, vm: Vm, replicaHost: string, storage: string, disks: string[]): Vm {
  const replicaVm: Vm = {
    ...structuredClone(vm),
    key: `${replicaHost}:${vm.id}`,
    host: replicaHost,
    state: 'Off',
    startedAt: null,
    cpuUsagePercent: 0,
    memoryAssignedMB: 0,
    disks: vm.disks
      .filter((d) => disks.includes(d.path))
      .map((d) => ({ path: joinPath(storage, 'Hyper-V Replica', 'Virtual hard disks', vm.id, d.path.split('\\').pop() ?? 'disk.vhdx'), maxBytes: d.maxBytes, usedBytes: 0 })),
    adapters: vm.adapters.map((a) => ({ ...a, switchName: null })),
    writeSeq: 0,
    replicationMode: 'Replica',
    replicationState: 'WaitingForInitialReplication',
    replicationHealth: 'Warning',
    relationships: [],
  };
  world.addVm(replicaVm);
  return replicaVm;
}

export function createRelationship(world: World, vm: Vm, replicaVm: Vm, settings: ReplicationSettings, copyBytes: number, type: RelationshipType = 'Simple'): Relationship {
  const id = `rel-${world.nextRelId++}`;
  const rel: Relationship = {
    id,
    type,
    primaryVm: vm.key,
    replicaVm: replicaVm.key,
    primaryHost: vm.host,
    replicaHost: replicaVm.host,
    settings,
    primaryState: 'ReadyForInitialReplication',
    replicaState: 'WaitingForInitialReplication',
    primaryHealth: 'Warning',
    replicaHealth: 'Warning',
    healthDetails: [],
    stats: emptyStatistics(world.now),
    pendingBytes: copyBytes,
    appliedSeq: replicaVm.writeSeq,
    lastReplicationTime: null,
    appliedDataTime: null,
    scheduledStart: null,
    job: null,
    recoveryPoints: [],
    consecutiveFailures: 0,
    enabledAt: world.now,
    testVm: null,
    lastTestFailoverTime: null,
    failover: null,
    exportPath: null,
  };
  world.rels.set(id, rel);
  world.relRt.set(id, newRelRuntime(world.allocSlot(id), replicaVm.writeSeq));
  world.removedRels.delete(id);
  world.touchRel(id);
  vm.relationships = [...vm.relationships, id];
  replicaVm.relationships = [...replicaVm.relationships, id];
  world.touchVm(vm.key);
  world.touchVm(replicaVm.key);
  syncVmReplication(world, vm.key);
  syncVmReplication(world, replicaVm.key);
  refreshHealth(world, rel);
  return rel;
}
