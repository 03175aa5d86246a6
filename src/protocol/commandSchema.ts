/**
 * One schema per command of the `Command` union, checked where a command enters the engine
 * (architecture.md "Input is checked where it enters"). The TypeScript `Command` type stays the source of
 * truth: a compile-time check below fails when a schema and its command type disagree.
 *
 * The schemas catch what PowerShell's binder would: wrong types, missing mandatory parameters, unknown
 * parameters, enum values outside their set, absurd text lengths and list sizes. Domain ranges that the
 * engine already refuses with the real Hyper-V message (ports, frequency, recovery points, start times,
 * prefix length, bandwidth…) are left to the engine, which also refuses NaN and ±Infinity there, so those
 * fields only have to be numbers here.
 *
 * Imported by the engine (worker bundle): `zod/mini` only.
 */
import * as z from 'zod/mini';
import type { Command, CommandType } from './commands';

/** Longest text a parameter may hold: far above any host name, VM name or Windows path. */
export const MAX_TEXT = 1024;
/** Most entries a list parameter may hold (a VM has at most 4 SCSI controllers × 64 disks + 4 IDE). */
export const MAX_LIST = 260;
/** Longest link latency the lab accepts (one minute: far beyond any real WAN). */
export const MAX_LATENCY_MS = 60_000;
/** Fastest link the lab accepts (1 Tbit/s). */
export const MAX_BANDWIDTH_BITS_PER_SEC = 1e12;

const text = () => z.string().check(z.maxLength(MAX_TEXT));
const nullableText = () => z.optional(z.nullable(text()));
const flag = () => z.optional(z.boolean());

/**
 * A number whose range the engine checks with its own Hyper-V error (NaN and ±Infinity included): only the
 * type is checked here. The custom issue carries its input reason for `checkCommand`.
 */
const engineNumber = () => z.custom<number>((v) => typeof v === 'number', { params: { reason: 'notNumber' } });

/** An engine-checked number that must also not exceed `max` (the engine refuses the low end, NaN and ±Infinity). */
const engineNumberUpTo = (min: number, max: number) =>
  engineNumber().check(z.refine((v) => !Number.isFinite(v) || v <= max, { params: { reason: 'outOfRange', min, max } }));

const vmRef = { host: text(), vm: text() };
const dryRunStage = () => z.optional(z.literal([true, false, 'server', 'connection', 'disks', 'schedule', 'all']));
const authenticationType = () => z.enum(['Kerberos', 'Certificate']);
/** `-ReplicationRelationshipType`: Simple (default) or the extended relationship of a chain's middle VM. */
const relationshipType = () => z.optional(z.enum(['Simple', 'Extended']));
const initialReplication = () =>
  z.optional(
    z.strictObject({
      method: z.enum(['Network', 'ExternalMedia', 'ExistingVm']),
      startTime: z.optional(z.nullable(engineNumber())),
      destinationPath: z.optional(text()),
    }),
  );

const ipBlock = { address: text(), defaultGateway: text(), preferredDns: text(), alternateDns: text() };
const failoverIpv4 = z.strictObject({ ...ipBlock, subnetMask: text() });
const failoverIpv6 = z.strictObject({ ...ipBlock, prefixLength: engineNumber() });

const command = <T extends CommandType, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

const vmCommand = <T extends CommandType>(type: T) => command(type, vmRef);

