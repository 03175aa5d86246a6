import { describe, expect, it } from 'vitest';
import type { NetworkAdapter, ReplicationSettings } from '../../protocol';
import { defaultReplicationSettings } from '../../protocol/entities';
import { commandsFor, draftFromVm, replicationErrorPage, secondsToTime, timeToSeconds } from './vmDraft';

const REF = { host: 'HV-1', vm: 'Vm1' };
const ADAPTER: NetworkAdapter = { name: 'Network Adapter', switchName: 'LAN', ipAddress: '192.168.10.10', ipv6Address: '', failoverIpv4: null, failoverIpv6: null, testFailoverSwitch: null };
const SETTINGS: ReplicationSettings = defaultReplicationSettings('HV-2.contoso.com');

describe('VM Settings draft', () => {
  it('reads the resync schedule as the page shows it', () => {
    expect(draftFromVm(ADAPTER, SETTINGS).replication).toMatchObject({ resync: 'window', resyncFrom: '18:30', resyncTo: '06:00' });
    expect(draftFromVm(ADAPTER, { ...SETTINGS, autoResynchronizeIntervalStart: 0, autoResynchronizeIntervalEnd: 86_399 }).replication?.resync).toBe('auto');
    expect(draftFromVm(ADAPTER, { ...SETTINGS, autoResynchronizeEnabled: false }).replication?.resync).toBe('manual');
  });

  it('sends nothing when nothing changed', () => {
    const d = draftFromVm(ADAPTER, SETTINGS);
    expect(commandsFor(REF, d, d)).toEqual([]);
  });

  it('sends each changed page once, in tree order', () => {
    const applied = draftFromVm(ADAPTER, SETTINGS);
    const rep = applied.replication ?? missingReplication();
    const draft = { ...applied, switchName: null, ipv4: { ...applied.ipv4, enabled: true, address: ' 10.0.0.5 ', subnetMask: '255.0.0.0' }, replication: { ...rep, resync: 'auto' as const } };
    expect(commandsFor(REF, applied, draft)).toEqual([
      { page: 'networkAdapter', command: { type: 'Set-VMNetworkAdapter', ...REF, switchName: null } },
      { page: 'failoverTcpIp', command: { type: 'Set-VMNetworkAdapterFailoverConfiguration', ...REF, ipv4: { address: '10.0.0.5', subnetMask: '255.0.0.0', defaultGateway: '', preferredDns: '', alternateDns: '' } } },
      { page: 'resync', command: { type: 'Set-VMReplication', ...REF, autoResynchronizeEnabled: true, autoResynchronizeIntervalStart: 0, autoResynchronizeIntervalEnd: 86_399 } },
    ]);
  });

  it('unchecking a scheme clears it (null); an unreadable prefix length stops before sending', () => {
    const applied = draftFromVm({ ...ADAPTER, failoverIpv6: { address: '2001:db8::1', prefixLength: 64, defaultGateway: '', preferredDns: '', alternateDns: '' } }, null);
    expect(commandsFor(REF, applied, { ...applied, ipv6: { ...applied.ipv6, enabled: false } })).toEqual([
      { page: 'failoverTcpIp', command: { type: 'Set-VMNetworkAdapterFailoverConfiguration', ...REF, ipv6: null } },
    ]);
    expect(commandsFor(REF, applied, { ...applied, ipv6: { ...applied.ipv6, prefixLength: '6x' } })).toEqual({ page: 'failoverTcpIp', error: { code: 'InvalidPrefixLength', params: { value: '6x' } } });
  });

  it('a coverage that is not a whole number stops before sending', () => {
    const applied = draftFromVm(ADAPTER, SETTINGS);
    const rep = applied.replication ?? missingReplication();
    expect(commandsFor(REF, applied, { ...applied, replication: { ...rep, additionalPoints: true, coverageHours: '' } })).toEqual({
      page: 'recoveryPoints',
      error: { code: 'InvalidRecoveryHistory', params: { value: '' } },
    });
  });

  it('converts times and routes Set-VMReplication refusals to their page', () => {
    expect([secondsToTime(66_600), timeToSeconds('18:30'), timeToSeconds('24:00'), timeToSeconds('')]).toEqual(['18:30', 66_600, null, null]);
    expect(replicationErrorPage('InvalidRecoveryHistory', 'replication')).toBe('recoveryPoints');
    expect(replicationErrorPage('ReplicationSettingsOnReplica', 'resync')).toBe('resync');
    expect(replicationErrorPage('ReplicationSettingsOnReplica', 'networkAdapter')).toBe('replication');
  });
});

function missingReplication(): never {
  throw new Error('draft has no replication part');
}
