/**
 * Valid payloads for every command type, over the names the preset labs use plus a few that resolve to
 * nothing: the starting point of the malformed-command fuzzing (commandFuzz.ts mutates them).
 */
import fc from 'fast-check';
import type { Command, CommandType } from '../../protocol';
import { COMMAND_SCHEMAS } from '../../protocol/commandSchema';
export const COMMAND_TYPES = Object.keys(COMMAND_SCHEMAS) as CommandType[];

// Names from the presets, plus some that exist nowhere, so valid payloads reach deep into the engine.
const HOSTS = ['HV-1', 'HV-2', 'HV-1', 'HV-2', 'HV-3', 'hv-2.formation.lan', 'HV-9'];
const VMS = ['Vm1', 'Vm2', 'Vm3', 'Vm4', 'Vm1', 'Vm2', 'Vm1 - Test', 'Nope'];
const LINKS = ['lan-siege', 'lan-secours', 'wan-siege-secours', 'nope'];
const SERVERS = ['hv-2.formation.lan', 'hv-3.formation.lan', 'hv-1.formation.lan', 'HV-2', 'unknown.lan', ''];
const PATHS = ['C:\\Export', 'D:\\Replica', 'D:\\Media', 'Z:\\nowhere', 'C:\\VM\\Vm1\\Virtual Hard Disks\\Vm1.vhdx', 'not a path'];
const SWITCHES = ['LAN', 'nope'];
const POINTS = ['rp-1', 'rp-2', 'rp-5', 'nope'];
const IPV4 = ['10.0.0.5', '255.255.255.0', '10.0.0.1', '', '999.1.1.1', '0.0.0.0'];
const THUMBPRINTS = ['0123456789ABCDEF0123456789ABCDEF01234567', '', 'nope'];
const IPV6 = ['2001:db8::5', 'fe80::1', '', '::', 'zz::1'];

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
export const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const bool = fc.boolean();
const num = (min: number, max: number) => fc.oneof(fc.integer({ min, max }), pick([Number.NaN, 1.5]));
const time = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 10 * 86_400_000 }));
const ref = { host: pick(HOSTS), vm: pick(VMS) };
const ir = fc.record({ method: pick(['Network', 'ExternalMedia', 'ExistingVm'] as const), startTime: opt(time), destinationPath: opt(pick(PATHS)) }, { requiredKeys: ['method'] });
const dryRun = opt(pick([true, false, 'server', 'connection', 'disks', 'schedule', 'all'] as const));

type Valid = { [K in CommandType]: fc.Arbitrary<Extract<Command, { type: K }>> };
const vmOnly = <K extends CommandType>(type: K) => fc.record({ type: fc.constant(type), ...ref });

