import type { Host, ReplicationSettings, Vm } from '../../protocol';
import { DEFAULT_AUTO_RESYNCHRONIZE } from '../../protocol/entities';
import { createRelationship } from '../commands/enableReplication';
import { DAY, GIB } from './units';
import { HEALTH_TICK_MS } from '../engine/constants';
import { EV, GLOBAL_SLOT } from '../engine/kinds';
import { setStates } from '../health/refresh';
import { relContext } from '../model/relations';
import type { World } from '../model/world';
import { scheduleMonitoring } from '../processes/monitoring';
import { startRecoveryPoints } from '../processes/recoveryPoints';
import { startCycles } from '../processes/replicationCycle';
import { joinPath } from '../processes/storage';
import { startWorkload } from '../processes/writes';

export interface HostSpec {
  name: string;
  domain: string | null;
  site: string;
  /** Replica server already configured (Kerberos/any server or certificate, per domain). */
  replicaServer?: boolean;
  certificate?: boolean;
  /** Size of the D: volume that receives replicas (the scale preset needs more). */
  replicaVolumeBytes?: number;
}

/** A Hyper-V host as the course material sets them up: C: for VMs, D: for replicas, one "LAN" switch. */
export function addHost(world: World, spec: HostSpec): Host {
  const fqdn = `${spec.name.toLowerCase()}.${spec.domain ?? 'workgroup.local'}`;
  const thumb = world.rng.guid(`cert:${spec.name}`).replace(/-/g, '').slice(0, 40).padEnd(40, '0');
  const host: Host = {
    name: spec.name,
    fqdn,
    domain: spec.domain,
    workgroup: spec.domain ? null : 'WORKGROUP',
    site: spec.site,
    power: 'On',
    volumes: [
      { drive: 'C:', capacityBytes: 500 * GIB, freeBytes: 320 * GIB },
      { drive: 'D:', capacityBytes: spec.replicaVolumeBytes ?? 2000 * GIB, freeBytes: (spec.replicaVolumeBytes ?? 2000 * GIB) - 200 * GIB },
    ],
    switches: ['LAN'],
    certificates: spec.certificate
      ? [{ thumbprint: thumb, issuedTo: fqdn, issuedBy: 'Lab Root CA', notAfter: 365 * DAY, intendedPurposes: ['Server Authentication', 'Client Authentication'] }]
      : [],
    firewall: { HTTP: !!spec.replicaServer && !!spec.domain, HTTPS: !!spec.replicaServer && !spec.domain },
    replicaServer: {
      enabled: !!spec.replicaServer,
      kerberos: { enabled: !!spec.replicaServer && !!spec.domain, port: 80 },
      certificate: { enabled: !!spec.replicaServer && !spec.domain, port: 443, thumbprint: spec.replicaServer && !spec.domain ? thumb : null },
      allowAnyServer: !!spec.replicaServer,
      defaultStorageLocation: spec.replicaServer ? 'D:\\Replica-par-defaut' : '',
      entries: [],
      monitoringIntervalHours: 12,
      monitoringStartMinutes: 9 * 60,
    },
  };
  world.addHost(host);
  scheduleMonitoring(world, host);
  return host;
}

/** A running VM with a seeded disk size and workload (its own random stream). */
export function addVm(world: World, hostName: string, name: string, index: number): Vm {
  const id = world.rng.guid(`vm:${hostName}:${name}`);
  const rng = world.rng.get(`vm-spec:${hostName}:${name}`);
  const writes = rng.range(4, 16);
  const vm: Vm = {
    key: `${hostName}:${id}`,
    id,
    name,
    host: hostName,
    state: 'Running',
    startedAt: world.now - rng.int(1, 72) * 3_600_000,
    processorCount: 2,
    cpuUsagePercent: rng.int(1, 15),
    memoryStartupMB: 2048,
    memoryAssignedMB: 2048,
    configurationVersion: '9.0',
    integrationServices: true,
    disks: [{ path: joinPath('C:\\VM', name, 'Virtual Hard Disks', `${name}.vhdx`), maxBytes: 40 * GIB, usedBytes: Math.round(rng.range(8, 14) * GIB) }],
    adapters: [{ name: 'Network Adapter', switchName: 'LAN', ipAddress: `192.168.10.${10 + (index % 240)}`, ipv6Address: '', failoverIpv4: null, failoverIpv6: null, testFailoverSwitch: null }],
    workload: { writesPerSecond: writes, baseWritesPerSecond: writes, writeSizeBytes: 8192, compressibility: rng.range(0.3, 0.6) },
    writeSeq: rng.int(10_000, 90_000),
    replicationMode: 'None',
    replicationState: 'Disabled',
    replicationHealth: 'NotApplicable',
    relationships: [],
  };
  world.addVm(vm);
  startWorkload(world, vm);
  return vm;
}

