/**
 * Lab files and autosaves are untrusted input (architecture.md, "Input is checked where it enters"):
 * before one replaces the running lab it must pass, in this order,
 * 1. the caps of {@link LAB_LIMITS} (counts first, so an absurd file is refused without being walked);
 * 2. its shape: every field of every entity typed, enums valid, numbers finite and in range, dates valid;
 * 3. its meaning: names and keys unique, every reference resolved, the engine's bookkeeping complete;
 * 4. the engine's invariants (a replica never ahead of its primary, no negative free space…).
 * The first problem found is returned with its path in the file (`vms.3.host`) and an {@link InputReason}.
 */
import type { InputProblem } from '../../protocol/inputProblem';
import { LAB_LIMITS, labFileCapsProblem } from '../../protocol/labLimits';
import { EV } from '../engine/kinds';
import {
  at,
  bool,
  int,
  isPlainObject,
  list,
  literal,
  longName,
  name,
  nullable,
  num,
  obj,
  oneOf,
  optional,
  problem,
  record,
  str,
  tuple,
  type Check,
} from './labShape';

export const LAB_FILE_FORMAT = 'replica-lab';
export const LAB_FILE_VERSION = 1;

/** A lab file refused by {@link checkLabFile}: the error carries the problem for the page to translate. */
export class LabFileRefused extends Error {
  constructor(readonly problem: InputProblem) {
    super(`Not a Replica Lab file (version ${LAB_FILE_VERSION}): ${problem.path || 'root'}: ${problem.reason} ${JSON.stringify(problem.params)}`);
    this.name = 'LabFileRefused';
  }
}

// ---- value kinds -------------------------------------------------------------------------------

