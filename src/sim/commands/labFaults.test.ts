import { describe, expect, it } from 'vitest';
import type { Command, FailoverIpv4, FailoverIpv6 } from '../../protocol';
import { eventsWithId, expectRejected, lab, MINUTE, relOf, run, vmOf } from './testLab';

const IPV4: FailoverIpv4 = { address: '10.0.20.11', subnetMask: '255.255.255.0', defaultGateway: '10.0.20.1', preferredDns: '10.0.20.2', alternateDns: '' };
const IPV6: FailoverIpv6 = { address: '2001:db8:20::11', prefixLength: 64, defaultGateway: '2001:db8:20::1', preferredDns: '2001:db8:20::2', alternateDns: '' };

function failoverIp(ipv4: FailoverIpv4 | null, host = 'HV-2', vm = 'Vm1'): Command {
  return { type: 'Set-VMNetworkAdapterFailoverConfiguration', host, vm, ipv4 };
}

function link(engine: ReturnType<typeof lab>, id: string) {
  const found = engine.snapshot().links.find((l) => l.id === id);
  if (!found) throw new Error(`no link ${id}`);
  return found;
}

describe('Lab-SetLink', () => {
  it('takes a link down (event 10401) and up again (event 10400)', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: false });
    expect(link(engine, 'lan-siege').up).toBe(false);
    run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: true });
    expect(link(engine, 'lan-siege').up).toBe(true);
    expect(engine.snapshot().events.filter((e) => e.eventId === 10401 || e.eventId === 10400).map((e) => e.eventId)).toEqual([10401, 10400]);
  });

  it('a link down makes the primaries retry (event 32315)', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Lab-SetLink', link: 'lan-siege', up: false });
    engine.advanceBy(15 * MINUTE);
    expect(eventsWithId(engine, 32315).some((e) => e.params.reason === 'LinkDown')).toBe(true);
    expect(relOf(engine, 'HV-1', 'Vm1').primaryState).toBe('Replicating');
  });

  it('changes bandwidth and latency', () => {
    const engine = lab('branch-office-wan');
    run(engine, { type: 'Lab-SetLink', link: 'wan-siege-agence', bandwidthBitsPerSec: 2_000_000, latencyMs: 80 });
    expect(link(engine, 'wan-siege-agence')).toMatchObject({ bandwidthBitsPerSec: 2_000_000, latencyMs: 80, up: true });
  });

  it('refuses an unknown link (LinkNotFound)', () => {
    expectRejected(lab('blank'), { type: 'Lab-SetLink', link: 'nowhere', up: false }, 'LinkNotFound', { link: 'nowhere' });
  });

  it.each([0, 999, Number.NaN, Infinity])('refuses a bandwidth of %d bit/s (InvalidBandwidth)', (bandwidthBitsPerSec) => {
    expectRejected(lab('blank'), { type: 'Lab-SetLink', link: 'lan-siege', bandwidthBitsPerSec }, 'InvalidBandwidth');
  });

  it('refuses a negative latency (InvalidBandwidth)', () => {
    expectRejected(lab('blank'), { type: 'Lab-SetLink', link: 'lan-siege', latencyMs: -1 }, 'InvalidBandwidth', { value: -1 });
  });
});

