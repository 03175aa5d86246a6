import { describe, expect, it } from 'vitest';
import type { Engine } from '../index';
import { GIB } from '../labs/units';
import {
  blankWithReplicaServer,
  blankWithSpecifiedServers,
  branchOfficeWithVm3,
  certificateEnableCmd,
  DAY,
  enableCmd,
  eventsWithId,
  expectRejected,
  expireCertificate,
  HOUR,
  HV1_FQDN,
  HV2_FQDN,
  installCertificate,
  lab,
  relOf,
  REPLICA_STORAGE,
  run,
  setReplicaVolumeFree,
  vmOf,
  WG1_FQDN,
  WG2_FQDN,
} from './testLab';

describe('Enable-VMReplication: success', () => {
  it('puts the primary in ReadyForInitialReplication with health Warning', () => {
    const engine = blankWithReplicaServer();
    const result = engine.execute(enableCmd());
    expect(result).toEqual({ ok: true, data: { relationship: relOf(engine, 'HV-1', 'Vm1').id } });
    const rel = relOf(engine, 'HV-1', 'Vm1');
    expect(rel).toMatchObject({ primaryState: 'ReadyForInitialReplication', primaryHealth: 'Warning', replicaState: 'WaitingForInitialReplication', job: null });
    expect(vmOf(engine, 'HV-1', 'Vm1')).toMatchObject({ replicationMode: 'Primary', replicationState: 'ReadyForInitialReplication', replicationHealth: 'Warning' });
    expect(eventsWithId(engine, 29168)).toMatchObject([{ host: 'HV-1', vm: 'Vm1', params: { replicaServer: HV2_FQDN } }]);
  });

  it('creates the replica VM off on the replica host, same name and id, under the authorised storage', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    const primary = vmOf(engine, 'HV-1', 'Vm1');
    const replica = vmOf(engine, 'HV-2', 'Vm1');
    expect(replica).toMatchObject({ id: primary.id, state: 'Off', replicationMode: 'Replica', replicationState: 'WaitingForInitialReplication' });
    expect(replica.disks).toHaveLength(primary.disks.length);
    for (const disk of replica.disks) expect(disk.path.startsWith(`${REPLICA_STORAGE}\\`)).toBe(true);
    expect(replica.adapters.every((a) => a.switchName === null)).toBe(true);
  });

  it('records the chosen settings and the replica server FQDN', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd({ replicaServerName: 'HV-2', frequencySec: 30, recoveryHistory: 4, vssSnapshotFrequencyHour: 2, compressionEnabled: false }));
    expect(relOf(engine, 'HV-1', 'Vm1').settings).toMatchObject({
      replicaServer: HV2_FQDN,
      replicaServerPort: 80,
      authenticationType: 'Kerberos',
      certificateThumbprint: null,
      compressionEnabled: false,
      frequencySec: 30,
      recoveryHistory: 4,
      vssSnapshotFrequencyHour: 2,
      replicatedDisks: vmOf(engine, 'HV-1', 'Vm1').disks.map((d) => d.path),
    });
  });

  it('defaults to 5 minutes, latest point only, compression on', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    expect(relOf(engine, 'HV-1', 'Vm1').settings).toMatchObject({ frequencySec: 300, recoveryHistory: 0, vssSnapshotFrequencyHour: null, compressionEnabled: true });
  });

  it('an excluded disk is not replicated and gets no replica disk', () => {
    const engine = blankWithReplicaServer();
    const pagefile = addDataDisk(engine, 'C:\\VM\\Vm1\\Virtual Hard Disks\\Pagefile.vhdx');
    run(engine, enableCmd({ excludedDisks: [pagefile.toUpperCase()] }));
    expect(relOf(engine, 'HV-1', 'Vm1').settings.replicatedDisks).toEqual(['C:\\VM\\Vm1\\Virtual Hard Disks\\Vm1.vhdx']);
    expect(vmOf(engine, 'HV-2', 'Vm1').disks.map((d) => d.path.split('\\').pop())).toEqual(['Vm1.vhdx']);
  });

  it('a wildcard authorization entry authorises the primary; its replicas go to the entry storage', () => {
    const engine = blankWithSpecifiedServers();
    run(engine, { type: 'New-VMReplicationAuthorizationEntry', host: 'HV-2', allowedPrimaryServer: '*.formation.lan', replicaStorageLocation: 'D:\\Replica\\Siege', trustGroup: 'Siege' });
    run(engine, enableCmd());
    expect(vmOf(engine, 'HV-2', 'Vm1').disks[0]?.path.startsWith('D:\\Replica\\Siege\\')).toBe(true);
  });

  it('authenticates with a certificate between workgroup hosts', () => {
    const engine = branchOfficeWithVm3();
    run(engine, certificateEnableCmd(engine));
    expect(relOf(engine, 'HV-1', 'Vm3').settings).toMatchObject({ authenticationType: 'Certificate', replicaServerPort: 443, replicaServer: WG2_FQDN });
  });

  it('a dry run validates and changes nothing', () => {
    const engine = blankWithReplicaServer();
    const before = engine.snapshot();
    expect(engine.execute(enableCmd({ dryRun: true }))).toEqual({ ok: true });
    expect(engine.snapshot()).toEqual(before);
  });

  it('a dry run reports the same error as the real run', () => {
    expectRejected(blankWithReplicaServer(), enableCmd({ dryRun: true, frequencySec: 60 }), 'InvalidFrequency', { value: 60 });
  });

  it('starts the initial copy at once when asked', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd({ initialReplication: { method: 'Network' } }));
    const rel = relOf(engine, 'HV-1', 'Vm1');
    expect(rel.primaryState).toBe('InitialReplicationInProgress');
    expect(rel.job).toMatchObject({ kind: 'InitialReplication', startedAt: 0 });
  });

  it('schedules the initial copy when asked', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd({ initialReplication: { method: 'Network', startTime: HOUR } }));
    expect(relOf(engine, 'HV-1', 'Vm1')).toMatchObject({ primaryState: 'ReadyForInitialReplication', scheduledStart: HOUR, job: null });
  });

  it('accepts a start exactly 7 days ahead', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd({ initialReplication: { method: 'Network', startTime: 7 * DAY } }));
    expect(relOf(engine, 'HV-1', 'Vm1').scheduledStart).toBe(7 * DAY);
  });
});

