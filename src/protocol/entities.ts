import type {
  AuthenticationType,
  EventLevel,
  HostPower,
  InitialReplicationMethod,
  RelationshipType,
  ReplicationHealth,
  ReplicationMode,
  ReplicationState,
  VmState,
} from './enums';

/** Simulated time: integer milliseconds since the lab's start date. */
export type SimTime = number;

export interface Volume {
  /** Drive root, e.g. `C:` or `D:`. */
  drive: string;
  capacityBytes: number;
  freeBytes: number;
}

export interface Certificate {
  thumbprint: string;
  /** Subject CN; must equal the host FQDN to be usable. */
  issuedTo: string;
  issuedBy: string;
  /** Expiration, in simulated time (may be negative: expired before the lab started). */
  notAfter: SimTime;
  /** Enhanced key usages; replication needs Client and Server Authentication. */
  intendedPurposes: string[];
}

export interface AuthorizationEntry {
  /** FQDN pattern; `*` allowed only as the whole first label (`*.contoso.com`). */
  allowedPrimaryServer: string;
  storageLocation: string;
  trustGroup: string;
}

/** `Get-VMReplicationServer` plus its authorization entries. */
export interface ReplicaServerConfig {
  enabled: boolean;
  kerberos: { enabled: boolean; port: number };
  certificate: { enabled: boolean; port: number; thumbprint: string | null };
  allowAnyServer: boolean;
  defaultStorageLocation: string;
  entries: AuthorizationEntry[];
  /** Monitoring interval in hours (1 h … 7 days), default 12. */
  monitoringIntervalHours: number;
  /** Start of the monitoring interval, minutes after midnight; default 09:00. */
  monitoringStartMinutes: number;
}

export interface Host {
  name: string;
  fqdn: string;
  /** AD domain, or null for a workgroup host. */
  domain: string | null;
  workgroup: string | null;
  site: string;
  power: HostPower;
  volumes: Volume[];
  switches: string[];
  certificates: Certificate[];
  /** Inbound firewall rules "Hyper-V Replica HTTP/HTTPS Listener (TCP-In)". */
  firewall: { HTTP: boolean; HTTPS: boolean };
  replicaServer: ReplicaServerConfig;
}

export interface VirtualDisk {
  path: string;
  maxBytes: number;
  usedBytes: number;
}

export interface FailoverIpv4 {
  address: string;
  subnetMask: string;
  defaultGateway: string;
  preferredDns: string;
  alternateDns: string;
}

/** Failover TCP/IP, IPv6 block (`-IPv6Address -IPv6SubnetPrefixLength …`). */
export interface FailoverIpv6 {
  address: string;
  /** Subnet prefix length, 1–128. */
  prefixLength: number;
  defaultGateway: string;
  preferredDns: string;
  alternateDns: string;
}

export interface NetworkAdapter {
  name: string;
  /** Connected switch, or null for "Not connected". */
  switchName: string | null;
  ipAddress: string;
  /** IPv6 address in use ('' = none), e.g. once the guest applied a Failover TCP/IP IPv6 scheme. */
  ipv6Address: string;
  /** Failover TCP/IP (IPv4); null when not configured. */
  failoverIpv4: FailoverIpv4 | null;
  /** Failover TCP/IP (IPv6); null when not configured. */
  failoverIpv6: FailoverIpv6 | null;
  /** Switch for the test-failover VM ("Test Failover" node); null = Not connected. */
  testFailoverSwitch: string | null;
}

export interface Workload {
  /** Current write rate (writes per second); follows a seeded random walk while the VM runs. */
  writesPerSecond: number;
  /** Long-run mean the random walk returns to. */
  baseWritesPerSecond: number;
  /** Bytes per write. */
  writeSizeBytes: number;
  /** Fraction of a change log that compression removes (0–1). */
  compressibility: number;
}