/** A well-typed payload per command type (it may still be refused by the engine: that is checked too). */
export const VALID: Valid = {
  'Start-VM': vmOnly('Start-VM'),
  'Stop-VM': fc.record({ type: fc.constant('Stop-VM'), ...ref, turnOff: bool }, { requiredKeys: ['type', 'host', 'vm'] }),
  'Save-VM': vmOnly('Save-VM'),
  'Suspend-VM': vmOnly('Suspend-VM'),
  'Resume-VM': vmOnly('Resume-VM'),
  'Set-VMReplicationServer': fc.record(
    {
      type: fc.constant('Set-VMReplicationServer'),
      host: pick(HOSTS),
      replicationEnabled: bool,
      kerberos: fc.record({ enabled: bool, port: num(0, 70_000) }, { requiredKeys: ['enabled'] }),
      certificate: fc.record({ enabled: bool, port: num(0, 70_000), thumbprint: fc.option(pick(THUMBPRINTS)) }, { requiredKeys: ['enabled'] }),
      allowAnyServer: bool,
      defaultStorageLocation: pick(PATHS),
      monitoringIntervalHours: num(0, 200),
      monitoringStartMinutes: num(-1, 1500),
      dryRun: bool,
    },
    { requiredKeys: ['type', 'host'] },
  ),
  'New-VMReplicationAuthorizationEntry': fc.record(
    { type: fc.constant('New-VMReplicationAuthorizationEntry'), host: pick(HOSTS), allowedPrimaryServer: pick([...SERVERS, '*.formation.lan']), replicaStorageLocation: pick(PATHS), trustGroup: pick(['DEFAULT', '', ' ']), dryRun: bool },
    { requiredKeys: ['type', 'host', 'allowedPrimaryServer', 'replicaStorageLocation', 'trustGroup'] },
  ),
  'Remove-VMReplicationAuthorizationEntry': fc.record({ type: fc.constant('Remove-VMReplicationAuthorizationEntry'), host: pick(HOSTS), allowedPrimaryServer: pick([...SERVERS, '*.formation.lan']) }),
  'Set-NetFirewallRule': fc.record({ type: fc.constant('Set-NetFirewallRule'), host: pick(HOSTS), rule: pick(['HTTP', 'HTTPS'] as const), enabled: bool }),
  'Enable-VMReplication': fc.record(
    {
      type: fc.constant('Enable-VMReplication'),
      ...ref,
      replicaServerName: pick(SERVERS),
      replicaServerPort: fc.oneof(pick([80, 443]), num(0, 70_000)),
      authenticationType: pick(['Kerberos', 'Certificate'] as const),
      certificateThumbprint: fc.option(pick(THUMBPRINTS)),
      compressionEnabled: bool,
      excludedDisks: fc.array(pick(PATHS), { maxLength: 2 }),
      frequencySec: pick([30, 300, 900, 60, Number.NaN]),
      recoveryHistory: num(0, 30),
      vssSnapshotFrequencyHour: fc.option(num(0, 14)),
      initialReplication: ir,
      dryRun,
    },
    { requiredKeys: ['type', 'host', 'vm', 'replicaServerName', 'replicaServerPort', 'authenticationType'] },
  ),
  'Start-VMInitialReplication': fc.record({ type: fc.constant('Start-VMInitialReplication'), ...ref, startTime: time, destinationPath: pick(PATHS) }, { requiredKeys: ['type', 'host', 'vm'] }),
  'Suspend-VMReplication': vmOnly('Suspend-VMReplication'),
  'Resume-VMReplication': fc.record({ type: fc.constant('Resume-VMReplication'), ...ref, resynchronize: bool, resynchronizeStartTime: time }, { requiredKeys: ['type', 'host', 'vm'] }),
  'Remove-VMReplication': vmOnly('Remove-VMReplication'),
  'Reset-VMReplicationStatistics': vmOnly('Reset-VMReplicationStatistics'),
  'Set-VMNetworkAdapterFailoverConfiguration': fc.record(
    {
      type: fc.constant('Set-VMNetworkAdapterFailoverConfiguration'),
      ...ref,
      ipv4: fc.option(fc.record({ address: pick(IPV4), subnetMask: pick(IPV4), defaultGateway: pick(IPV4), preferredDns: pick(IPV4), alternateDns: pick(IPV4) })),
      ipv6: fc.option(fc.record({ address: pick(IPV6), prefixLength: num(0, 130), defaultGateway: pick(IPV6), preferredDns: pick(IPV6), alternateDns: pick(IPV6) })),
    },
    { requiredKeys: ['type', 'host', 'vm'] },
  ),
  'Set-VMNetworkAdapter': fc.record({ type: fc.constant('Set-VMNetworkAdapter'), ...ref, switchName: fc.option(pick(SWITCHES)), testReplicaSwitchName: fc.option(pick(SWITCHES)) }, { requiredKeys: ['type', 'host', 'vm'] }),
  'Start-VMFailover': fc.record(
    { type: fc.constant('Start-VMFailover'), ...ref, prepare: bool, asTest: bool, recoveryPointId: fc.option(pick(POINTS)), startVm: bool, reverse: bool, dryRun: bool },
    { requiredKeys: ['type', 'host', 'vm'] },
  ),
  'Stop-VMFailover': vmOnly('Stop-VMFailover'),
  'Set-VMReplication': fc.record(
    {
      type: fc.constant('Set-VMReplication'),
      ...ref,
      reverse: bool,
      asReplica: bool,
      replicaServerName: pick(SERVERS),
      replicaServerPort: fc.oneof(pick([80, 443]), num(0, 70_000)),
      authenticationType: pick(['Kerberos', 'Certificate'] as const),
      certificateThumbprint: fc.option(pick(THUMBPRINTS)),
      compressionEnabled: bool,
      frequencySec: pick([30, 300, 900, 60]),
      recoveryHistory: num(0, 30),
      vssSnapshotFrequencyHour: fc.option(num(0, 14)),
      autoResynchronizeEnabled: bool,
      autoResynchronizeIntervalStart: num(-1, 90_000),
      autoResynchronizeIntervalEnd: num(-1, 90_000),
      initialReplication: ir,
      dryRun,
    },
    { requiredKeys: ['type', 'host', 'vm'] },
  ),
  'Import-VMInitialReplication': fc.record({ type: fc.constant('Import-VMInitialReplication'), ...ref, path: pick(PATHS) }),
  'Export-VM': fc.record({ type: fc.constant('Export-VM'), ...ref, path: pick(PATHS) }),
  'Import-VM': fc.record(
    {
      type: fc.constant('Import-VM'),
      host: pick(HOSTS),
      path: pick(PATHS),
      mode: pick(['Register', 'Restore', 'Copy'] as const),
      generateNewId: bool,
      destinationPath: pick(PATHS),
      dryRun: bool,
    },
    { requiredKeys: ['type', 'host', 'path'] },
  ),
  'Complete-VMFailover': vmOnly('Complete-VMFailover'),
  'Move-VMStorage': fc.record(
    { type: fc.constant('Move-VMStorage'), ...ref, destinationStoragePath: pick(PATHS), labLeaveSource: fc.boolean() },
    { requiredKeys: ['type', 'host', 'vm', 'destinationStoragePath'] },
  ),
  'Lab-CrashHost': fc.record({ type: fc.constant('Lab-CrashHost'), host: pick(HOSTS) }),
  'Lab-PowerOnHost': fc.record({ type: fc.constant('Lab-PowerOnHost'), host: pick(HOSTS) }),
  'Lab-SetLink': fc.record(
    { type: fc.constant('Lab-SetLink'), link: pick(LINKS), up: bool, bandwidthBitsPerSec: fc.oneof(fc.integer({ min: 0, max: 10_000_000_000 }), pick([Number.NaN, Infinity, 1e15])), latencyMs: num(-5, 100_000) },
    { requiredKeys: ['type', 'link'] },
  ),
};