describe('Set-VMNetworkAdapterFailoverConfiguration', () => {
  it('sets the failover IPv4 settings of the first adapter', () => {
    const engine = lab('active-passive');
    run(engine, failoverIp(IPV4));
    expect(vmOf(engine, 'HV-2', 'Vm1').adapters[0]?.failoverIpv4).toEqual(IPV4);
  });

  it('clears them with null', () => {
    const engine = lab('active-passive');
    run(engine, failoverIp(IPV4));
    run(engine, failoverIp(null));
    expect(vmOf(engine, 'HV-2', 'Vm1').adapters[0]?.failoverIpv4).toBeNull();
  });

  it.each([
    ['address', '', 'IpAddressRequired', { param: 'IPv4SubnetMask' }],
    ['address', '10.0.20', 'InvalidIpAddress', { field: 'IPv4Address', value: '10.0.20' }],
    ['address', '224.0.0.5', 'InvalidIpAddress', { field: 'IPv4Address', value: '224.0.0.5' }],
    ['subnetMask', '255.255.256.0', 'InvalidSubnetMask', { value: '255.255.256.0' }],
    ['subnetMask', '255.0.255.0', 'InvalidSubnetMask', { value: '255.0.255.0' }],
    ['defaultGateway', 'gateway', 'InvalidIpAddress', { field: 'IPv4DefaultGateway', value: 'gateway' }],
    ['defaultGateway', '10.0.30.1', 'GatewayNotOnSubnet', { gateway: '10.0.30.1' }],
    ['preferredDns', '10.0.0.0.1', 'InvalidIpAddress', { field: 'IPv4PreferredDNSServer', value: '10.0.0.0.1' }],
  ] as const)('refuses %s "%s" (%s) and changes nothing', (field, value, code, params) => {
    const engine = lab('active-passive');
    expectRejected(engine, failoverIp({ ...IPV4, [field]: value }), code, params);
    expect(vmOf(engine, 'HV-2', 'Vm1').adapters[0]?.failoverIpv4).toBeNull();
  });

  it('sets the IPv6 block alone, leaving IPv4 as it was, and clears it with null', () => {
    const engine = lab('active-passive');
    run(engine, failoverIp(IPV4));
    run(engine, { type: 'Set-VMNetworkAdapterFailoverConfiguration', host: 'HV-2', vm: 'Vm1', ipv6: IPV6 });
    expect(vmOf(engine, 'HV-2', 'Vm1').adapters[0]).toMatchObject({ failoverIpv4: IPV4, failoverIpv6: IPV6 });
    run(engine, { type: 'Set-VMNetworkAdapterFailoverConfiguration', host: 'HV-2', vm: 'Vm1', ipv6: null });
    expect(vmOf(engine, 'HV-2', 'Vm1').adapters[0]).toMatchObject({ failoverIpv4: IPV4, failoverIpv6: null });
  });

  it.each([
    [{ address: '' }, 'IpAddressRequired', { param: 'IPv6SubnetPrefixLength' }],
    [{ address: '2001:db8::1::2' }, 'InvalidIpv6Address', { field: 'IPv6Address', value: '2001:db8::1::2' }],
    [{ address: 'ff02::1' }, 'InvalidIpv6Address', { field: 'IPv6Address', value: 'ff02::1' }],
    [{ address: '2001:db8:0:1:2:3:4:5:6' }, 'InvalidIpv6Address', { field: 'IPv6Address', value: '2001:db8:0:1:2:3:4:5:6' }],
    [{ prefixLength: 0 }, 'InvalidPrefixLength', { value: 0 }],
    [{ prefixLength: 129 }, 'InvalidPrefixLength', { value: 129 }],
    [{ defaultGateway: '2001:db9::1' }, 'GatewayNotOnSubnet', { gateway: '2001:db9::1' }],
    [{ defaultGateway: 'fe80::zz' }, 'InvalidIpv6Address', { field: 'IPv6DefaultGateway', value: 'fe80::zz' }],
    [{ alternateDns: '10.0.0.1' }, 'InvalidIpv6Address', { field: 'IPv6AlternateDNSServer', value: '10.0.0.1' }],
  ] as const)('refuses IPv6 %o (%s): neither block is stored', (change, code, params) => {
    const engine = lab('active-passive');
    expectRejected(engine, { type: 'Set-VMNetworkAdapterFailoverConfiguration', host: 'HV-2', vm: 'Vm1', ipv4: IPV4, ipv6: { ...IPV6, ...change } }, code, params);
    expect(vmOf(engine, 'HV-2', 'Vm1').adapters[0]).toMatchObject({ failoverIpv4: null, failoverIpv6: null });
  });

  it('accepts a link-local gateway and an IPv4-mapped form', () => {
    const engine = lab('active-passive');
    const ipv6 = { ...IPV6, address: '::ffff:10.0.20.11', prefixLength: 96, defaultGateway: 'fe80::1' };
    run(engine, { type: 'Set-VMNetworkAdapterFailoverConfiguration', host: 'HV-2', vm: 'Vm1', ipv6 });
    expect(vmOf(engine, 'HV-2', 'Vm1').adapters[0]?.failoverIpv6).toEqual(ipv6);
  });

  it('a failover puts both failover addresses in use on the replica VM', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Set-VMNetworkAdapterFailoverConfiguration', host: 'HV-2', vm: 'Vm1', ipv4: IPV4, ipv6: IPV6 });
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1' });
    expect(vmOf(engine, 'HV-2', 'Vm1').adapters[0]).toMatchObject({ ipAddress: IPV4.address, ipv6Address: IPV6.address });
  });

  it('a test failover (integration services on) puts both failover addresses in use on the test VM', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Set-VMNetworkAdapterFailoverConfiguration', host: 'HV-2', vm: 'Vm1', ipv4: IPV4, ipv6: IPV6 });
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1', asTest: true });
    expect(engine.snapshot().vms.find((v) => v.name === 'Vm1 - Test')?.adapters[0]).toMatchObject({ ipAddress: IPV4.address, ipv6Address: IPV6.address });
  });

  it('refuses a crashed host (HostNotRunning)', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Lab-CrashHost', host: 'HV-2' });
    expectRejected(engine, failoverIp(IPV4), 'HostNotRunning', { host: 'HV-2' });
  });

  it('refuses an unknown VM (VmNotFound)', () => {
    expectRejected(lab('active-passive'), failoverIp(IPV4, 'HV-2', 'Vm9'), 'VmNotFound', { vm: 'Vm9', host: 'HV-2' });
  });
});

describe('Set-VMNetworkAdapter', () => {
  it('connects the adapter and picks the test-failover switch, which the test VM then uses', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Set-VMNetworkAdapter', host: 'HV-2', vm: 'Vm1', testReplicaSwitchName: 'LAN' });
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1', asTest: true });
    expect(engine.snapshot().vms.find((v) => v.name === 'Vm1 - Test')?.adapters[0]?.switchName).toBe('LAN');
    run(engine, { type: 'Set-VMNetworkAdapter', host: 'HV-2', vm: 'Vm1', switchName: 'LAN' });
    expect(vmOf(engine, 'HV-2', 'Vm1').adapters[0]?.switchName).toBe('LAN');
  });

  it('refuses an unknown switch and a call that changes nothing', () => {
    const engine = lab('active-passive');
    expectRejected(engine, { type: 'Set-VMNetworkAdapter', host: 'HV-2', vm: 'Vm1', switchName: 'WAN' }, 'SwitchNotFound', { switch: 'WAN', host: 'HV-2' });
    expectRejected(engine, { type: 'Set-VMNetworkAdapter', host: 'HV-2', vm: 'Vm1' }, 'NothingToChange');
  });
});
