import { describe, expect, it } from 'vitest';
import { checkInvariants, createEngine, LAB_START_DATE, PRESET_IDS } from '../index';
import { rels } from '../testUtils';

const hostNames = (id: string, opts = {}) => createEngine(id, opts).snapshot().hosts.map((h) => h.name);

describe('preset labs (architecture.md contract)', () => {
  it('has the contract ids and starts Monday 2 March 2026 at 08:00 UTC', () => {
    expect(PRESET_IDS).toEqual(['blank', 'active-passive', 'active-active', 'extended-chain', 'branch-office-wan', 'scale']);
    expect(LAB_START_DATE).toBe('2026-03-02T08:00:00.000Z');
    expect(new Date(LAB_START_DATE).getUTCDay()).toBe(1);
  });

  for (const id of PRESET_IDS) {
    it(`${id}: consistent at start (invariants hold, every replicated pair Normal)`, () => {
      const engine = createEngine(id, { seed: 1, hosts: 4, vms: 8 });
      expect(checkInvariants(engine)).toEqual([]);
      const snap = engine.snapshot();
      expect(snap).toMatchObject({ labId: id, seed: 1, now: 0, startDate: LAB_START_DATE });
      for (const rel of rels(engine)) expect([rel.primaryState, rel.replicaState, rel.primaryHealth, rel.replicaHealth]).toEqual(['Replicating', 'Replicating', 'Normal', 'Normal']);
      for (const vm of snap.vms) expect(vm.name).toMatch(/^Vm\d+$/);
      for (const host of snap.hosts) expect(host.name).toMatch(/^HV-\d+$/);
    });
  }

  it('blank: HV-1 and HV-2 in one domain, Vm1–Vm4 running on HV-1, no Replica server, listener rules off', () => {
    const snap = createEngine('blank').snapshot();
    expect(snap.hosts.map((h) => [h.name, h.domain, h.replicaServer.enabled, h.firewall.HTTP, h.firewall.HTTPS])).toEqual([
      ['HV-1', 'formation.lan', false, false, false],
      ['HV-2', 'formation.lan', false, false, false],
    ]);
    expect(snap.vms.map((v) => [v.host, v.name, v.state, v.replicationState])).toEqual([1, 2, 3, 4].map((i) => ['HV-1', `Vm${i}`, 'Running', 'Disabled']));
    expect(snap.relationships).toEqual([]);
  });

  it('active-passive: Vm1–Vm4 on HV-1 replicate to HV-2 over Kerberos/HTTP 80 every 5 min', () => {
    const engine = createEngine('active-passive');
    expect(rels(engine).map((r) => [r.primaryHost, r.replicaHost, r.settings.authenticationType, r.settings.replicaServerPort, r.settings.frequencySec])).toEqual(
      Array.from({ length: 4 }, () => ['HV-1', 'HV-2', 'Kerberos', 80, 300]),
    );
  });

  it('active-active: Vm1, Vm2 on HV-1 → HV-2 and Vm3, Vm4 on HV-2 → HV-1', () => {
    const engine = createEngine('active-active');
    const byVm = rels(engine).map((r) => [engine.world.vms.get(r.primaryVm)?.name, r.primaryHost, r.replicaHost]);
    expect(byVm).toEqual([
      ['Vm1', 'HV-1', 'HV-2'],
      ['Vm2', 'HV-1', 'HV-2'],
      ['Vm3', 'HV-2', 'HV-1'],
      ['Vm4', 'HV-2', 'HV-1'],
    ]);
  });

  it('extended-chain and branch-office-wan have their hosts and sites', () => {
    expect(hostNames('extended-chain')).toEqual(['HV-1', 'HV-2', 'HV-3']);
    const wan = createEngine('branch-office-wan').snapshot();
    expect(wan.hosts.map((h) => [h.name, h.domain, h.workgroup, h.site, h.certificates.length])).toEqual([
      ['HV-1', null, 'WORKGROUP', 'Siege', 1],
      ['HV-2', null, 'WORKGROUP', 'Agence', 1],
    ]);
    expect(wan.sites.map((s) => s.name)).toEqual(['Siege', 'Agence']);
  });

  it('scale: hosts in pairs, VMs spread over the first host of each pair, 30 s cycles', () => {
    const engine = createEngine('scale', { seed: 1, hosts: 6, vms: 30 });
    expect(hostNames('scale', { hosts: 6, vms: 30 })).toEqual(['HV-1', 'HV-2', 'HV-3', 'HV-4', 'HV-5', 'HV-6']);
    const all = rels(engine);
    expect(all).toHaveLength(30);
    const perPair = new Map<string, number>();
    for (const rel of all) {
      expect(rel.settings.frequencySec).toBe(30);
      expect(Number(rel.replicaHost.slice(3))).toBe(Number(rel.primaryHost.slice(3)) + 1);
      perPair.set(rel.primaryHost, (perPair.get(rel.primaryHost) ?? 0) + 1);
    }
    expect([...perPair]).toEqual([
      ['HV-1', 10],
      ['HV-3', 10],
      ['HV-5', 10],
    ]);
  });

  it('the seed changes VM ids, disks and workloads, not the layout', () => {
    const a = createEngine('active-passive', { seed: 1 }).snapshot();
    const b = createEngine('active-passive', { seed: 2 }).snapshot();
    expect(b.vms.map((v) => [v.host, v.name])).toEqual(a.vms.map((v) => [v.host, v.name]));
    expect(b.vms.map((v) => v.id)).not.toEqual(a.vms.map((v) => v.id));
    expect(b.vms.map((v) => v.workload.baseWritesPerSecond)).not.toEqual(a.vms.map((v) => v.workload.baseWritesPerSecond));
  });
});