export interface Vm {
  /** Unique entity key in the lab: `<host>:<id>` (a replica keeps the primary's VM id). */
  key: string;
  /** Hyper-V VM id (GUID). */
  id: string;
  name: string;
  host: string;
  state: VmState;
  /** Simulated time the VM last started, or null when not running. */
  startedAt: SimTime | null;
  processorCount: number;
  cpuUsagePercent: number;
  memoryStartupMB: number;
  memoryAssignedMB: number;
  configurationVersion: string;
  integrationServices: boolean;
  disks: VirtualDisk[];
  adapters: NetworkAdapter[];
  workload: Workload;
  /** Monotonic count of writes committed on this VM's disks (think: transactions). */
  writeSeq: number;
  replicationMode: ReplicationMode;
  replicationState: ReplicationState;
  replicationHealth: ReplicationHealth;
  /** Relationship ids this VM takes part in (two on the middle host of a chain). */
  relationships: string[];
  /** The running `Move-VMStorage` job, if any (absent in older lab files = none). */
  storageMove?: StorageMove | null;
}

/** A storage move in progress: the VM's files are copied to `destinationPath`, then the source is released. */
export interface StorageMove {
  startedAt: SimTime;
  endsAt: SimTime;
  bytes: number;
  destinationPath: string;
  /** Lab option: the old VHDs stay on the source volume, their space still used. */
  leaveSource: boolean;
}

/** Resynchronization defaults of a new relationship: automatic, during off-peak hours 18:30–06:00 (reference §5.4). */
export const DEFAULT_AUTO_RESYNCHRONIZE = {
  autoResynchronizeEnabled: true,
  autoResynchronizeIntervalStart: 18 * 3600 + 30 * 60,
  autoResynchronizeIntervalEnd: 6 * 3600,
} as const;

/** `AutoResynchronizeIntervalEnd` of "Automatically start resynchronization" (any time: 00:00:00–23:59:59). */
export const RESYNC_ANY_TIME_END = 86_399;

export interface ReplicationSettings {
  replicaServer: string;
  replicaServerPort: number;
  authenticationType: AuthenticationType;
  certificateThumbprint: string | null;
  compressionEnabled: boolean;
  /** Paths of the replicated disks. */
  replicatedDisks: string[];
  frequencySec: 30 | 300 | 900;
  /** Additional hourly recovery points (0 = latest only). */
  recoveryHistory: number;
  /** Application-consistent snapshot frequency in hours, or null. */
  vssSnapshotFrequencyHour: number | null;
  initialReplicationMethod: InitialReplicationMethod;
  /**
   * Resynchronization page (`-AutoResynchronizeEnabled`): false = "Manually start resynchronization";
   * true = start it automatically, inside the interval below.
   */
  autoResynchronizeEnabled: boolean;
  /** `-AutoResynchronizeIntervalStart`, seconds after midnight (default 18:30; 0 with end 86399 = any time). */
  autoResynchronizeIntervalStart: number;
  /** `-AutoResynchronizeIntervalEnd`, seconds after midnight (default 06:00; may be before the start: the window spans midnight). */
  autoResynchronizeIntervalEnd: number;
}

/**
 * A relationship's settings with the Enable Replication wizard's defaults (Kerberos on port 80, compression,
 * 5-minute frequency, latest point only, initial copy over the network, automatic off-peak resync).
 */
export function defaultReplicationSettings(replicaServer: string, replicatedDisks: string[] = []): ReplicationSettings {
  return {
    replicaServer,
    replicaServerPort: 80,
    authenticationType: 'Kerberos',
    certificateThumbprint: null,
    compressionEnabled: true,
    replicatedDisks,
    frequencySec: 300,
    recoveryHistory: 0,
    vssSnapshotFrequencyHour: null,
    initialReplicationMethod: 'Network',
    ...DEFAULT_AUTO_RESYNCHRONIZE,
  };
}

/** Raw counters of the current monitoring interval (Msvm_ReplicationStatistics). */
export interface ReplicationStatistics {
  startTime: SimTime;
  successCount: number;
  missCount: number;
  sizeBytes: number;
  maxSizeBytes: number;
  latencySumMs: number;
  maxLatencyMs: number;
  networkFailureCount: number;
  replicationFailureCount: number;
  appConsistentFailureCount: number;
}

export interface RecoveryPoint {
  id: string;
  time: SimTime;
  /** Write sequence the point holds: failing over to it restores exactly these writes. */
  writeSeq: number;
  /**
   * Primary time of the newest data the point holds: when the last log applied before it was closed on the
   * primary (its log switch). Its writes are all at or before this time; a crash loses what came after.
   */
  dataTime: SimTime;
  applicationConsistent: boolean;
}

