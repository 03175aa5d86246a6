import { describe, expect, it } from 'vitest';
import type { Command, SetReplicationServerCommand } from '../../protocol';
import type { Engine } from '../index';
import {
  blankWithReplicaServer,
  blankWithSpecifiedServers,
  DAY,
  eventsWithId,
  expectRejected,
  HOUR,
  hostOf,
  HV2_FQDN,
  installCertificate,
  lab,
  MINUTE,
  REPLICA_STORAGE,
  run,
} from './testLab';

const THUMB = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678';

function setServer(params: Omit<SetReplicationServerCommand, 'type' | 'host'>, host = 'HV-2'): SetReplicationServerCommand {
  return { type: 'Set-VMReplicationServer', host, ...params };
}

/** `blank` whose HV-2 holds a usable certificate (thumbprint THUMB) unless `cert` says otherwise. */
function blankWithCertificate(cert: Parameters<typeof installCertificate>[2] = { thumbprint: THUMB }): Engine {
  const engine = lab('blank');
  installCertificate(engine, 'HV-2', cert);
  return engine;
}

function newEntry(allowedPrimaryServer: string, replicaStorageLocation = REPLICA_STORAGE, trustGroup = 'Siege', host = 'HV-2'): Command {
  return { type: 'New-VMReplicationAuthorizationEntry', host, allowedPrimaryServer, replicaStorageLocation, trustGroup };
}

function removeEntry(allowedPrimaryServer: string, host = 'HV-2'): Command {
  return { type: 'Remove-VMReplicationAuthorizationEntry', host, allowedPrimaryServer };
}

