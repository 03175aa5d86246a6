import type { CommandResult, FailoverIpv4, FailoverIpv6, VmRef } from '../../protocol';
import { refreshHealth } from '../health/refresh';
import { checkFailoverIpv4, checkFailoverIpv6 } from '../model/failoverIp';
import type { World } from '../model/world';

type FailoverCmd = VmRef & { ipv4?: FailoverIpv4 | null; ipv6?: FailoverIpv6 | null };
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
    // null is "Not connected"; any text, the empty one included, must name a switch of the host.
    if (typeof name === 'string' && !host.switches.includes(name)) return fail('SwitchNotFound', { switch: name, host: host.name });
  }
  if (switchName === undefined && testSwitch === undefined) return fail('NothingToChange');
  vm.adapters = [
    { ...adapter, ...(switchName !== undefined && { switchName }), ...(testSwitch !== undefined && { testFailoverSwitch: testSwitch }) },
    ...vm.adapters.slice(1),
  ];
  world.touchVm(vm.key);
  return OK;
}

/** `Set-VMNetworkAdapterFailoverConfiguration` on the VM's first adapter: both blocks are checked before either is stored. */
export function setFailoverIp(world: World, cmd: FailoverCmd, ipv4: FailoverIpv4 | null | undefined = cmd.ipv4): CommandResult {
  const vm = resolveVm(world, cmd);
  if (isFailure(vm)) return vm;
  const adapter = vm.adapters[0];
  if (!adapter) return fail('InvalidVmState', { vm: vm.name, state: vm.state });
  if (ipv4 === undefined && cmd.ipv6 === undefined) return fail('NoParameters');
  const bad = (ipv4 && checkFailoverIpv4(ipv4)) || (cmd.ipv6 && checkFailoverIpv6(cmd.ipv6));
  if (bad) return { ok: false, error: bad };
  vm.adapters = [{ ...adapter, ...(ipv4 !== undefined && { failoverIpv4: ipv4 }), ...(cmd.ipv6 !== undefined && { failoverIpv6: cmd.ipv6 }) }, ...vm.adapters.slice(1)];
  world.touchVm(vm.key);
  return OK;
}