describe('Enable-VMReplication: the VM', () => {
  it('refuses a VM that already replicates (ReplicationAlreadyEnabled)', () => {
    expectRejected(lab('active-passive'), enableCmd(), 'ReplicationAlreadyEnabled', { vm: 'Vm1' });
  });

  it('refuses a VM waiting for its initial copy (ReplicationAlreadyEnabled)', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    expectRejected(engine, enableCmd(), 'ReplicationAlreadyEnabled', { vm: 'Vm1' });
  });

  it('refuses an extended replica VM (NotApplicableOnReplica): a chain never grows past three servers', () => {
    const engine = lab('extended-chain');
    expectRejected(engine, enableCmd({ host: 'HV-3', replicaServerName: HV1_FQDN }), 'NotApplicableOnReplica', { vm: 'Vm1', cmdlet: 'Enable-VMReplication' });
  });

  it('refuses to extend a replica back to its own primary (the VM already exists there)', () => {
    const engine = lab('active-passive');
    expectRejected(engine, enableCmd({ host: 'HV-2', replicaServerName: HV1_FQDN, frequencySec: 300 }), 'VmAlreadyExistsOnReplica', { vm: 'Vm1' });
  });

  it('refuses an unknown VM (VmNotFound)', () => {
    expectRejected(blankWithReplicaServer(), enableCmd({ vm: 'Vm9' }), 'VmNotFound', { vm: 'Vm9', host: 'HV-1' });
  });

  it('refuses an unknown primary host (HostNotFound)', () => {
    expectRejected(blankWithReplicaServer(), enableCmd({ host: 'HV-9' }), 'HostNotFound', { host: 'HV-9' });
  });

  it('refuses a crashed primary host (HostNotRunning)', () => {
    const engine = blankWithReplicaServer();
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    expectRejected(engine, enableCmd(), 'HostNotRunning', { host: 'HV-1' });
  });

  it('refuses while the old replica VM is still on the replica server (VmAlreadyExistsOnReplica)', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Remove-VMReplication', host: 'HV-1', vm: 'Vm1' });
    run(engine, { type: 'Remove-VMReplication', host: 'HV-2', vm: 'Vm1' });
    expectRejected(engine, enableCmd(), 'VmAlreadyExistsOnReplica', { vm: 'Vm1', server: HV2_FQDN });
  });
});