describe('Set-VMReplicationServer', () => {
  it('enables Kerberos from any authenticated server with a default storage location', () => {
    const engine = lab('blank');
    run(engine, setServer({ replicationEnabled: true, kerberos: { enabled: true }, allowAnyServer: true, defaultStorageLocation: REPLICA_STORAGE }));
    expect(hostOf(engine, 'HV-2').replicaServer).toMatchObject({
      enabled: true,
      kerberos: { enabled: true, port: 80 },
      certificate: { enabled: false, port: 443 },
      allowAnyServer: true,
      defaultStorageLocation: REPLICA_STORAGE,
    });
    expect(eventsWithId(engine, 29072)).toMatchObject([{ host: 'HV-2', params: { enabled: 1 } }]);
  });

  it('enables certificate-based authentication with a valid certificate of the host', () => {
    const engine = blankWithCertificate();
    run(engine, setServer({ replicationEnabled: true, certificate: { enabled: true, thumbprint: THUMB } }));
    expect(hostOf(engine, 'HV-2').replicaServer.certificate).toEqual({ enabled: true, port: 443, thumbprint: THUMB });
  });

  it('enables both authentication types on different ports', () => {
    const engine = blankWithCertificate();
    run(engine, setServer({ replicationEnabled: true, kerberos: { enabled: true, port: 8080 }, certificate: { enabled: true, port: 8443, thumbprint: THUMB } }));
    expect(hostOf(engine, 'HV-2').replicaServer).toMatchObject({ kerberos: { port: 8080 }, certificate: { port: 8443 } });
  });

  it('disables the Replica server', () => {
    const engine = blankWithReplicaServer();
    run(engine, setServer({ replicationEnabled: false }));
    expect(hostOf(engine, 'HV-2').replicaServer.enabled).toBe(false);
  });

  it.each([1, 65535])('accepts port %i', (port) => {
    const engine = lab('blank');
    run(engine, setServer({ replicationEnabled: true, kerberos: { enabled: true, port } }));
    expect(hostOf(engine, 'HV-2').replicaServer.kerberos.port).toBe(port);
  });

  it.each([0, 65536, -80, 80.5])('refuses Kerberos port %d (InvalidPort)', (port) => {
    expectRejected(lab('blank'), setServer({ replicationEnabled: true, kerberos: { enabled: true, port } }), 'InvalidPort', { port });
  });

  it.each([0, 65536])('refuses certificate port %d (InvalidPort)', (port) => {
    expectRejected(blankWithCertificate(), setServer({ replicationEnabled: true, certificate: { enabled: true, port, thumbprint: THUMB } }), 'InvalidPort', { port });
  });

  it('Kerberos and certificate ports must differ (PortsMustDiffer)', () => {
    const cmd = setServer({ replicationEnabled: true, kerberos: { enabled: true, port: 8000 }, certificate: { enabled: true, port: 8000, thumbprint: THUMB } });
    expectRejected(blankWithCertificate(), cmd, 'PortsMustDiffer', { host: 'HV-2' });
  });

  it('an enabled server needs an authentication type (AuthTypeRequired)', () => {
    expectRejected(lab('blank'), setServer({ replicationEnabled: true }), 'AuthTypeRequired', { host: 'HV-2' });
  });

  it('certificate authentication needs a thumbprint (CertificateNotProvided)', () => {
    expectRejected(blankWithCertificate(), setServer({ replicationEnabled: true, certificate: { enabled: true } }), 'CertificateNotProvided');
  });

  it('the certificate must be in the host store (CertificateNotFound)', () => {
    const cmd = setServer({ replicationEnabled: true, certificate: { enabled: true, thumbprint: 'FFFF' } });
    expectRejected(blankWithCertificate(), cmd, 'CertificateNotFound', { thumbprint: 'FFFF' });
  });

  it('an expired certificate is refused (CertificateExpired)', () => {
    const engine = blankWithCertificate({ thumbprint: THUMB, notAfter: DAY });
    engine.advanceBy(DAY);
    const cmd = setServer({ replicationEnabled: true, certificate: { enabled: true, thumbprint: THUMB } });
    expectRejected(engine, cmd, 'CertificateExpired', { thumbprint: THUMB, subject: HV2_FQDN });
  });

  it('the certificate must be issued to the host FQDN (ReplicaCertificateInvalid)', () => {
    const engine = blankWithCertificate({ thumbprint: THUMB, issuedTo: 'hv-1.formation.lan' });
    const cmd = setServer({ replicationEnabled: true, certificate: { enabled: true, thumbprint: THUMB } });
    expectRejected(engine, cmd, 'ReplicaCertificateInvalid', { thumbprint: THUMB, host: HV2_FQDN });
  });

  it('the certificate needs both Client and Server Authentication (ReplicaCertificateInvalid)', () => {
    const engine = blankWithCertificate({ thumbprint: THUMB, intendedPurposes: ['Server Authentication'] });
    const cmd = setServer({ replicationEnabled: true, certificate: { enabled: true, thumbprint: THUMB } });
    expectRejected(engine, cmd, 'ReplicaCertificateInvalid', { thumbprint: THUMB });
  });

  it('any server requires a default storage location (DefaultStorageRequired)', () => {
    const cmd = setServer({ replicationEnabled: true, kerberos: { enabled: true }, allowAnyServer: true });
    expectRejected(lab('blank'), cmd, 'DefaultStorageRequired', { parameter: 'ReplicationAllowedFromAnyServer', required: 'DefaultStorageLocation' });
  });

  it.each(['Z:\\Replica', 'Replica', 'D:/Replica'])('the default storage must be a local path on an existing volume: %s (StorageLocationInvalid)', (path) => {
    const cmd = setServer({ replicationEnabled: true, kerberos: { enabled: true }, allowAnyServer: true, defaultStorageLocation: path });
    expectRejected(lab('blank'), cmd, 'StorageLocationInvalid', { path });
  });

  it('switching to any server removes the authorization entries', () => {
    const engine = blankWithSpecifiedServers();
    run(engine, newEntry('hv-1.formation.lan'));
    run(engine, setServer({ allowAnyServer: true, defaultStorageLocation: REPLICA_STORAGE }));
    expect(hostOf(engine, 'HV-2').replicaServer.entries).toEqual([]);
  });

  it.each([1, 6, 24, 168])('accepts a monitoring interval of %i hours', (hours) => {
    const engine = lab('blank');
    run(engine, setServer({ monitoringIntervalHours: hours }));
    expect(hostOf(engine, 'HV-2').replicaServer.monitoringIntervalHours).toBe(hours);
  });

  it.each([0, 5, 169, 1.5])('refuses a monitoring interval of %d hours (InvalidMonitoringInterval)', (hours) => {
    expectRejected(lab('blank'), setServer({ monitoringIntervalHours: hours }), 'InvalidMonitoringInterval', { value: hours });
  });

  it.each([0, 1439])('accepts a monitoring start of %i minutes after midnight', (minutes) => {
    const engine = lab('blank');
    run(engine, setServer({ monitoringStartMinutes: minutes }));
    expect(hostOf(engine, 'HV-2').replicaServer.monitoringStartMinutes).toBe(minutes);
  });

  it.each([-1, 1440, 90.5])('refuses a monitoring start of %d minutes (InvalidMonitoringStartTime)', (minutes) => {
    expectRejected(lab('blank'), setServer({ monitoringStartMinutes: minutes }), 'InvalidMonitoringStartTime', { value: minutes });
  });

  it('a new monitoring start moves the next statistics boundary (event 29174)', () => {
    const engine = lab('active-passive');
    // The lab starts at 08:00; the default boundary is 09:00, this one 08:30.
    run(engine, setServer({ monitoringIntervalHours: 1, monitoringStartMinutes: 8 * 60 + 30 }, 'HV-1'));
    engine.advanceBy(31 * MINUTE);
    expect(eventsWithId(engine, 29174).length).toBe(4);
  });

  it('refuses a command without parameters (NoParameters)', () => {
    expectRejected(lab('blank'), { type: 'Set-VMReplicationServer', host: 'HV-2' }, 'NoParameters');
  });

  it('parameters left undefined count as not given (NoParameters)', () => {
    expectRejected(lab('blank'), setServer({ replicationEnabled: undefined, monitoringIntervalHours: undefined }), 'NoParameters');
  });

  it('is validated as a whole: one wrong value applies nothing', () => {
    expectRejected(lab('blank'), setServer({ replicationEnabled: true, kerberos: { enabled: true }, monitoringIntervalHours: 5 }), 'InvalidMonitoringInterval');
  });

  it('refuses an unknown host (HostNotFound)', () => {
    expectRejected(lab('blank'), setServer({ replicationEnabled: false }, 'HV-9'), 'HostNotFound', { host: 'HV-9' });
  });

  it('refuses a crashed host (HostNotRunning)', () => {
    const engine = lab('blank');
    run(engine, { type: 'Lab-CrashHost', host: 'HV-2' });
    expectRejected(engine, setServer({ replicationEnabled: false }), 'HostNotRunning', { host: 'HV-2' });
  });
});