export const COMMAND_SCHEMAS = {
  'Start-VM': vmCommand('Start-VM'),
  'Stop-VM': command('Stop-VM', { ...vmRef, turnOff: flag() }),
  'Save-VM': vmCommand('Save-VM'),
  'Suspend-VM': vmCommand('Suspend-VM'),
  'Resume-VM': vmCommand('Resume-VM'),
  'Set-VMReplicationServer': command('Set-VMReplicationServer', {
    host: text(),
    replicationEnabled: flag(),
    kerberos: z.optional(z.strictObject({ enabled: z.boolean(), port: z.optional(engineNumber()) })),
    certificate: z.optional(z.strictObject({ enabled: z.boolean(), port: z.optional(engineNumber()), thumbprint: nullableText() })),
    allowAnyServer: flag(),
    defaultStorageLocation: z.optional(text()),
    monitoringIntervalHours: z.optional(engineNumber()),
    monitoringStartMinutes: z.optional(engineNumber()),
    dryRun: flag(),
  }),
  'New-VMReplicationAuthorizationEntry': command('New-VMReplicationAuthorizationEntry', {
    host: text(),
    allowedPrimaryServer: text(),
    replicaStorageLocation: text(),
    trustGroup: text(),
    dryRun: flag(),
  }),
  'Remove-VMReplicationAuthorizationEntry': command('Remove-VMReplicationAuthorizationEntry', { host: text(), allowedPrimaryServer: text() }),
  'Set-NetFirewallRule': command('Set-NetFirewallRule', { host: text(), rule: z.enum(['HTTP', 'HTTPS']), enabled: z.boolean() }),
  'Enable-VMReplication': command('Enable-VMReplication', {
    ...vmRef,
    replicaServerName: text(),
    replicaServerPort: engineNumber(),
    authenticationType: authenticationType(),
    certificateThumbprint: nullableText(),
    compressionEnabled: flag(),
    excludedDisks: z.optional(z.array(text()).check(z.maxLength(MAX_LIST))),
    frequencySec: z.optional(engineNumber()),
    recoveryHistory: z.optional(engineNumber()),
    vssSnapshotFrequencyHour: z.optional(z.nullable(engineNumber())),
    initialReplication: initialReplication(),
    dryRun: dryRunStage(),
  }),
  'Start-VMInitialReplication': command('Start-VMInitialReplication', {
    ...vmRef,
    startTime: z.optional(z.nullable(engineNumber())),
    destinationPath: z.optional(text()),
  }),
  'Suspend-VMReplication': command('Suspend-VMReplication', { ...vmRef, relationshipType: relationshipType() }),
  'Resume-VMReplication': command('Resume-VMReplication', {
    ...vmRef,
    resynchronize: flag(),
    resynchronizeStartTime: z.optional(z.nullable(engineNumber())),
    relationshipType: relationshipType(),
    continue: flag(),
  }),
  'Remove-VMReplication': command('Remove-VMReplication', { ...vmRef, relationshipType: relationshipType() }),
  'Reset-VMReplicationStatistics': command('Reset-VMReplicationStatistics', { ...vmRef, relationshipType: relationshipType() }),
  'Set-VMNetworkAdapterFailoverConfiguration': command('Set-VMNetworkAdapterFailoverConfiguration', {
    ...vmRef,
    ipv4: z.optional(z.nullable(failoverIpv4)),
    ipv6: z.optional(z.nullable(failoverIpv6)),
  }),
  'Set-VMNetworkAdapter': command('Set-VMNetworkAdapter', { ...vmRef, switchName: nullableText(), testReplicaSwitchName: nullableText() }),
  'Start-VMFailover': command('Start-VMFailover', {
    ...vmRef,
    prepare: flag(),
    asTest: flag(),
    recoveryPointId: nullableText(),
    startVm: flag(),
    reverse: flag(),
    dryRun: flag(),
  }),
  'Stop-VMFailover': vmCommand('Stop-VMFailover'),
  'Set-VMReplication': command('Set-VMReplication', {
    ...vmRef,
    reverse: flag(),
    asReplica: flag(),
    replicaServerName: z.optional(text()),
    replicaServerPort: z.optional(engineNumber()),
    authenticationType: z.optional(authenticationType()),
    certificateThumbprint: nullableText(),
    compressionEnabled: flag(),
    frequencySec: z.optional(engineNumber()),
    recoveryHistory: z.optional(engineNumber()),
    vssSnapshotFrequencyHour: z.optional(z.nullable(engineNumber())),
    autoResynchronizeEnabled: flag(),
    autoResynchronizeIntervalStart: z.optional(engineNumber()),
    autoResynchronizeIntervalEnd: z.optional(engineNumber()),
    initialReplication: initialReplication(),
    dryRun: dryRunStage(),
  }),
  'Import-VMInitialReplication': command('Import-VMInitialReplication', { ...vmRef, path: text() }),
  'Export-VM': command('Export-VM', { ...vmRef, path: text() }),
  'Import-VM': command('Import-VM', {
    host: text(),
    path: text(),
    mode: z.optional(z.enum(['Register', 'Restore', 'Copy'])),
    generateNewId: flag(),
    destinationPath: z.optional(text()),
    dryRun: flag(),
  }),
  'Complete-VMFailover': vmCommand('Complete-VMFailover'),
  'Move-VMStorage': command('Move-VMStorage', { ...vmRef, destinationStoragePath: text(), labLeaveSource: flag(), dryRun: flag() }),
  'Lab-CrashHost': command('Lab-CrashHost', { host: text() }),
  'Lab-PowerOnHost': command('Lab-PowerOnHost', { host: text() }),
  'Lab-SetLink': command('Lab-SetLink', {
    link: text(),
    up: flag(),
    bandwidthBitsPerSec: z.optional(engineNumberUpTo(1000, MAX_BANDWIDTH_BITS_PER_SEC)),
    latencyMs: z.optional(engineNumberUpTo(0, MAX_LATENCY_MS)),
  }),
} satisfies Record<CommandType, z.ZodMiniType>;

// ---- Compile-time check: each schema parses to exactly its command (`satisfies` above: one per type).

type CommandOf<K extends CommandType> = Extract<Command, { type: K }>;
/** Flattens intersections (`{ type } & VmRef`) so two spellings of one shape compare equal. */
type Normalize<T> = T extends object ? { [K in keyof T]: Normalize<T[K]> } : T;
type Identical<A, B> = (<T>() => T extends Normalize<A> ? 1 : 2) extends <T>() => T extends Normalize<B> ? 1 : 2 ? true : false;
type Mismatched = {
  [K in CommandType]: Identical<z.infer<(typeof COMMAND_SCHEMAS)[K]>, CommandOf<K>> extends true ? never : K;
}[CommandType];
/** Fails to compile, naming the command, when a schema accepts a different shape than its `Command` type. */
export const SCHEMAS_MATCH_COMMANDS: [Mismatched] extends [never] ? true : Mismatched = true;