describe('Enable-VMReplication: Specify Replica Server', () => {
  it('refuses the primary itself (SameServer)', () => {
    expectRejected(blankWithReplicaServer(), enableCmd({ replicaServerName: HV1_FQDN }), 'SameServer');
  });

  it.each(['', '   ', 'hv_2.formation.lan', '-hv-2', 'hv 2'])('refuses the invalid name "%s" (FqdnRequired)', (name) => {
    expectRejected(blankWithReplicaServer(), enableCmd({ replicaServerName: name }), 'FqdnRequired', { parameter: 'ReplicaServerName' });
  });

  it('refuses a name that does not resolve (NameNotResolved)', () => {
    expectRejected(blankWithReplicaServer(), enableCmd({ replicaServerName: 'hv-3.formation.lan' }), 'NameNotResolved', { server: 'hv-3.formation.lan' });
  });

  it('refuses a server that is not a Replica server (ReplicaServerNotEnabled)', () => {
    expectRejected(lab('blank'), enableCmd(), 'ReplicaServerNotEnabled', { server: HV2_FQDN });
  });

  it('times out on a crashed replica host (ConnectionTimedOut)', () => {
    const engine = blankWithReplicaServer();
    run(engine, { type: 'Lab-CrashHost', host: 'HV-2' });
    expectRejected(engine, enableCmd(), 'ConnectionTimedOut', { server: HV2_FQDN });
  });

  it('times out when the network link is down (ConnectionTimedOut)', () => {
    const engine = blankWithReplicaServer();
    run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: false });
    expectRejected(engine, enableCmd(), 'ConnectionTimedOut', { server: HV2_FQDN });
  });
});

