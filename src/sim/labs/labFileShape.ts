/**
 * The shape of a saved lab, field by field: every entity typed, enums valid, numbers finite and in range,
 * dates valid (step 2 of {@link checkLabFile} in labCheck.ts; the checkers themselves are in labShape.ts).
 */
import { LAB_LIMITS } from '../../protocol/labLimits';
import { EV } from '../engine/kinds';
import { bool, int, list, literal, longName, name, nullable, num, obj, oneOf, optional, problem, record, str, tuple, type Check } from './labShape';

export const LAB_FILE_FORMAT = 'replica-lab';
export const LAB_FILE_VERSION = 1;

// ---- value kinds -------------------------------------------------------------------------------

const MAX_INT = Number.MAX_SAFE_INTEGER;
export const YEAR_MS = 365 * 86_400_000;
/** Any simulated time stored in a lab (certificate expiry, job ends, recovery points…): ±100 years. */
const time = num(-100 * YEAR_MS, 100 * YEAR_MS);
const bytes = num(0, MAX_INT);
const count = int(0, MAX_INT);
const text = str();
const port = int(1, 65_535);
const secondsOfDay = int(0, 86_399);
const small = LAB_LIMITS.listItems;

const VM_STATES = ['Running', 'Off', 'Saved', 'Paused', 'Starting', 'Stopping'] as const;
const REPLICATION_MODES = ['None', 'Primary', 'Replica', 'ExtendedReplica', 'TestReplica'] as const;
const REPLICATION_STATES = [
  'Disabled',
  'ReadyForInitialReplication',
  'InitialReplicationInProgress',
  'WaitingForInitialReplication',
  'Replicating',
  'PreparedForFailover',
  'FailedOverWaitingCompletion',
  'FailedOver',
  'Suspended',
  'Error',
  'WaitingForStartResynchronize',
  'Resynchronizing',
  'ResynchronizeSuspended',
] as const;
const HEALTHS = ['NotApplicable', 'Normal', 'Warning', 'Critical'] as const;
const EVENT_LEVELS = ['Information', 'Warning', 'Error'] as const;
const EVENT_KINDS: readonly number[] = Object.values(EV);

/** A message parameter: text or a finite number. */
const paramValue: Check = (v, path) => (typeof v === 'number' ? num(-Number.MAX_VALUE, Number.MAX_VALUE)(v, path) : text(v, path));
const params = record(paramValue, 64);
const eventMessage = obj({ key: name, params });

// ---- entities ----------------------------------------------------------------------------------

const hostSchema = obj({
  name,
  fqdn: str(255),
  domain: nullable(str(255)),
  workgroup: nullable(str(255)),
  site: name,
  power: oneOf(['On', 'Crashed']),
  volumes: list(obj({ drive: (v, p) => (typeof v === 'string' && /^[A-Za-z]:$/.test(v) ? null : problem(p, 'invalid')), capacityBytes: bytes, freeBytes: bytes }), 26),
  switches: list(name, small),
  certificates: list(
    obj({ thumbprint: str(256), issuedTo: str(255), issuedBy: str(255), notAfter: time, intendedPurposes: list(str(256), 16) }),
    small,
  ),
  firewall: obj({ HTTP: bool, HTTPS: bool }),
  replicaServer: obj({
    enabled: bool,
    kerberos: obj({ enabled: bool, port }),
    certificate: obj({ enabled: bool, port, thumbprint: nullable(str(256)) }),
    allowAnyServer: bool,
    defaultStorageLocation: text,
    entries: list(obj({ allowedPrimaryServer: str(255), storageLocation: text, trustGroup: str(256) }), small),
    monitoringIntervalHours: oneOf([1, 2, 3, 4, 6, 8, 12, 24, 48, 72, 96, 120, 144, 168]),
    monitoringStartMinutes: int(0, 1439),
  }),
});

const ipv4 = obj({ address: str(64), subnetMask: str(64), defaultGateway: str(64), preferredDns: str(64), alternateDns: str(64) });
const ipv6 = obj({ address: str(64), prefixLength: int(1, 128), defaultGateway: str(64), preferredDns: str(64), alternateDns: str(64) });

