import type { CommandResult, Host, Relationship, SetReplicationFields, Vm, VmRef } from '../../protocol';
import { setStates, syncVmReplication } from '../health/refresh';
import { emptyStatistics } from '../health/statistics';
import { relContext, type RelContext } from '../model/relations';
import type { World } from '../model/world';
import { startRecoveryPoints } from '../processes/recoveryPoints';
import { startCycles, stopCycles, updatePending } from '../processes/replicationCycle';
import { isValidStoragePath } from '../processes/storage';
import { checkAuthorization, checkConnection, checkReplicaServer, checkSchedule, checkStartTime, dryRunStage } from './enableChecks';
import { fail, isFailure, OK, type Failure } from './result';

export type SetCmd = VmRef & SetReplicationFields;

const FAILED_OVER = new Set(['FailedOverWaitingCompletion', 'FailedOver']);

/** The old primary, back after an unplanned failover, becomes a replica waiting for the reversed copy. */
export function asReplica(world: World, vm: Vm, rel: Relationship, side: 'primary' | 'replica'): CommandResult {
  if (side !== 'primary' || !FAILED_OVER.has(rel.replicaState)) return fail('InvalidReplicationState', { vm: vm.name });
  if (vm.state !== 'Off') return fail('InvalidVmState', { vm: vm.name, state: vm.state });
  const ctx = relContext(world, rel);
  if (ctx) stopCycles(world, ctx);
  rel.consecutiveFailures = 0;
  setStates(world, rel, 'WaitingForInitialReplication', null);
  return OK;
}

/**
 * Reverse Replication: the failed-over VM becomes the primary and replicates back to the old primary,
 * which must be a Replica server that authorises this host. After a planned failover both sides hold the
 * same data, so replication resumes at once; after an unplanned one the old primary must first be made a
 * replica (`asReplica`) and an initial copy compares both disks and sends only the differences.
 */
export function reverse(world: World, cmd: SetCmd, vm: Vm, rel: Relationship, side: 'primary' | 'replica'): CommandResult {
  if (side !== 'replica' || !FAILED_OVER.has(rel.replicaState)) return fail('InvalidReplicationState', { vm: vm.name });
  const ctx = relContext(world, rel);
  if (!ctx) return fail('ReplicationNotEnabled', { vm: vm.name });
  // The Reverse Replication wizard checks page by page, as the Enable Replication wizard does.
  const stage = dryRunStage(cmd.dryRun);
  const serverName = cmd.replicaServerName ?? ctx.primaryHost.fqdn;
  if (stage === 'server') {
    const target = checkReplicaServer(world, ctx.replicaHost, serverName);
    if (isFailure(target)) return target;
    return target.name === ctx.primaryHost.name ? OK : fail('ReverseTargetNotOldPrimary', { server: target.fqdn, primary: ctx.primaryHost.fqdn });
  }
  const checked = checkReverseTarget(world, ctx, serverName, cmd);
  if (isFailure(checked)) return checked;
  if (stage === 'connection' || stage === 'disks') return OK;
  const { target, port, thumbprint } = checked;
  const s = rel.settings;
  const frequency = cmd.frequencySec ?? s.frequencySec;
  const history = cmd.recoveryHistory ?? s.recoveryHistory;
  const vss = cmd.vssSnapshotFrequencyHour === undefined ? s.vssSnapshotFrequencyHour : cmd.vssSnapshotFrequencyHour;
  const schedule = checkSchedule(frequency, history, history === 0 ? null : vss);
  if (schedule) return schedule;
  if (stage === 'schedule') return OK;
  const planned = rel.primaryState === 'PreparedForFailover';
  if (!planned && rel.primaryState !== 'WaitingForInitialReplication') return fail('OldPrimaryNotReplica', { vm: ctx.primaryVm.name, host: ctx.primaryHost.fqdn });
  if (ctx.primaryVm.state !== 'Off') return fail('InvalidVmState', { vm: ctx.primaryVm.name, state: ctx.primaryVm.state });
  const copy = planned ? null : checkInitialCopy(world, ctx.replicaHost, cmd.initialReplication);
  if (copy) return copy;
  if (stage) return OK;
  swapRoles(world, ctx, target.fqdn, port, thumbprint);
  rel.settings = {
    ...rel.settings,
    authenticationType: cmd.authenticationType ?? s.authenticationType,
    compressionEnabled: cmd.compressionEnabled ?? s.compressionEnabled,
    frequencySec: frequency as typeof s.frequencySec,
    recoveryHistory: history,
    vssSnapshotFrequencyHour: history === 0 ? null : vss,
  };
  const restored = rel.failover?.restoredSeq ?? rel.appliedSeq;
  rel.appliedSeq = restored;
  const next = relContext(world, rel);
  if (!next) return OK;
  if (planned) {
    next.rt.tracking = true;
    next.rt.logFromSeq = restored;
    next.rt.receivedSeq = restored;
    next.rt.receivedDataTime = world.now;
    rel.lastReplicationTime = world.now;
    rel.appliedDataTime = world.now;
    setStates(world, rel, 'Replicating', 'Replicating');
    startCycles(world, rel);
    startRecoveryPoints(world, rel);
    updatePending(world, next);
  } else {
    // The old primary holds the data: by default the copy compares both disks (existing VM); the wizard's
    // Choose Initial Replication Method may ask for a full network copy instead (media is set on export).
    rel.settings = { ...rel.settings, initialReplicationMethod: cmd.initialReplication?.method === 'Network' ? 'Network' : 'ExistingVm' };
    rel.lastReplicationTime = null;
    rel.appliedDataTime = null;
    setStates(world, rel, 'ReadyForInitialReplication', 'WaitingForInitialReplication');
  }
  world.event(29290, 'Information', vm.host, vm.name, 'event.replicationReversed', { vm: vm.name, replicaServer: target.fqdn });
  return OK;
}