/** A long operation with progress (initial copy, resynchronisation…). */
export interface Job {
  kind: 'InitialReplication' | 'Resynchronization' | 'Export' | 'Import';
  startedAt: SimTime;
  /** Simulated time the job will end if nothing fails. */
  endsAt: SimTime;
  bytes: number;
}

export interface Relationship {
  id: string;
  type: RelationshipType;
  primaryVm: string;
  replicaVm: string;
  primaryHost: string;
  replicaHost: string;
  settings: ReplicationSettings;
  primaryState: ReplicationState;
  replicaState: ReplicationState;
  primaryHealth: ReplicationHealth;
  replicaHealth: ReplicationHealth;
  /** Message keys (+params) explaining a non-Normal health (ReplicationHealthDetails). */
  healthDetails: EventMessage[];
  stats: ReplicationStatistics;
  /** Bytes tracked on the primary and not yet applied on the replica (current + queued logs). */
  pendingBytes: number;
  /** Write sequence the replica holds. */
  appliedSeq: number;
  /** Time the replica last received and applied a log ("Last synchronized at", LastReplicationTime); null before IR. */
  lastReplicationTime: SimTime | null;
  /**
   * Primary time of the newest data the replica holds: when the last applied log was closed on the primary
   * (its log switch; the start of the copy after an initial replication or resynchronisation); null before IR.
   */
  appliedDataTime: SimTime | null;
  /** Time of the next scheduled initial replication start, when scheduled. */
  scheduledStart: SimTime | null;
  job: Job | null;
  recoveryPoints: RecoveryPoint[];
  /** Consecutive failed send attempts (0 while healthy). */
  consecutiveFailures: number;
  enabledAt: SimTime;
  /** Key of the "<VM> - Test" VM while a test failover runs on the replica. */
  testVm: string | null;
  lastTestFailoverTime: SimTime | null;
  /** Set by a failover on the replica; what the failed-over VM holds and what was lost. */
  failover: FailoverRecord | null;
  /** Folder holding the initial copy exported to external media (`<path>\\<VM>_<VM id>`), once exported. */
  exportPath: string | null;
}

/** The data-loss account of a failover (zero after a planned one). */
export interface FailoverRecord {
  kind: 'Planned' | 'Unplanned';
  time: SimTime;
  /** Recovery point failed over to (null = latest). */
  recoveryPointId: string | null;
  /** When the recovery point failed over to was made (the latest: when its last log was applied). */
  pointTime: SimTime;
  /**
   * Primary time of the newest data the VM restarted from (the point's {@link RecoveryPoint.dataTime}):
   * the data-loss window runs from here to {@link FailoverRecord.primaryLastWriteTime}.
   */
  dataTime: SimTime;
  /** Write sequence the failed-over VM starts from. */
  restoredSeq: number;
  /** Last write committed on the primary before it stopped. */
  primarySeq: number;
  /** When the primary committed that last write. */
  primaryLastWriteTime: SimTime;
  lostWrites: number;
  lostBytes: number;
}

export interface Site {
  name: string;
}

export interface Link {
  id: string;
  /** Sites it joins; equal for a site's LAN. */
  siteA: string;
  siteB: string;
  bandwidthBitsPerSec: number;
  latencyMs: number;
  up: boolean;
}

export interface EventMessage {
  key: string;
  params: Record<string, string | number>;
}

/** One entry of the simulated Hyper-V-VMMS Admin log. */
export interface LabEvent extends EventMessage {
  seq: number;
  eventId: number;
  level: EventLevel;
  time: SimTime;
  host: string;
  vm: string | null;
}

/**
 * A VM exported with Export-VM: the folder `<path>` (= `<chosen folder>\<VM name>`) holding its
 * configuration (with its unique ID) and its virtual hard disks. The lab treats export folders as reachable
 * from every host (as if copied or shared), so Import-VM on another host finds them by path.
 */
export interface VmExport {
  path: string;
  /** Host that wrote the export (its volume holds the files). */
  host: string;
  /** When the export was written. */
  exportedAt: SimTime;
  /** The VM as exported: id, name, configuration and disks (paths inside the export folder). */
  vm: Vm;
}
