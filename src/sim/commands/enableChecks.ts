import type { DryRunStage, EnableReplicationCommand, Host, Relationship, Vm } from '../../protocol';
import { MAX_SCHEDULE_AHEAD_MS, VALID_FREQUENCIES } from '../engine/constants';
import { authorizedStorage } from '../model/relations';
import type { World } from '../model/world';
import { volumeOf } from '../processes/storage';
import { ownRelationship } from './ownRelationship';
import { usableForReplication, validPort } from './replicationServer';
import { fail, type Failure } from './result';

/** The stage a dry run stops after (`true` = every check), or null for a real run. */
export function dryRunStage(dryRun: boolean | DryRunStage | undefined): DryRunStage | null {
  if (dryRun === true) return 'all';
  return dryRun || null;
}

/** What the wizard's "Specify Replica Server" page checks: name, resolution, not the same host, reachable. */
export function checkReplicaServer(world: World, primaryHost: Host, name: string): Host | Failure {
  const trimmed = name.trim();
  if (!trimmed || !/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(trimmed)) return fail('FqdnRequired', { parameter: 'ReplicaServerName' });
  const replica = world.resolveHost(trimmed);
  if (!replica) return fail('NameNotResolved', { server: trimmed });
  if (replica.name === primaryHost.name) return fail('SameServer');
  const link = world.linkBetween(primaryHost, replica);
  if (replica.power !== 'On' || !link || !link.up) return fail('ConnectionTimedOut', { server: replica.fqdn });
  if (!replica.replicaServer.enabled) return fail('ReplicaServerNotEnabled', { server: replica.fqdn });
  return replica;
}

/** "Specify Connection Parameters": auth type offered, Kerberos only inside one domain, certificates valid, port open. */
export function checkConnection(world: World, cmd: EnableReplicationCommand, primaryHost: Host, replica: Host): Failure | null {
  const cfg = replica.replicaServer;
  if (!validPort(cmd.replicaServerPort)) return fail('InvalidPort', { port: cmd.replicaServerPort });
  if (cmd.authenticationType === 'Kerberos') {
    if (cmd.certificateThumbprint) return fail('CertificateNotRequired');
    if (!cfg.kerberos.enabled) return fail('AuthTypeNotAllowed', { server: replica.fqdn, authType: 'Kerberos' });
    if (!primaryHost.domain || !replica.domain || primaryHost.domain.toLowerCase() !== replica.domain.toLowerCase()) {
      return fail('KerberosFailed', { server: replica.fqdn });
    }
    if (cmd.replicaServerPort !== cfg.kerberos.port || !replica.firewall.HTTP) return fail('ConnectionTimedOut', { server: replica.fqdn });
    return null;
  }
  if (!cfg.certificate.enabled) return fail('AuthTypeNotAllowed', { server: replica.fqdn, authType: 'Certificate' });
  if (!cmd.certificateThumbprint) return fail('CertificateNotProvided');
  const cert = primaryHost.certificates.find((c) => c.thumbprint === cmd.certificateThumbprint);
  if (!cert) return fail('CertificateNotFound', { thumbprint: cmd.certificateThumbprint });
  if (cert.notAfter <= world.now) return fail('CertificateExpired', { thumbprint: cert.thumbprint, subject: cert.issuedTo });
  if (!usableForReplication(cert, primaryHost.fqdn)) return fail('ReplicaCertificateInvalid', { thumbprint: cert.thumbprint, host: primaryHost.fqdn });
  const replicaCert = replica.certificates.find((c) => c.thumbprint === cfg.certificate.thumbprint);
  if (!replicaCert || replicaCert.notAfter <= world.now) {
    return fail('CertificateExpired', { thumbprint: cfg.certificate.thumbprint ?? '', subject: replica.fqdn });
  }
  if (cmd.replicaServerPort !== cfg.certificate.port || !replica.firewall.HTTPS) return fail('ConnectionTimedOut', { server: replica.fqdn });
  return null;
}