/**
 * Whether the replica host may replicate back to `serverName` (which must be the old primary's host): a
 * Replica server, reachable, accepting the relationship's authentication, authorising the replica host.
 * Also the Planned Failover dialog's "Check configuration for allowing reverse replication".
 */
export function checkReverseTarget(world: World, ctx: RelContext, serverName: string, chosen: ReverseConnection = {}): { target: Host; port: number; thumbprint: string | null } | Failure {
  const { rel, replicaVm } = ctx;
  const target = checkReplicaServer(world, ctx.replicaHost, serverName);
  if (isFailure(target)) return target;
  if (target.name !== ctx.primaryHost.name) return fail('ReverseTargetNotOldPrimary', { server: target.fqdn, primary: ctx.primaryHost.fqdn });
  // The wizard's Specify Connection Parameters choices, else what the target offers for the relationship's auth type.
  const auth = chosen.authenticationType ?? rel.settings.authenticationType;
  const port = chosen.replicaServerPort ?? (auth === 'Kerberos' ? target.replicaServer.kerberos.port : target.replicaServer.certificate.port);
  const thumbprint = auth === 'Certificate' ? (chosen.certificateThumbprint ?? ctx.replicaHost.certificates[0]?.thumbprint ?? null) : null;
  const connection = checkConnection(world, { type: 'Enable-VMReplication', host: replicaVm.host, vm: replicaVm.name, replicaServerName: target.fqdn, replicaServerPort: port, authenticationType: auth, certificateThumbprint: thumbprint }, ctx.replicaHost, target);
  if (connection) return connection;
  const storage = checkAuthorization(ctx.replicaHost, target);
  if (isFailure(storage)) return storage;
  return { target, port, thumbprint };
}

/**
 * The Reverse Replication wizard's initial copy, checked on its page before the reverse is sent (the copy
 * itself then starts with Start-VMInitialReplication on the new primary, `host`): the start time within 7
 * days, external media without a schedule and to a folder on a volume of the new primary.
 */
function checkInitialCopy(world: World, host: Host, copy: SetCmd['initialReplication']): Failure | null {
  if (!copy) return null;
  const start = checkStartTime(world, copy.startTime);
  if (start) return start;
  if (copy.method !== 'ExternalMedia') return null;
  if (copy.startTime !== null && copy.startTime !== undefined) return fail('ScheduleNotForExternalMedia');
  const folder = copy.destinationPath ?? '';
  return isValidStoragePath(host, folder) ? null : fail('StorageLocationInvalid', { path: folder });
}

type ReverseConnection = Pick<SetReplicationFields, 'replicaServerPort' | 'authenticationType' | 'certificateThumbprint'>;

function swapRoles(world: World, ctx: RelContext, replicaServer: string, port: number, thumbprint: string | null): void {
  const { rel } = ctx;
  stopCycles(world, ctx);
  [rel.primaryVm, rel.replicaVm] = [rel.replicaVm, rel.primaryVm];
  [rel.primaryHost, rel.replicaHost] = [rel.replicaHost, rel.primaryHost];
  // The new primary's disks are the replica's copies (only the replicated ones exist there).
  const disks = world.vms.get(rel.primaryVm)?.disks.map((d) => d.path) ?? [];
  rel.settings = { ...rel.settings, replicaServer, replicaServerPort: port, certificateThumbprint: thumbprint, replicatedDisks: disks };
  rel.recoveryPoints = [];
  rel.stats = emptyStatistics(world.now);
  rel.consecutiveFailures = 0;
  rel.job = null;
  rel.scheduledStart = null;
  world.forgetContext(rel.id);
  world.touchRel(rel.id);
  syncVmReplication(world, rel.primaryVm);
  syncVmReplication(world, rel.replicaVm);
}