const vmSchema = obj({
  key: str(2 * LAB_LIMITS.nameChars + 1),
  id: name,
  name,
  host: name,
  state: oneOf(VM_STATES),
  startedAt: nullable(time),
  processorCount: int(1, 1024),
  cpuUsagePercent: num(0, 100),
  memoryStartupMB: num(0, 1 << 30),
  memoryAssignedMB: num(0, 1 << 30),
  configurationVersion: str(64),
  integrationServices: bool,
  disks: list(obj({ path: text, maxBytes: bytes, usedBytes: bytes }), small),
  adapters: list(
    obj({
      name: str(256),
      switchName: nullable(str(256)),
      ipAddress: str(64),
      ipv6Address: optional(str(64)),
      failoverIpv4: nullable(ipv4),
      failoverIpv6: optional(nullable(ipv6)),
      testFailoverSwitch: nullable(str(256)),
    }),
    small,
  ),
  workload: obj({ writesPerSecond: num(0, 1e6), baseWritesPerSecond: num(0, 1e6), writeSizeBytes: num(0, 1 << 30), compressibility: num(0, 1) }),
  writeSeq: count,
  replicationMode: oneOf(REPLICATION_MODES),
  replicationState: oneOf(REPLICATION_STATES),
  replicationHealth: oneOf(HEALTHS),
  relationships: list(name, 8),
  storageMove: optional(nullable(obj({ startedAt: time, endsAt: time, bytes, destinationPath: text, leaveSource: bool }))),
});

const relationshipSchema = obj({
  id: name,
  type: oneOf(['Simple', 'Extended']),
  primaryVm: str(2 * LAB_LIMITS.nameChars + 1),
  replicaVm: str(2 * LAB_LIMITS.nameChars + 1),
  primaryHost: name,
  replicaHost: name,
  settings: obj({
    replicaServer: str(255),
    replicaServerPort: port,
    authenticationType: oneOf(['Kerberos', 'Certificate']),
    certificateThumbprint: nullable(str(256)),
    compressionEnabled: bool,
    replicatedDisks: list(text, small),
    frequencySec: oneOf([30, 300, 900]),
    recoveryHistory: int(0, 24),
    vssSnapshotFrequencyHour: nullable(int(1, 12)),
    initialReplicationMethod: oneOf(['Network', 'ExternalMedia', 'ExistingVm']),
    autoResynchronizeEnabled: optional(bool),
    autoResynchronizeIntervalStart: optional(secondsOfDay),
    autoResynchronizeIntervalEnd: optional(secondsOfDay),
  }),
  primaryState: oneOf(REPLICATION_STATES),
  replicaState: oneOf(REPLICATION_STATES),
  primaryHealth: oneOf(HEALTHS),
  replicaHealth: oneOf(HEALTHS),
  healthDetails: list(eventMessage, 64),
  stats: obj({
    startTime: time,
    successCount: count,
    missCount: count,
    sizeBytes: bytes,
    maxSizeBytes: bytes,
    latencySumMs: num(0, MAX_INT),
    maxLatencyMs: num(0, MAX_INT),
    networkFailureCount: count,
    replicationFailureCount: count,
    appConsistentFailureCount: count,
  }),
  pendingBytes: bytes,
  appliedSeq: count,
  lastReplicationTime: nullable(time),
  appliedDataTime: optional(nullable(time)),
  scheduledStart: nullable(time),
  job: nullable(obj({ kind: oneOf(['InitialReplication', 'Resynchronization', 'Export', 'Import']), startedAt: time, endsAt: time, bytes })),
  recoveryPoints: list(obj({ id: name, time, writeSeq: count, dataTime: optional(time), applicationConsistent: bool }), small),
  consecutiveFailures: count,
  enabledAt: time,
  testVm: nullable(str(2 * LAB_LIMITS.nameChars + 1)),
  lastTestFailoverTime: nullable(time),
  failover: nullable(
    obj({
      kind: oneOf(['Planned', 'Unplanned']),
      time,
      recoveryPointId: nullable(name),
      pointTime: time,
      dataTime: optional(time),
      restoredSeq: count,
      primarySeq: count,
      primaryLastWriteTime: time,
      lostWrites: count,
      lostBytes: bytes,
    }),
  ),
  exportPath: nullable(text),
});

const linkSchema = obj({ id: name, siteA: name, siteB: name, bandwidthBitsPerSec: num(1, 1e15), latencyMs: num(0, 3_600_000), up: bool });
const siteSchema = obj({ name });

