import { World } from '../model/world';
import { addHost, addLink, addVm, establishReplication, startHealthTicks } from './builders';
import { GIB, MBPS } from './units';

/** Simulated time 0 of every preset: Monday 08:00, an hour before the default monitoring boundary. */
export const LAB_START_DATE = '2026-03-02T08:00:00.000Z';
export const DOMAIN = 'formation.lan';

export const PRESET_IDS = ['blank', 'active-passive', 'active-active', 'extended-chain', 'branch-office-wan', 'scale'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface PresetParams {
  hosts?: number;
  vms?: number;
}

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}

/** Builds a preset lab. Unknown ids throw; `scale` takes `hosts` (even, ≥ 2) and `vms`. */
export function buildPreset(id: PresetId, seed: number, params: PresetParams = {}): World {
  const world = new World(id, seed, LAB_START_DATE);
  switch (id) {
    case 'blank':
      twoHosts(world, false);
      for (let i = 1; i <= 4; i++) addVm(world, 'HV-1', `Vm${i}`, i);
      break;
    case 'active-passive': {
      const [, hv2] = twoHosts(world, true);
      // The course moves a replica's storage from D: to E: (« Déplacement du réplica »): HV-2 has a spare E:.
      hv2.volumes.push({ drive: 'E:', capacityBytes: 500 * GIB, freeBytes: 480 * GIB });
      for (let i = 1; i <= 4; i++) establishReplication(world, addVm(world, 'HV-1', `Vm${i}`, i), hv2);
      break;
    }
    case 'active-active': {
      const [hv1, hv2] = twoHosts(world, true);
      for (let i = 1; i <= 2; i++) establishReplication(world, addVm(world, 'HV-1', `Vm${i}`, i), hv2);
      for (let i = 3; i <= 4; i++) establishReplication(world, addVm(world, 'HV-2', `Vm${i}`, i), hv1);
      break;
    }
    case 'extended-chain': {
      const [, hv2] = twoHosts(world, true);
      const hv3 = addHost(world, { name: 'HV-3', domain: DOMAIN, site: 'Secours', replicaServer: true });
      addLink(world, 'lan-secours', 'Secours', 'Secours', 1000 * MBPS, 1);
      addLink(world, 'wan-siege-secours', 'Siege', 'Secours', 100 * MBPS, 20);
      // Vm1–Vm3 are extended to HV-3; Vm4 replicates HV-1 → HV-2 only, so a class can extend it (the
      // course's "Étendre la réplication" step).
      for (let i = 1; i <= 4; i++) {
        const vm = addVm(world, 'HV-1', `Vm${i}`, i);
        establishReplication(world, vm, hv2);
        const middle = world.findVm('HV-2', vm.name);
        if (middle && i <= 3) establishReplication(world, middle, hv3, { frequencySec: 900 }, 'Extended');
      }
      break;
    }
    case 'branch-office-wan': {
      addHost(world, { name: 'HV-1', domain: null, site: 'Siege', replicaServer: true, certificate: true });
      const hv2 = addHost(world, { name: 'HV-2', domain: null, site: 'Agence', replicaServer: true, certificate: true });
      addLink(world, 'lan-siege', 'Siege', 'Siege', 1000 * MBPS, 1);
      addLink(world, 'lan-agence', 'Agence', 'Agence', 1000 * MBPS, 1);
      addLink(world, 'wan-siege-agence', 'Siege', 'Agence', 5 * MBPS, 40);
      world.sites = [{ name: 'Siege' }, { name: 'Agence' }];
      for (let i = 1; i <= 2; i++) establishReplication(world, addVm(world, 'HV-1', `Vm${i}`, i), hv2);
      break;
    }
    case 'scale':
      buildScale(world, params);
      break;
  }
  if (world.sites.length === 0) world.sites = [...new Set([...world.hosts.values()].map((h) => h.site))].map((name) => ({ name }));
  startHealthTicks(world);
  return world;
}

/** HV-1 and HV-2 in one domain and one site, joined by a 1 Gbit/s LAN. */
function twoHosts(world: World, replicaServers: boolean) {
  const hv1 = addHost(world, { name: 'HV-1', domain: DOMAIN, site: 'Siege', replicaServer: replicaServers });
  const hv2 = addHost(world, { name: 'HV-2', domain: DOMAIN, site: 'Siege', replicaServer: replicaServers });
  addLink(world, 'lan-siege', 'Siege', 'Siege', 1000 * MBPS, 1);
  return [hv1, hv2] as const;
}

/** `hosts` hosts in pairs (one site each), `vms` VMs spread over the first host of each pair, 30 s cycles. */
function buildScale(world: World, params: PresetParams): void {
  const pairs = Math.max(1, Math.floor((params.hosts ?? 8) / 2));
  const vmCount = Math.max(0, Math.floor(params.vms ?? 1000));
  const hosts = [];
  const replicaVolumeBytes = (Math.ceil(vmCount / pairs) * 16 + 400) * GIB;
  for (let p = 0; p < pairs; p++) {
    const site = `Site-${p + 1}`;
    addHost(world, { name: `HV-${2 * p + 1}`, domain: DOMAIN, site, replicaServer: true });
    hosts.push(addHost(world, { name: `HV-${2 * p + 2}`, domain: DOMAIN, site, replicaServer: true, replicaVolumeBytes }));
    addLink(world, `lan-${site.toLowerCase()}`, site, site, 10_000 * MBPS, 1);
  }
  for (let i = 0; i < vmCount; i++) {
    const pair = i % pairs;
    const replica = hosts[pair];
    if (!replica) continue;
    const vm = addVm(world, `HV-${2 * pair + 1}`, `Vm${i + 1}`, i + 1);
    establishReplication(world, vm, replica, { frequencySec: 30 });
  }
}