/** Primary authorised by the replica server; returns the storage location its replicas go to. */
export function checkAuthorization(primaryHost: Host, replica: Host): string | Failure {
  const storage = authorizedStorage(replica, primaryHost);
  return storage ?? fail('NotAuthorized', { server: replica.fqdn, primary: primaryHost.fqdn });
}

/** "Choose Replication VHDs": returns the replicated disk paths. */
export function checkDisks(vm: Vm, excluded: readonly string[]): string[] | Failure {
  const attached = new Set(vm.disks.map((d) => d.path.toLowerCase()));
  for (const path of excluded) if (!attached.has(path.toLowerCase())) return fail('DiskNotAttached', { disk: path, vm: vm.name });
  const wanted = new Set(excluded.map((p) => p.toLowerCase()));
  const kept = vm.disks.filter((d) => !wanted.has(d.path.toLowerCase())).map((d) => d.path);
  return kept.length > 0 ? kept : fail('NoDiskToReplicate', { vm: vm.name });
}

/** "Configure Replication Frequency" and "Configure Additional Recovery Points". */
export function checkSchedule(frequency: number, history: number, vss: number | null): Failure | null {
  if (!(VALID_FREQUENCIES as readonly number[]).includes(frequency)) return fail('InvalidFrequency', { value: frequency });
  if (!Number.isInteger(history) || history < 0 || history > 24) return fail('InvalidRecoveryHistory', { value: history });
  if (vss !== null) {
    if (history === 0) return fail('VssWithoutHistory');
    if (!Number.isInteger(vss) || vss < 1 || vss > 12) return fail('InvalidVssFrequency', { value: vss });
  }
  return null;
}

/** "Choose Initial Replication Method": not in the past, at most 7 days ahead. */
export function checkStartTime(world: World, startTime: number | null | undefined): Failure | null {
  if (startTime === null || startTime === undefined) return null;
  if (!Number.isFinite(startTime)) return fail('InvalidStartTime');
  if (startTime < world.now) return fail('StartTimeInPast');
  if (startTime > world.now + MAX_SCHEDULE_AHEAD_MS) return fail('StartTimeTooFar', { days: 7 });
  return null;
}

export function checkStorage(replica: Host, storage: string, bytes: number): Failure | null {
  const volume = volumeOf(replica, storage);
  if (!volume) return fail('StorageLocationInvalid', { path: storage });
  if (volume.freeBytes < bytes) return fail('InsufficientStorage', { path: storage, server: replica.fqdn });
  return null;
}

export { fail };

/**
 * Extend Replication (§7): only the replica of a simple relationship that is replicating, and only once
 * (a chain, never a fan-out). Returns the incoming relationship the extension follows.
 */
export function checkExtendable(world: World, vm: Vm): Relationship | Failure {
  if (ownRelationship(world, vm, 'Extended')) return fail('ReplicationAlreadyEnabled', { vm: vm.name });
  const own = ownRelationship(world, vm);
  if (!own || own.side !== 'replica' || own.rel.type !== 'Simple') return fail('NotApplicableOnReplica', { vm: vm.name, cmdlet: 'Enable-VMReplication' });
  if (own.rel.replicaState !== 'Replicating') return fail('InvalidReplicationState', { vm: vm.name });
  return own.rel;
}

/** Extended replication: 5 or 15 minutes, never more frequent than A→B, and no VSS snapshots. */
export function checkExtendedSchedule(incoming: Relationship, frequency: number, history: number, vss: number | null): Failure | null {
  if (frequency === 30) return fail('ExtendedFrequency30s');
  const bad = checkSchedule(frequency, history, null);
  if (bad) return bad;
  if (frequency < incoming.settings.frequencySec) return fail('ExtendedFrequencyTooLow');
  if (vss !== null) return fail('InvalidVssFrequency', { value: vss });
  return null;
}