describe('authorization entries', () => {
  it.each(['hv-1.formation.lan', '*.formation.lan', 'HV-1.Formation.Lan'])('adds an entry for %s', (server) => {
    const engine = blankWithSpecifiedServers();
    run(engine, newEntry(server, 'D:\\Replica\\Siege'));
    expect(hostOf(engine, 'HV-2').replicaServer.entries).toEqual([{ allowedPrimaryServer: server, storageLocation: 'D:\\Replica\\Siege', trustGroup: 'Siege' }]);
  });

  it.each(['hv*.formation.lan', 'hv-1.*.lan', '*', 'hv-1', 'hv_1.formation.lan', '-hv.formation.lan'])('refuses the pattern %s (InvalidAuthorizationEntry)', (server) => {
    expectRejected(blankWithSpecifiedServers(), newEntry(server), 'InvalidAuthorizationEntry', { server });
  });

  it('refuses an empty trust group (InvalidAuthorizationEntry)', () => {
    expectRejected(blankWithSpecifiedServers(), newEntry('hv-1.formation.lan', REPLICA_STORAGE, '  '), 'InvalidAuthorizationEntry');
  });

  it('refuses a storage location on a missing volume (StorageLocationInvalid)', () => {
    expectRejected(blankWithSpecifiedServers(), newEntry('hv-1.formation.lan', 'Q:\\Replica'), 'StorageLocationInvalid', { path: 'Q:\\Replica' });
  });

  it('refuses a duplicate, whatever the letter case (AuthorizationEntryExists)', () => {
    const engine = blankWithSpecifiedServers();
    run(engine, newEntry('hv-1.formation.lan'));
    expectRejected(engine, newEntry('HV-1.formation.lan'), 'AuthorizationEntryExists', { server: 'HV-1.formation.lan' });
  });

  it('refuses entries while replication is allowed from any server (AuthorizationEntriesNeedSpecifiedServers)', () => {
    expectRejected(blankWithReplicaServer(), newEntry('hv-1.formation.lan'), 'AuthorizationEntriesNeedSpecifiedServers', { host: 'HV-2' });
  });

  it('removes an entry', () => {
    const engine = blankWithSpecifiedServers();
    run(engine, newEntry('hv-1.formation.lan'));
    run(engine, newEntry('*.formation.lan'));
    run(engine, removeEntry('HV-1.formation.lan'));
    expect(hostOf(engine, 'HV-2').replicaServer.entries.map((e) => e.allowedPrimaryServer)).toEqual(['*.formation.lan']);
  });

  it('refuses to remove a missing entry (AuthorizationEntryNotFound)', () => {
    expectRejected(blankWithSpecifiedServers(), removeEntry('hv-1.formation.lan'), 'AuthorizationEntryNotFound', { server: 'hv-1.formation.lan' });
  });

  it.each([
    ['New-VMReplicationAuthorizationEntry', newEntry('hv-1.formation.lan')],
    ['Remove-VMReplicationAuthorizationEntry', removeEntry('hv-1.formation.lan')],
  ])('%s refuses a crashed host (HostNotRunning)', (_name, cmd) => {
    const engine = blankWithSpecifiedServers();
    run(engine, newEntry('hv-1.formation.lan'));
    run(engine, { type: 'Lab-CrashHost', host: 'HV-2' });
    expectRejected(engine, cmd, 'HostNotRunning', { host: 'HV-2' });
  });

  it.each([
    ['New-VMReplicationAuthorizationEntry', newEntry('hv-1.formation.lan', REPLICA_STORAGE, 'Siege', 'HV-9')],
    ['Remove-VMReplicationAuthorizationEntry', removeEntry('hv-1.formation.lan', 'HV-9')],
  ])('%s refuses an unknown host (HostNotFound)', (_name, cmd) => {
    expectRejected(blankWithSpecifiedServers(), cmd, 'HostNotFound', { host: 'HV-9' });
  });
});