const MAX_INT = Number.MAX_SAFE_INTEGER;
const YEAR_MS = 365 * 86_400_000;
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
const labFileSchema = obj({
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

// ---- meaning -----------------------------------------------------------------------------------

/** What the shape check guarantees; the fields the meaning checks read. */
interface CheckedFile {
  now: number;
  counters: { nextSlot: number; nextRelId: number; nextPointId: number };
  hosts: { name: string; fqdn: string; site: string; volumes: { drive: string }[] }[];
  vms: { key: string; id: string; host: string; writeSeq: number; relationships: string[] }[];
  relationships: {
    id: string;
    primaryVm: string;
    replicaVm: string;
    primaryHost: string;
    replicaHost: string;
    appliedSeq: number;
    testVm: string | null;
    recoveryPoints: { id: string }[];
  }[];
  links: { id: string; siteA: string; siteB: string }[];
  sites: { name: string }[];
  runtime: {
    hosts: [string, { slot: number; waiting: string[] }][];
    vms: [string, { slot: number }][];
    relationships: [string, { slot: number }][];
    slots: [number, string][];
    linkActive: [string, number][];
  };
  queue: { events: { time: number; seq: number; slot: number }[]; nextSeq: number };
}

/** Indexes `items` by `keyOf`, returning the first duplicate's problem. */
function indexBy<T>(items: readonly T[], path: string, field: string, keyOf: (item: T) => string, fold = false): Map<string, number> | InputProblem {
  const index = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const raw = keyOf(items[i] as T);
    const key = fold ? raw.toLowerCase() : raw;
    if (index.has(key)) return problem(at(at(path, i), field), 'duplicate', { value: raw });
    index.set(key, i);
  }
  return index;
}

function checkMeaning(file: CheckedFile): InputProblem | null {
  const hostIndex = indexBy(file.hosts, 'hosts', 'name', (h) => h.name, true);
  if (!(hostIndex instanceof Map)) return hostIndex;
  const fqdnIndex = indexBy(file.hosts, 'hosts', 'fqdn', (h) => h.fqdn, true);
  if (!(fqdnIndex instanceof Map)) return fqdnIndex;
  const siteIndex = indexBy(file.sites, 'sites', 'name', (s) => s.name);
  if (!(siteIndex instanceof Map)) return siteIndex;
  const vmIndex = indexBy(file.vms, 'vms', 'key', (v) => v.key);
  if (!(vmIndex instanceof Map)) return vmIndex;
  const relIndex = indexBy(file.relationships, 'relationships', 'id', (r) => r.id);
  if (!(relIndex instanceof Map)) return relIndex;
  const linkIndex = indexBy(file.links, 'links', 'id', (l) => l.id);
  if (!(linkIndex instanceof Map)) return linkIndex;
  const hosts = new Set(file.hosts.map((h) => h.name));

  for (let i = 0; i < file.hosts.length; i++) {
    const host = file.hosts[i] as CheckedFile['hosts'][number];
    if (!siteIndex.has(host.site)) return problem(`hosts.${i}.site`, 'unknownSite', { value: host.site });
    const drives = indexBy(host.volumes, `hosts.${i}.volumes`, 'drive', (v) => v.drive, true);
    if (!(drives instanceof Map)) return drives;
  }
  for (let i = 0; i < file.links.length; i++) {
    const link = file.links[i] as CheckedFile['links'][number];
    if (!siteIndex.has(link.siteA)) return problem(`links.${i}.siteA`, 'unknownSite', { value: link.siteA });
    if (!siteIndex.has(link.siteB)) return problem(`links.${i}.siteB`, 'unknownSite', { value: link.siteB });
  }
  for (let i = 0; i < file.vms.length; i++) {
    const vm = file.vms[i] as CheckedFile['vms'][number];
    if (!hosts.has(vm.host)) return problem(`vms.${i}.host`, 'unknownHost', { value: vm.host });
    const expected = `${vm.host}:${vm.id}`;
    if (vm.key !== expected) return problem(`vms.${i}.key`, 'keyMismatch', { expected });
  }
  for (let i = 0; i < file.relationships.length; i++) {
    const rel = file.relationships[i] as CheckedFile['relationships'][number];
    const path = `relationships.${i}`;
    for (const [field, hostField] of [['primaryVm', 'primaryHost'], ['replicaVm', 'replicaHost']] as const) {
      const host = rel[hostField];
      if (!hosts.has(host)) return problem(`${path}.${hostField}`, 'unknownHost', { value: host });
      const v = vmIndex.get(rel[field]);
      if (v === undefined) return problem(`${path}.${field}`, 'unknownVm', { value: rel[field] });
      const vm = file.vms[v] as CheckedFile['vms'][number];
      if (vm.host !== host) return problem(`${path}.${hostField}`, 'mismatch', { other: `vms.${v}.host`, expected: vm.host });
      if (!vm.relationships.includes(rel.id)) return problem(`${path}.${field}`, 'mismatch', { other: `vms.${v}.relationships`, expected: rel.id });
    }
    if (rel.primaryVm === rel.replicaVm) return problem(`${path}.replicaVm`, 'duplicate', { value: rel.replicaVm });
    if (rel.testVm !== null && !vmIndex.has(rel.testVm)) return problem(`${path}.testVm`, 'unknownVm', { value: rel.testVm });
    const points = indexBy(rel.recoveryPoints, `${path}.recoveryPoints`, 'id', (p) => p.id);
    if (!(points instanceof Map)) return points;
    const primary = file.vms[vmIndex.get(rel.primaryVm) as number] as CheckedFile['vms'][number];
    if (rel.appliedSeq > primary.writeSeq) return problem(`${path}.appliedSeq`, 'replicaAhead', { value: rel.appliedSeq, max: primary.writeSeq });
  }
  for (let i = 0; i < file.vms.length; i++) {
    const vm = file.vms[i] as CheckedFile['vms'][number];
    for (let j = 0; j < vm.relationships.length; j++) {
      const id = vm.relationships[j] as string;
      const r = relIndex.get(id);
      if (r === undefined) return problem(`vms.${i}.relationships.${j}`, 'unknownRelationship', { value: id });
      const rel = file.relationships[r] as CheckedFile['relationships'][number];
      if (rel.primaryVm !== vm.key && rel.replicaVm !== vm.key) return problem(`vms.${i}.relationships.${j}`, 'mismatch', { other: `relationships.${r}`, expected: `${rel.primaryVm}, ${rel.replicaVm}` });
      if (vm.relationships.indexOf(id) !== j) return problem(`vms.${i}.relationships.${j}`, 'duplicate', { value: id });
    }
  }
  return checkRuntime(file, relIndex, linkIndex);
}

/** The engine's bookkeeping: one runtime entry per entity, slots unique and matching, queue events on known slots. */
function checkRuntime(file: CheckedFile, relIndex: Map<string, number>, linkIndex: Map<string, number>): InputProblem | null {
  const { runtime } = file;
  const slotKeys = new Map<number, string>();
  for (let i = 0; i < runtime.slots.length; i++) {
    const [slot, key] = runtime.slots[i] as [number, string];
    if (slotKeys.has(slot)) return problem(`runtime.slots.${i}.0`, 'duplicate', { value: slot });
    if (slot >= file.counters.nextSlot) return problem(`runtime.slots.${i}.0`, 'outOfRange', { min: 0, max: file.counters.nextSlot - 1 });
    slotKeys.set(slot, key);
  }
  const kinds = [
    ['hosts', 'unknownHost', file.hosts.map((h) => h.name)],
    ['vms', 'unknownVm', file.vms.map((v) => v.key)],
    ['relationships', 'unknownRelationship', file.relationships.map((r) => r.id)],
  ] as const;
  const usedSlots = new Set<number>();
  for (const [kind, unknown, keys] of kinds) {
    const known = new Set<string>(keys);
    const entries = runtime[kind] as [string, { slot: number }][];
    const seen = new Set<string>();
    for (let i = 0; i < entries.length; i++) {
      const [key, rt] = entries[i] as [string, { slot: number }];
      const path = `runtime.${kind}.${i}`;
      if (!known.has(key)) return problem(`${path}.0`, unknown, { value: key });
      if (seen.has(key)) return problem(`${path}.0`, 'duplicate', { value: key });
      seen.add(key);
      if (slotKeys.get(rt.slot) !== key) return problem(`${path}.1.slot`, 'unknownSlot', { value: rt.slot });
      if (usedSlots.has(rt.slot)) return problem(`${path}.1.slot`, 'duplicate', { value: rt.slot });
      usedSlots.add(rt.slot);
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!seen.has(key)) return problem(`${kind}.${i}`, 'missingState', { value: key });
    }
  }
  for (let i = 0; i < runtime.hosts.length; i++) {
    const waiting = (runtime.hosts[i] as [string, { waiting: string[] }])[1].waiting;
    for (let j = 0; j < waiting.length; j++) {
      if (!relIndex.has(waiting[j] as string)) return problem(`runtime.hosts.${i}.1.waiting.${j}`, 'unknownRelationship', { value: waiting[j] as string });
    }
  }
  for (let i = 0; i < runtime.linkActive.length; i++) {
    const [id] = runtime.linkActive[i] as [string, number];
    if (!linkIndex.has(id)) return problem(`runtime.linkActive.${i}.0`, 'unknownLink', { value: id });
  }
  const seqs = new Set<number>();
  for (let i = 0; i < file.queue.events.length; i++) {
    const ev = file.queue.events[i] as CheckedFile['queue']['events'][number];
    const path = `queue.events.${i}`;
    if (ev.time < file.now) return problem(`${path}.time`, 'outOfRange', { min: file.now, max: 100 * YEAR_MS });
    if (ev.seq >= file.queue.nextSeq) return problem(`${path}.seq`, 'outOfRange', { min: 0, max: file.queue.nextSeq - 1 });
    if (seqs.has(ev.seq)) return problem(`${path}.seq`, 'duplicate', { value: ev.seq });
    seqs.add(ev.seq);
    if (ev.slot >= file.counters.nextSlot) return problem(`${path}.slot`, 'unknownSlot', { value: ev.slot });
  }
  return null;
}

/**
 * The first problem of a lab file, or null when it may replace the running lab. Never throws, and
 * refuses a file over the caps without reading its entities.
 */
export function checkLabFile(input: unknown): InputProblem | null {
  if (!isPlainObject(input)) return problem('', 'notLabFile');
  if (input.format !== LAB_FILE_FORMAT) return problem('format', 'notLabFile');
  const capped = labFileCapsProblem(input);
  if (capped) return capped;
  const shape = labFileSchema(input, '');
  if (shape) return shape;
  return checkMeaning(input as unknown as CheckedFile);
}