export function addLink(world: World, id: string, siteA: string, siteB: string, bandwidthBitsPerSec: number, latencyMs: number): void {
  world.links.set(id, { id, siteA, siteB, bandwidthBitsPerSec, latencyMs, up: true });
  world.touchLink(id);
}

/**
 * Replication already established and healthy, as if the initial copy had finished just before the lab
 * started: replica disks in place, replica holding the primary's writes, cycles running at a seeded phase.
 */
export function establishReplication(world: World, primary: Vm, replicaHost: Host, overrides: Partial<ReplicationSettings> = {}, type: 'Simple' | 'Extended' = 'Simple'): void {
  const storage = replicaHost.replicaServer.defaultStorageLocation || 'D:\\Replica-par-defaut';
  const certificate = replicaHost.replicaServer.certificate.enabled && !replicaHost.replicaServer.kerberos.enabled;
  const primaryHost = world.hosts.get(primary.host);
  const settings: ReplicationSettings = {
    replicaServer: replicaHost.fqdn,
    replicaServerPort: certificate ? 443 : 80,
    authenticationType: certificate ? 'Certificate' : 'Kerberos',
    certificateThumbprint: certificate ? (primaryHost?.certificates[0]?.thumbprint ?? null) : null,
    compressionEnabled: true,
    replicatedDisks: primary.disks.map((d) => d.path),
    frequencySec: 300,
    recoveryHistory: 0,
    vssSnapshotFrequencyHour: null,
    initialReplicationMethod: 'Network',
    ...DEFAULT_AUTO_RESYNCHRONIZE,
    ...overrides,
  };
  const replicaVm: Vm = {
    ...structuredClone(primary),
    key: `${replicaHost.name}:${primary.id}`,
    host: replicaHost.name,
    state: 'Off',
    startedAt: null,
    cpuUsagePercent: 0,
    memoryAssignedMB: 0,
    disks: primary.disks.map((d) => ({ ...d, path: joinPath(storage, 'Hyper-V Replica', 'Virtual hard disks', primary.id, d.path.split('\\').pop() ?? 'disk.vhdx') })),
    adapters: primary.adapters.map((a) => ({ ...a, switchName: null })),
    relationships: [],
  };
  world.addVm(replicaVm);
  const volume = replicaHost.volumes.find((v) => v.drive === storage.slice(0, 2).toUpperCase());
  if (volume) volume.freeBytes -= replicaVm.disks.reduce((s, d) => s + d.usedBytes, 0);
  const rel = createRelationship(world, primary, replicaVm, settings, 0);
  rel.type = type;
  const ctx = relContext(world, rel);
  if (!ctx) return;
  ctx.rt.tracking = true;
  ctx.rt.logFromSeq = primary.writeSeq;
  rel.appliedSeq = primary.writeSeq;
  ctx.rt.receivedSeq = primary.writeSeq;
  ctx.rt.receivedDataTime = world.now;
  rel.lastReplicationTime = world.now;
  rel.appliedDataTime = world.now;
  rel.pendingBytes = 0;
  setStates(world, rel, 'Replicating', 'Replicating');
  const phase = world.rng.get(`phase:${rel.primaryVm}`).int(1, settings.frequencySec * 1000);
  startCycles(world, rel, world.now + phase);
  startRecoveryPoints(world, rel);
}

export function startHealthTicks(world: World): void {
  world.schedule(world.now + HEALTH_TICK_MS, EV.HEALTH_TICK, GLOBAL_SLOT, 0);
}