describe('Set-NetFirewallRule', () => {
  it('opens and closes the listener rules independently', () => {
    const engine = lab('blank');
    run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTPS', enabled: true });
    expect(hostOf(engine, 'HV-2').firewall).toEqual({ HTTP: false, HTTPS: true });
    run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: true });
    run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTPS', enabled: false });
    expect(hostOf(engine, 'HV-2').firewall).toEqual({ HTTP: true, HTTPS: false });
  });

  it('refuses an unknown host (HostNotFound)', () => {
    expectRejected(lab('blank'), { type: 'Set-NetFirewallRule', host: 'HV-9', rule: 'HTTP', enabled: true }, 'HostNotFound', { host: 'HV-9' });
  });

  it('refuses a crashed host (HostNotRunning)', () => {
    const engine = lab('blank');
    run(engine, { type: 'Lab-CrashHost', host: 'HV-2' });
    expectRejected(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: true }, 'HostNotRunning', { host: 'HV-2' });
  });

  it('closing the listener makes the primaries retry (event 32315)', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: false });
    engine.advanceBy(HOUR / 4);
    expect(eventsWithId(engine, 32315).some((e) => e.params.reason === 'ListenerBlocked')).toBe(true);
  });
});

describe('dryRun (Hyper-V Settings validates every part before applying any)', () => {
  it('Set-VMReplicationServer -dryRun accepts a valid configuration and changes nothing', () => {
    const engine = lab('blank');
    const before = engine.snapshot();
    const result = engine.execute(setServer({ replicationEnabled: true, kerberos: { enabled: true }, allowAnyServer: true, defaultStorageLocation: REPLICA_STORAGE, dryRun: true }));
    expect(result).toMatchObject({ ok: true });
    expect(engine.snapshot()).toEqual(before);
    expect(eventsWithId(engine, 29072)).toEqual([]);
  });

  it('Set-VMReplicationServer -dryRun reports the same error as the real command', () => {
    const cmd = setServer({ replicationEnabled: true, kerberos: { enabled: true }, allowAnyServer: true, defaultStorageLocation: 'Z:\\Replica', dryRun: true });
    expectRejected(lab('blank'), cmd, 'StorageLocationInvalid', { path: 'Z:\\Replica' });
  });

  it('New-VMReplicationAuthorizationEntry -dryRun checks the entry even while the server allows any server, and adds nothing', () => {
    const engine = blankWithReplicaServer();
    const before = engine.snapshot();
    expect(engine.execute({ ...newEntry('*.formation.lan'), dryRun: true } as Command)).toMatchObject({ ok: true });
    expect(engine.snapshot()).toEqual(before);
    expectRejected(engine, { ...newEntry('hv*.formation.lan'), dryRun: true } as Command, 'InvalidAuthorizationEntry', { server: 'hv*.formation.lan' });
    expectRejected(engine, { ...newEntry('hv-1.formation.lan', 'Q:\\Replica'), dryRun: true } as Command, 'StorageLocationInvalid', { path: 'Q:\\Replica' });
  });

  it('without dryRun the entry still needs "specified servers"', () => {
    expectRejected(blankWithReplicaServer(), newEntry('*.formation.lan'), 'AuthorizationEntriesNeedSpecifiedServers', { host: 'HV-2' });
  });
});
