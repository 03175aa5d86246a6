import type { AuthorizationEntry, CommandResult, SetReplicationServerCommand } from '../../protocol';
import type { World } from '../model/world';
import { scheduleMonitoring } from '../processes/monitoring';
import { isValidStoragePath } from '../processes/storage';
import { fail, OK } from './result';

const VALID_INTERVAL_HOURS = [1, 2, 3, 4, 6, 8, 12, 24, 48, 72, 96, 120, 144, 168];

export function validPort(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65535;
}

/** `Set-VMReplicationServer`: validated as a whole, applied only when every part is valid. */
export function setReplicationServer(world: World, cmd: SetReplicationServerCommand): CommandResult {
  const host = world.resolveHost(cmd.host);
  if (!host) return fail('HostNotFound', { host: cmd.host });
  if (host.power !== 'On') return fail('HostNotRunning', { host: host.name });
  if (Object.entries(cmd).every(([k, v]) => k === 'type' || k === 'host' || k === 'dryRun' || v === undefined)) return fail('NoParameters');
  const cur = host.replicaServer;
  const next = {
    ...cur,
    kerberos: { ...cur.kerberos },
    certificate: { ...cur.certificate },
    entries: [...cur.entries],
  };
  if (cmd.replicationEnabled !== undefined) next.enabled = cmd.replicationEnabled;
  if (cmd.kerberos) next.kerberos = { enabled: cmd.kerberos.enabled, port: cmd.kerberos.port ?? next.kerberos.port };
  if (cmd.certificate) {
    next.certificate = {
      enabled: cmd.certificate.enabled,
      port: cmd.certificate.port ?? next.certificate.port,
      thumbprint: cmd.certificate.thumbprint === undefined ? next.certificate.thumbprint : cmd.certificate.thumbprint,
    };
  }
  if (cmd.defaultStorageLocation !== undefined) next.defaultStorageLocation = cmd.defaultStorageLocation.trim();
  if (cmd.allowAnyServer !== undefined) next.allowAnyServer = cmd.allowAnyServer;
  if (cmd.monitoringIntervalHours !== undefined) next.monitoringIntervalHours = cmd.monitoringIntervalHours;
  if (cmd.monitoringStartMinutes !== undefined) next.monitoringStartMinutes = cmd.monitoringStartMinutes;

  if (!validPort(next.kerberos.port)) return fail('InvalidPort', { port: next.kerberos.port });
  if (!validPort(next.certificate.port)) return fail('InvalidPort', { port: next.certificate.port });
  if (next.enabled) {
    if (!next.kerberos.enabled && !next.certificate.enabled) return fail('AuthTypeRequired', { host: host.name });
    if (next.kerberos.enabled && next.certificate.enabled && next.kerberos.port === next.certificate.port) {
      return fail('PortsMustDiffer', { host: host.name });
    }
    if (next.certificate.enabled) {
      const cert = host.certificates.find((c) => c.thumbprint === next.certificate.thumbprint);
      if (!next.certificate.thumbprint) return fail('CertificateNotProvided');
      if (!cert) return fail('CertificateNotFound', { thumbprint: next.certificate.thumbprint });
      if (cert.notAfter <= world.now) return fail('CertificateExpired', { thumbprint: cert.thumbprint, subject: cert.issuedTo });
      if (!usableForReplication(cert, host.fqdn)) return fail('ReplicaCertificateInvalid', { thumbprint: cert.thumbprint, host: host.fqdn });
    }
    if (next.allowAnyServer) {
      if (!next.defaultStorageLocation) return fail('DefaultStorageRequired', { parameter: 'ReplicationAllowedFromAnyServer', required: 'DefaultStorageLocation' });
      if (!isValidStoragePath(host, next.defaultStorageLocation)) return fail('StorageLocationInvalid', { path: next.defaultStorageLocation });
    }
  }
  if (!VALID_INTERVAL_HOURS.includes(next.monitoringIntervalHours)) return fail('InvalidMonitoringInterval', { value: next.monitoringIntervalHours });
  if (!Number.isInteger(next.monitoringStartMinutes) || next.monitoringStartMinutes < 0 || next.monitoringStartMinutes >= 1440) {
    return fail('InvalidMonitoringStartTime', { value: next.monitoringStartMinutes });
  }
  if (cmd.dryRun) return OK;
  // Switching to "any authenticated server" removes the explicit entries (the cmdlet asks first).
  if (next.allowAnyServer && !cur.allowAnyServer) next.entries = [];
  const monitoringChanged = next.monitoringIntervalHours !== cur.monitoringIntervalHours || next.monitoringStartMinutes !== cur.monitoringStartMinutes;
  host.replicaServer = next;
  world.touchHost(host.name);
  if (monitoringChanged) scheduleMonitoring(world, host);
  world.event(29072, 'Information', host.name, null, 'event.replicaServerChanged', { host: host.name, enabled: next.enabled ? 1 : 0 });
  return OK;
}