describe('Enable-VMReplication: Specify Connection Parameters', () => {
  it('times out when the firewall blocks the listener (ConnectionTimedOut)', () => {
    const engine = blankWithReplicaServer();
    run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: false });
    expectRejected(engine, enableCmd(), 'ConnectionTimedOut', { server: HV2_FQDN });
  });

  it('times out on a port the server does not listen on (ConnectionTimedOut)', () => {
    expectRejected(blankWithReplicaServer(), enableCmd({ replicaServerPort: 8080 }), 'ConnectionTimedOut', { server: HV2_FQDN });
  });

  it.each([0, 65536])('refuses port %i (InvalidPort)', (port) => {
    expectRejected(blankWithReplicaServer(), enableCmd({ replicaServerPort: port }), 'InvalidPort', { port });
  });

  it('refuses certificate authentication on a Kerberos-only server (AuthTypeNotAllowed)', () => {
    const cmd = enableCmd({ authenticationType: 'Certificate', replicaServerPort: 443, certificateThumbprint: 'FFFF' });
    expectRejected(blankWithReplicaServer(), cmd, 'AuthTypeNotAllowed', { server: HV2_FQDN, authType: 'Certificate' });
  });

  it('refuses Kerberos on a certificate-only server (AuthTypeNotAllowed)', () => {
    const engine = branchOfficeWithVm3();
    const cmd = enableCmd({ vm: 'Vm3', replicaServerName: WG2_FQDN });
    expectRejected(engine, cmd, 'AuthTypeNotAllowed', { server: WG2_FQDN, authType: 'Kerberos' });
  });

  it('Kerberos fails between workgroup hosts (KerberosFailed)', () => {
    const engine = branchOfficeWithVm3();
    run(engine, { type: 'Set-VMReplicationServer', host: 'HV-2', kerberos: { enabled: true, port: 80 } });
    run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: true });
    expectRejected(engine, enableCmd({ vm: 'Vm3', replicaServerName: WG2_FQDN }), 'KerberosFailed', { server: WG2_FQDN });
  });

  it('Kerberos takes no certificate (CertificateNotRequired)', () => {
    expectRejected(blankWithReplicaServer(), enableCmd({ certificateThumbprint: 'FFFF' }), 'CertificateNotRequired');
  });

  it('certificate authentication needs a thumbprint (CertificateNotProvided)', () => {
    const engine = branchOfficeWithVm3();
    expectRejected(engine, certificateEnableCmd(engine, { certificateThumbprint: null }), 'CertificateNotProvided');
  });

  it('the certificate must be in the primary host store (CertificateNotFound)', () => {
    const engine = branchOfficeWithVm3();
    expectRejected(engine, certificateEnableCmd(engine, { certificateThumbprint: 'FFFF' }), 'CertificateNotFound', { thumbprint: 'FFFF' });
  });

  it('refuses a primary certificate once time passes its expiry (CertificateExpired)', () => {
    const engine = branchOfficeWithVm3();
    const cert = engine.world.hosts.get('HV-1')?.certificates[0];
    if (!cert) throw new Error('no certificate');
    cert.notAfter = HOUR;
    engine.advanceTo(HOUR);
    expectRejected(engine, certificateEnableCmd(engine), 'CertificateExpired', { thumbprint: cert.thumbprint, subject: WG1_FQDN });
  });

  it('refuses a primary certificate not issued to the primary FQDN (ReplicaCertificateInvalid)', () => {
    const engine = branchOfficeWithVm3();
    installCertificate(engine, 'HV-1', { thumbprint: 'OTHER', issuedTo: 'portal.workgroup.local' });
    expectRejected(engine, certificateEnableCmd(engine, { certificateThumbprint: 'OTHER' }), 'ReplicaCertificateInvalid', { thumbprint: 'OTHER', host: WG1_FQDN });
  });

  it('refuses when the replica server certificate has expired (CertificateExpired)', () => {
    const engine = branchOfficeWithVm3();
    expireCertificate(engine, 'HV-2');
    expectRejected(engine, certificateEnableCmd(engine), 'CertificateExpired', { subject: WG2_FQDN });
  });

  it('times out when the HTTPS listener is blocked (ConnectionTimedOut)', () => {
    const engine = branchOfficeWithVm3();
    run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTPS', enabled: false });
    expectRejected(engine, certificateEnableCmd(engine), 'ConnectionTimedOut', { server: WG2_FQDN });
  });

  it('refuses a primary the Replica server does not authorise (NotAuthorized)', () => {
    const engine = blankWithSpecifiedServers();
    run(engine, { type: 'New-VMReplicationAuthorizationEntry', host: 'HV-2', allowedPrimaryServer: 'hv-3.formation.lan', replicaStorageLocation: REPLICA_STORAGE, trustGroup: 'Siege' });
    expectRejected(engine, enableCmd(), 'NotAuthorized', { server: HV2_FQDN, primary: HV1_FQDN });
  });
});

