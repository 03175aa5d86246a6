import type { CommandResult, FailoverIpv4, VmRef } from '../../protocol';
import { refreshHealth } from '../health/refresh';
import type { World } from '../model/world';
import { fail, isFailure, OK, resolveVm } from './result';

/** Lab fault: take a network link down or up, or change its bandwidth/latency. */
export function setLink(world: World, id: string, up?: boolean, bandwidth?: number, latency?: number): CommandResult {
  const link = world.links.get(id);
  if (!link) return fail('LinkNotFound', { link: id });
  if (bandwidth !== undefined && (!Number.isFinite(bandwidth) || bandwidth < 1000)) return fail('InvalidBandwidth', { value: bandwidth });
  if (latency !== undefined && (!Number.isFinite(latency) || latency < 0)) return fail('InvalidBandwidth', { value: latency });
  if (up !== undefined && up !== link.up) {
    link.up = up;
    world.event(up ? 10400 : 10401, up ? 'Information' : 'Warning', link.siteA, null, up ? 'event.linkUp' : 'event.linkDown', { link: id });
  }
  if (bandwidth !== undefined) link.bandwidthBitsPerSec = Math.round(bandwidth);
  if (latency !== undefined) link.latencyMs = Math.round(latency);
  world.touchLink(link.id);
  for (const rel of world.rels.values()) refreshHealth(world, rel);
  return OK;
}

/** `Set-VMNetworkAdapter -SwitchName / -TestReplicaSwitchName` on the VM's first adapter. */
export function setNetworkAdapter(world: World, ref: VmRef, switchName: string | null | undefined, testSwitch: string | null | undefined): CommandResult {
  const vm = resolveVm(world, ref);
  if (isFailure(vm)) return vm;
  const adapter = vm.adapters[0];
  const host = world.hosts.get(vm.host);
  if (!adapter || !host) return fail('InvalidVmState', { vm: vm.name, state: vm.state });
  for (const name of [switchName, testSwitch]) {
    if (name && !host.switches.includes(name)) return fail('SwitchNotFound', { switch: name, host: host.name });
  }
  if (switchName === undefined && testSwitch === undefined) return fail('NothingToChange');
  vm.adapters = [
    { ...adapter, ...(switchName !== undefined && { switchName }), ...(testSwitch !== undefined && { testFailoverSwitch: testSwitch }) },
    ...vm.adapters.slice(1),
  ];
  world.touchVm(vm.key);
  return OK;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** `Set-VMNetworkAdapterFailoverConfiguration` (IPv4 part) on the VM's first adapter. */
export function setFailoverIp(world: World, ref: VmRef, ipv4: FailoverIpv4 | null): CommandResult {
  const vm = resolveVm(world, ref);
  if (isFailure(vm)) return vm;
  const adapter = vm.adapters[0];
  if (!adapter) return fail('InvalidVmState', { vm: vm.name, state: vm.state });
  if (ipv4) {
    for (const [field, value] of Object.entries(ipv4) as [string, string][]) {
      const optional = field === 'defaultGateway' || field === 'preferredDns' || field === 'alternateDns';
      if ((optional && value === '') || IPV4.test(value)) continue;
      return fail('InvalidIpAddress', { field, value });
    }
  }
  vm.adapters = [{ ...adapter, failoverIpv4: ipv4 }, ...vm.adapters.slice(1)];
  world.touchVm(vm.key);
  return OK;
}