export function usableForReplication(cert: { issuedTo: string; intendedPurposes: string[] }, fqdn: string): boolean {
  return (
    cert.issuedTo.toLowerCase() === fqdn.toLowerCase() &&
    cert.intendedPurposes.includes('Server Authentication') &&
    cert.intendedPurposes.includes('Client Authentication')
  );
}

/** FQDN pattern: labels of letters, digits and hyphens; `*` only as the whole first label. */
export function validPrimaryPattern(pattern: string): boolean {
  const labels = pattern.trim().split('.');
  if (labels.length < 2) return false;
  return labels.every((label, i) => (i === 0 && label === '*') || /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label));
}

/**
 * `New-VMReplicationAuthorizationEntry`. A `dryRun` checks the entry alone, not the host's mode or its
 * current entries: Hyper-V Settings validates the entries it will add after switching to "specified servers".
 */
export function newAuthorizationEntry(world: World, hostName: string, entry: AuthorizationEntry, dryRun = false): CommandResult {
  const host = world.resolveHost(hostName);
  if (!host) return fail('HostNotFound', { host: hostName });
  if (host.power !== 'On') return fail('HostNotRunning', { host: host.name });
  if (!dryRun && host.replicaServer.allowAnyServer) return fail('AuthorizationEntriesNeedSpecifiedServers', { host: host.name });
  if (!validPrimaryPattern(entry.allowedPrimaryServer)) return fail('InvalidAuthorizationEntry', { server: entry.allowedPrimaryServer });
  if (!isValidStoragePath(host, entry.storageLocation)) return fail('StorageLocationInvalid', { path: entry.storageLocation });
  if (!entry.trustGroup.trim()) return fail('InvalidAuthorizationEntry', { server: entry.allowedPrimaryServer });
  if (dryRun) return OK;
  const wanted = entry.allowedPrimaryServer.trim().toLowerCase();
  if (host.replicaServer.entries.some((e) => e.allowedPrimaryServer.toLowerCase() === wanted)) {
    return fail('AuthorizationEntryExists', { server: entry.allowedPrimaryServer });
  }
  host.replicaServer = {
    ...host.replicaServer,
    entries: [...host.replicaServer.entries, { allowedPrimaryServer: entry.allowedPrimaryServer.trim(), storageLocation: entry.storageLocation.trim(), trustGroup: entry.trustGroup.trim() }],
  };
  world.touchHost(host.name);
  return OK;
}

export function removeAuthorizationEntry(world: World, hostName: string, server: string): CommandResult {
  const host = world.resolveHost(hostName);
  if (!host) return fail('HostNotFound', { host: hostName });
  if (host.power !== 'On') return fail('HostNotRunning', { host: host.name });
  const wanted = server.trim().toLowerCase();
  const entries = host.replicaServer.entries.filter((e) => e.allowedPrimaryServer.toLowerCase() !== wanted);
  if (entries.length === host.replicaServer.entries.length) return fail('AuthorizationEntryNotFound', { server });
  host.replicaServer = { ...host.replicaServer, entries };
  world.touchHost(host.name);
  return OK;
}

export function setFirewallRule(world: World, hostName: string, rule: 'HTTP' | 'HTTPS', enabled: boolean): CommandResult {
  const host = world.resolveHost(hostName);
  if (!host) return fail('HostNotFound', { host: hostName });
  if (host.power !== 'On') return fail('HostNotRunning', { host: host.name });
  host.firewall = { ...host.firewall, [rule]: enabled };
  world.touchHost(host.name);
  return OK;
}
