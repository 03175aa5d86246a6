import { beforeAll, describe, expect, it } from 'vitest';
import type { LabMirror } from '../../store/labStore';
import { createInMemoryLab, type InMemoryLab } from '../../store/testing/inMemoryLab';
import { formatLabDateTime, formatUptime } from './format';
import { selectAdapters, selectMemory, selectReplicationBlocks, selectSummary, uptimeSeconds } from './selectors';

let chain: InMemoryLab;
let blank: InMemoryLab;

async function open(presetId: string): Promise<InMemoryLab> {
  const lab = createInMemoryLab();
  await lab.bridge.load({ kind: 'preset', presetId, seed: 1 });
  return lab;
}

const keyOf = (lab: LabMirror, host: string, name: string) =>
  (lab.vmKeysByHost[host] ?? []).find((k) => lab.vms[k]?.name === name) ?? 'missing';

beforeAll(async () => {
  chain = await open('extended-chain');
  await chain.bridge.advance(3_600_000);
  blank = await open('blank');
});

describe('Replication tab selector', () => {
  it('gives a primary one block: Primary, its servers and the last synchronisation', () => {
    const lab = chain.store.getState();
    const [block, ...rest] = selectReplicationBlocks(lab, keyOf(lab, 'HV-1', 'Vm1')) ?? [];
    expect(rest).toEqual([]);
    expect(block).toMatchObject({
      mode: 'Primary',
      relationshipType: 'Simple',
      state: 'Replicating',
      health: 'Normal',
      primaryServer: 'hv-1.formation.lan',
      replicaServer: 'hv-2.formation.lan',
    });
    expect(block?.lastSynchronized).toBeGreaterThan(0);
  });

  it('gives the middle VM of a chain both relationships, incoming first', () => {
    const lab = chain.store.getState();
    const blocks = selectReplicationBlocks(lab, keyOf(lab, 'HV-2', 'Vm1')) ?? [];
    expect(blocks.map((b) => [b.relationshipType, b.mode, b.primaryServer, b.replicaServer])).toEqual([
      ['Simple', 'Replica', 'hv-1.formation.lan', 'hv-2.formation.lan'],
      ['Extended', 'Primary', 'hv-2.formation.lan', 'hv-3.formation.lan'],
    ]);
  });

  it('calls the end of a chain an Extended Replica', () => {
    const lab = chain.store.getState();
    const blocks = selectReplicationBlocks(lab, keyOf(lab, 'HV-3', 'Vm1')) ?? [];
    expect(blocks.map((b) => [b.mode, b.primaryServer, b.replicaServer])).toEqual([
      ['ExtendedReplica', 'hv-2.formation.lan', 'hv-3.formation.lan'],
    ]);
  });

  it('gives a VM that is not replicated its own mode, without servers', () => {
    const lab = blank.store.getState();
    expect(selectReplicationBlocks(lab, keyOf(lab, 'HV-1', 'Vm1'))).toEqual([
      {
        relationshipId: '',
        relationshipType: 'Simple',
        mode: 'None',
        state: 'Disabled',
        health: 'NotApplicable',
        primaryServer: '',
        replicaServer: '',
        lastSynchronized: null,
      },
    ]);
    expect(selectReplicationBlocks(lab, 'nope')).toBeNull();
  });
});

describe('Summary, Memory and Networking selectors', () => {
  it('compute the uptime from startedAt and now, and the heartbeat of a running VM', () => {
    const lab = chain.store.getState();
    const vm = lab.vms[keyOf(lab, 'HV-1', 'Vm1')];
    const summary = selectSummary(lab, keyOf(lab, 'HV-1', 'Vm1'));
    expect(summary).toMatchObject({ state: 'Running', heartbeat: 'Ok', configurationVersion: vm?.configurationVersion });
    expect(summary?.uptimeSeconds).toBe(uptimeSeconds(vm?.startedAt ?? null, lab.now));
    expect(summary?.uptimeSeconds).toBeGreaterThanOrEqual(3600);
  });

  it('leave uptime, CPU and heartbeat empty on a VM that is off', () => {
    const lab = chain.store.getState();
    expect(selectSummary(lab, keyOf(lab, 'HV-2', 'Vm1'))).toMatchObject({ state: 'Off', uptimeSeconds: null, cpuUsagePercent: null, heartbeat: null });
  });

  it('report memory and adapters ("Not connected" is a null switch; IP only while running)', () => {
    const lab = chain.store.getState();
    expect(selectMemory(lab, keyOf(lab, 'HV-1', 'Vm1'))).toEqual({ startupMB: 2048, assignedMB: 2048 });
    expect(selectAdapters(lab, keyOf(lab, 'HV-1', 'Vm1'))).toEqual([
      { name: 'Network Adapter', switchName: 'LAN', ipAddresses: ['192.168.10.11'], status: 'Ok' },
    ]);
    expect(selectAdapters(lab, keyOf(lab, 'HV-2', 'Vm1'))).toEqual([
      { name: 'Network Adapter', switchName: null, ipAddresses: [], status: null },
    ]);
  });
});

describe('formats', () => {
  it('print lab times in the lab’s time zone (UTC) per language', () => {
    expect(formatLabDateTime('en', '2026-03-02T08:00:00.000Z', 300_000)).toMatch(/^3\/2\/2026 8:05:00\sAM$/);
    expect(formatLabDateTime('fr', '2026-03-02T08:00:00.000Z', 300_000)).toBe('02/03/2026 08:05:00');
  });

  it('print uptimes as Hyper-V Manager does', () => {
    expect(formatUptime(0)).toBe('00:00:00');
    expect(formatUptime(3_723)).toBe('01:02:03');
    expect(formatUptime(90_061)).toBe('1.01:01:01');
  });
});