describe('Enable-VMReplication: disks, frequency, recovery points, initial copy', () => {
  it('refuses to exclude a disk the VM does not have (DiskNotAttached)', () => {
    expectRejected(blankWithReplicaServer(), enableCmd({ excludedDisks: ['C:\\Other.vhdx'] }), 'DiskNotAttached', { disk: 'C:\\Other.vhdx', vm: 'Vm1' });
  });

  it('refuses to exclude every disk (NoDiskToReplicate)', () => {
    const engine = blankWithReplicaServer();
    const only = vmOf(engine, 'HV-1', 'Vm1').disks.map((d) => d.path);
    expectRejected(engine, enableCmd({ excludedDisks: only }), 'NoDiskToReplicate', { vm: 'Vm1' });
  });

  it.each([0, 60, 600, 3600])('refuses a frequency of %i seconds (InvalidFrequency)', (frequencySec) => {
    expectRejected(blankWithReplicaServer(), enableCmd({ frequencySec }), 'InvalidFrequency', { value: frequencySec });
  });

  it.each([-1, 25, 2.5])('refuses a recovery history of %d (InvalidRecoveryHistory)', (recoveryHistory) => {
    expectRejected(blankWithReplicaServer(), enableCmd({ recoveryHistory }), 'InvalidRecoveryHistory', { value: recoveryHistory });
  });

  it.each([0, 13])('refuses a VSS frequency of %i hours (InvalidVssFrequency)', (vss) => {
    expectRejected(blankWithReplicaServer(), enableCmd({ recoveryHistory: 24, vssSnapshotFrequencyHour: vss }), 'InvalidVssFrequency', { value: vss });
  });

  it('refuses VSS snapshots without recovery history (VssWithoutHistory)', () => {
    expectRejected(blankWithReplicaServer(), enableCmd({ vssSnapshotFrequencyHour: 4 }), 'VssWithoutHistory');
  });

  it('refuses a start time that is not a number (InvalidStartTime)', () => {
    expectRejected(blankWithReplicaServer(), enableCmd({ initialReplication: { method: 'Network', startTime: Number.NaN } }), 'InvalidStartTime');
  });

  it('refuses a start time in the past (StartTimeInPast)', () => {
    const engine = blankWithReplicaServer();
    engine.advanceBy(HOUR);
    expectRejected(engine, enableCmd({ initialReplication: { method: 'Network', startTime: engine.now - 1 } }), 'StartTimeInPast');
  });

  it('refuses a start time more than 7 days ahead (StartTimeTooFar)', () => {
    expectRejected(blankWithReplicaServer(), enableCmd({ initialReplication: { method: 'Network', startTime: 7 * DAY + 1 } }), 'StartTimeTooFar', { days: 7 });
  });

  it('refuses external media without an export folder (StorageLocationInvalid)', () => {
    expectRejected(blankWithReplicaServer(), enableCmd({ initialReplication: { method: 'ExternalMedia' } }), 'StorageLocationInvalid', { path: '' });
  });

  it('refuses when the replica volume is too small for the copy (InsufficientStorage)', () => {
    const engine = blankWithReplicaServer();
    setReplicaVolumeFree(engine, 'HV-2', GIB);
    expectRejected(engine, enableCmd(), 'InsufficientStorage', { path: REPLICA_STORAGE, server: HV2_FQDN });
  });

  it('refuses a storage location whose volume is gone (StorageLocationInvalid)', () => {
    const engine = blankWithReplicaServer();
    const hv2 = engine.world.hosts.get('HV-2');
    if (!hv2) throw new Error('no HV-2');
    hv2.volumes = hv2.volumes.filter((v) => v.drive !== 'D:');
    expectRejected(engine, enableCmd(), 'StorageLocationInvalid', { path: REPLICA_STORAGE });
  });
});

/** Setup edit: attaches a second disk to HV-1's Vm1; returns its path. */
function addDataDisk(engine: Engine, path: string): string {
  const vm = engine.world.findVm('HV-1', 'Vm1');
  if (!vm) throw new Error('no Vm1');
  vm.disks.push({ path, maxBytes: 8 * GIB, usedBytes: 2 * GIB });
  return path;
}