const slot = int(0, 2 ** 31 - 1);
const int32 = int(-(2 ** 31), 2 ** 31 - 1);
const hostRuntime = obj({ slot, activeTransfers: int(0, MAX_INT), waiting: list(name, LAB_LIMITS.relationships), monitorGen: int32 });
const vmRuntime = obj({ slot, writeAcc: num(0, MAX_INT), accountedTo: time, lastWriteAt: time, workloadGen: int32 });
const relRuntime = obj({
  slot,
  gens: list(int32, 64),
  logFromSeq: count,
  queuedLogs: count,
  queuedBytes: bytes,
  queuedSeqTo: count,
  queuedFirstSwitch: time,
  queuedLastSwitch: time,
  inflight: bool,
  inflightBytes: bytes,
  inflightWireBytes: bytes,
  inflightSeqTo: count,
  inflightFirstSwitch: time,
  inflightLastSwitch: time,
  waitingSlot: bool,
  retryPending: bool,
  receivedSeq: count,
  receivedAt: time,
  receivedDataTime: optional(time),
  pointsSinceVss: count,
  jobSeq: count,
  jobDataTime: optional(time),
  tracking: bool,
  uncleanShutdown: bool,
  pausedJobRemainingMs: num(0, 100 * YEAR_MS),
});

const labEvent = obj({
  key: name,
  params,
  seq: count,
  eventId: int(0, 1_000_000),
  level: oneOf(EVENT_LEVELS),
  time,
  host: str(LAB_LIMITS.nameChars),
  vm: nullable(str(LAB_LIMITS.nameChars)),
});

const startDate: Check = (v, path) => {
  if (typeof v !== 'string') return problem(path, 'notString');
  // ISO 8601 with a time and a zone, as exportLab writes it (Date.parse alone accepts far too much).
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(v)) return problem(path, 'invalidDate');
  const ms = Date.parse(v);
  if (!Number.isFinite(ms) || ms < Date.UTC(1970, 0, 1) || ms > Date.UTC(2200, 0, 1)) return problem(path, 'invalidDate');
  return null;
};

const entry = (value: Check): Check => tuple([name, value]);

/** The whole file's shape; counts are checked by `list` before any item is read. */
export const labFileSchema = obj({
  format: literal(LAB_FILE_FORMAT, 'notLabFile'),
  version: (v, path) => (v === LAB_FILE_VERSION ? null : problem(path, 'wrongVersion', { version: typeof v === 'number' || typeof v === 'string' ? v : '?', expected: LAB_FILE_VERSION })),
  labId: name,
  seed: int(-MAX_INT, MAX_INT),
  startDate,
  now: num(0, LAB_LIMITS.maxNowMs),
  counters: obj({ version: count, nextSlot: int(1, 2 ** 31 - 1), nextRelId: int(1, MAX_INT), nextPointId: int(1, MAX_INT) }),
  hosts: list(hostSchema, LAB_LIMITS.hosts),
  vms: list(vmSchema, LAB_LIMITS.vms),
  relationships: list(relationshipSchema, LAB_LIMITS.relationships),
  links: list(linkSchema, LAB_LIMITS.links),
  sites: list(siteSchema, LAB_LIMITS.sites),
  exports: optional(list(obj({ path: text, host: name, exportedAt: time, vm: vmSchema }), LAB_LIMITS.vms)),
  runtime: obj({
    hosts: list(entry(hostRuntime), LAB_LIMITS.hosts),
    vms: list(entry(vmRuntime), LAB_LIMITS.vms),
    relationships: list(entry(relRuntime), LAB_LIMITS.relationships),
    slots: list(tuple([slot, str(2 * LAB_LIMITS.nameChars + 1)]), LAB_LIMITS.hosts + LAB_LIMITS.vms + LAB_LIMITS.relationships),
    linkActive: list(entry(int(0, MAX_INT)), LAB_LIMITS.links),
  }),
  queue: obj({
    events: list(obj({ time, seq: count, kind: oneOf(EVENT_KINDS), slot, gen: int32 }), LAB_LIMITS.queuedEvents),
    nextSeq: count,
  }),
  rng: record(tuple([int32u(), int32u(), int32u(), int32u()]), LAB_LIMITS.randomStreams, longName),
  log: obj({ events: list(labEvent, LAB_LIMITS.logEvents), nextSeq: int(1, MAX_INT), hash: int(0, 2 ** 32 - 1) }),
});

/** A 32-bit word of a random stream's state (stored signed or unsigned). */
function int32u(): Check {
  return int(-(2 ** 31), 2 ** 32 - 1);
}
