/**
 * Shared setup for the command tests: preset labs in a known state, plus assertions that every
 * command test repeats (a rejected command returns its typed error and changes nothing).
 */
import { expect } from 'vitest';
import type { Certificate, Command, EnableReplicationCommand, Host, Relationship, SimErrorCode, Snapshot, Vm } from '../../protocol';
import { createEngine, type Engine, type PresetId } from '../index';
import { addVm } from '../labs/builders';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const HV1_FQDN = 'hv-1.formation.lan';
export const HV2_FQDN = 'hv-2.formation.lan';
/** Host FQDNs of the workgroup preset `branch-office-wan`. */
export const WG1_FQDN = 'hv-1.workgroup.local';
export const WG2_FQDN = 'hv-2.workgroup.local';
export const REPLICA_STORAGE = 'D:\\Replica';

export function lab(preset: PresetId): Engine {
  return createEngine(preset, { seed: 1 });
}

/** Runs a command that must succeed. */
export function run(engine: Engine, cmd: Command): void {
  const result = engine.execute(cmd);
  expect(result, `${cmd.type} should succeed`).toMatchObject({ ok: true });
}

/** Runs a command that must be refused with `code` (and at least `params`), leaving the lab exactly as it was. */
export function expectRejected(engine: Engine, cmd: Command, code: SimErrorCode, params: Record<string, string | number> = {}): void {
  const before = engine.snapshot();
  const result = engine.execute(cmd);
  expect(result).toMatchObject({ ok: false, error: { code, params } });
  expect(engine.snapshot()).toEqual(before);
}

export function vmIn(snap: Snapshot, host: string, name: string): Vm {
  const vm = snap.vms.find((v) => v.host === host && v.name === name);
  if (!vm) throw new Error(`No VM ${name} on ${host}`);
  return vm;
}

export function vmOf(engine: Engine, host: string, name: string): Vm {
  return vmIn(engine.snapshot(), host, name);
}

export function hostOf(engine: Engine, name: string): Host {
  const host = engine.snapshot().hosts.find((h) => h.name === name);
  if (!host) throw new Error(`No host ${name}`);
  return host;
}

/** The relationship a VM takes part in (as primary or replica). */
export function relOf(engine: Engine, host: string, name: string): Relationship {
  const snap = engine.snapshot();
  const key = vmIn(snap, host, name).key;
  const rel = snap.relationships.find((r) => r.primaryVm === key || r.replicaVm === key);
  if (!rel) throw new Error(`${name} on ${host} is not replicated`);
  return rel;
}

export function eventsWithId(engine: Engine, eventId: number): Snapshot['events'] {
  return engine.snapshot().events.filter((e) => e.eventId === eventId);
}

/** Advances minute by minute until `done` holds; fails the test when `maxMs` passes first. */
export function advanceUntil(engine: Engine, done: () => boolean, maxMs: number): void {
  const end = engine.now + maxMs;
  while (!done()) {
    if (engine.now >= end) throw new Error(`Condition not reached within ${maxMs / MINUTE} simulated minutes`);
    engine.advanceBy(MINUTE);
  }
}

/** `blank` with HV-2 enabled as a Replica server: Kerberos on port 80, any authenticated server, HTTP listener open. */
export function blankWithReplicaServer(): Engine {
  const engine = lab('blank');
  run(engine, { type: 'Set-VMReplicationServer', host: 'HV-2', replicationEnabled: true, kerberos: { enabled: true }, allowAnyServer: true, defaultStorageLocation: REPLICA_STORAGE });
  run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: true });
  return engine;
}

/** `blank` with HV-2 accepting only the servers of its authorization entries (none yet). */
export function blankWithSpecifiedServers(): Engine {
  const engine = lab('blank');
  run(engine, { type: 'Set-VMReplicationServer', host: 'HV-2', replicationEnabled: true, kerberos: { enabled: true } });
  run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: true });
  return engine;
}

/** Enable-VMReplication of HV-1's `vm` to HV-2 with Kerberos on port 80, plus `overrides`. */
export function enableCmd(overrides: Partial<EnableReplicationCommand> = {}): EnableReplicationCommand {
  return { type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm1', replicaServerName: HV2_FQDN, replicaServerPort: 80, authenticationType: 'Kerberos', ...overrides };
}

/** `blank` with Vm1 (or `overrides.vm`) replicating to HV-2, its initial copy finished just now. */
export function replicatingBlank(overrides: Partial<EnableReplicationCommand> = {}): Engine {
  const engine = blankWithReplicaServer();
  const cmd = enableCmd(overrides);
  run(engine, cmd);
  run(engine, { type: 'Start-VMInitialReplication', host: cmd.host, vm: cmd.vm });
  finishJob(engine, cmd.host, cmd.vm);
  return engine;
}

/** Advances to the end of the VM's running job (initial copy or resynchronisation). */
export function finishJob(engine: Engine, host: string, vm: string): void {
  const job = relOf(engine, host, vm).job;
  if (!job) throw new Error(`${vm} has no running job`);
  engine.advanceTo(job.endsAt);
}

/** `branch-office-wan` plus a fresh, unreplicated Vm3 on HV-1 (test setup edits the world directly). */
export function branchOfficeWithVm3(): Engine {
  const engine = lab('branch-office-wan');
  addVm(engine.world, 'HV-1', 'Vm3', 3);
  return engine;
}

export function thumbprintOf(engine: Engine, host: string): string {
  const cert = engine.world.hosts.get(host)?.certificates[0];
  if (!cert) throw new Error(`${host} has no certificate`);
  return cert.thumbprint;
}

/** Enable-VMReplication of branch-office HV-1's Vm3 to HV-2 over HTTPS with HV-1's certificate. */
export function certificateEnableCmd(engine: Engine, overrides: Partial<EnableReplicationCommand> = {}): EnableReplicationCommand {
  return enableCmd({ vm: 'Vm3', replicaServerName: WG2_FQDN, replicaServerPort: 443, authenticationType: 'Certificate', certificateThumbprint: thumbprintOf(engine, 'HV-1'), ...overrides });
}

/** Setup edit: installs a certificate in the host's store (defaults: valid for a year, issued to the host FQDN). */
export function installCertificate(engine: Engine, host: string, cert: Partial<Certificate> & { thumbprint: string }): void {
  const h = engine.world.hosts.get(host);
  if (!h) throw new Error(`No host ${host}`);
  h.certificates.push({ issuedTo: h.fqdn, issuedBy: 'Lab Root CA', notAfter: 365 * DAY, intendedPurposes: ['Server Authentication', 'Client Authentication'], ...cert });
}

/** Setup edit: the host's first certificate expires right now. */
export function expireCertificate(engine: Engine, host: string): void {
  const cert = engine.world.hosts.get(host)?.certificates[0];
  if (!cert) throw new Error(`${host} has no certificate`);
  cert.notAfter = engine.now;
}

/** Setup edit: leaves only `bytes` free on the host's D: volume. */
export function setReplicaVolumeFree(engine: Engine, host: string, bytes: number): void {
  const volume = engine.world.hosts.get(host)?.volumes.find((v) => v.drive === 'D:');
  if (!volume) throw new Error(`${host} has no D: volume`);
  volume.freeBytes = bytes;
}
