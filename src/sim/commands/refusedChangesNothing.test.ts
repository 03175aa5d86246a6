/**
 * Check before write: a refused command leaves the whole saved lab (entities, runtime, queue, random
 * streams, event log, change counters) byte-identical, not only the snapshot the UI sees.
 */
import { describe, expect, it } from 'vitest';
import type { Command, SimErrorCode } from '../../protocol';
import { createEngine, saveLab, type Engine } from '../index';
import type { Vm } from '../../protocol';
import { blankWithReplicaServer, enableCmd, run, setReplicaVolumeFree } from './testLab';

function expectRefusedUnchanged(engine: Engine, cmd: Command, code: SimErrorCode): void {
  const before = JSON.stringify(saveLab(engine));
  const result = engine.execute(cmd);
  expect(result).toMatchObject({ ok: false, error: { code } });
  expect(JSON.stringify(saveLab(engine))).toBe(before);
}

/** The engine's own VM object (test set-up edits it in place). */
function liveVm(engine: Engine, host: string, name: string): Vm {
  const vm = engine.world.findVm(host, name);
  if (!vm) throw new Error(`no VM ${name} on ${host}`);
  return vm;
}

/** Free bytes of the primary's C: volume (where the media folder is). */
function setMediaVolumeFree(engine: Engine, bytes: number): void {
  const volume = engine.world.hosts.get('HV-1')?.volumes.find((v) => v.drive === 'C:');
  if (!volume) throw new Error('HV-1 has no C: volume');
  volume.freeBytes = bytes;
}

describe('a refused command changes nothing (saved lab byte-identical)', () => {
  it('Start-VMInitialReplication to media without room keeps the relationship\u2019s method (InsufficientStorage)', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    setMediaVolumeFree(engine, 1);
    expectRefusedUnchanged(engine, { type: 'Start-VMInitialReplication', host: 'HV-1', vm: 'Vm1', destinationPath: 'C:\\Export' }, 'InsufficientStorage');
  });

  it('Start-VMInitialReplication to media with room records ExternalMedia and starts the export', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    run(engine, { type: 'Start-VMInitialReplication', host: 'HV-1', vm: 'Vm1', destinationPath: 'C:\\Export' });
    const rel = [...engine.world.rels.values()][0];
    expect(rel?.settings.initialReplicationMethod).toBe('ExternalMedia');
    expect(rel?.job?.kind).toBe('Export');
  });

  it('Start-VMInitialReplication over the network without room for a disk not reserved yet logs nothing (InsufficientStorage)', () => {
    const engine = blankWithReplicaServer();
    // A second disk, so that one replica disk can already hold its copy while the other still needs room.
    const primary = liveVm(engine, 'HV-1', 'Vm1');
    primary.disks = [...primary.disks, { path: 'C:\\VM\\Vm1\\Virtual Hard Disks\\Data.vhdx', maxBytes: 2 ** 36, usedBytes: 2 ** 33 }];
    run(engine, enableCmd());
    const replica = liveVm(engine, 'HV-2', 'Vm1');
    const first = replica.disks[0];
    if (!first || replica.disks.length !== 2) throw new Error('expected two replica disks');
    first.usedBytes = primary.disks[0]?.usedBytes ?? 1;
    setReplicaVolumeFree(engine, 'HV-2', 2 ** 32);
    expectRefusedUnchanged(engine, { type: 'Start-VMInitialReplication', host: 'HV-1', vm: 'Vm1' }, 'InsufficientStorage');
  });

  it('Set-VMNetworkAdapter to an empty switch name is refused, not stored (null is "Not connected")', () => {
    const engine = blankWithReplicaServer();
    expectRefusedUnchanged(engine, { type: 'Set-VMNetworkAdapter', host: 'HV-1', vm: 'Vm1', switchName: '' }, 'SwitchNotFound');
    expectRefusedUnchanged(engine, { type: 'Set-VMNetworkAdapter', host: 'HV-1', vm: 'Vm1', testReplicaSwitchName: '' }, 'SwitchNotFound');
  });

  it('Enable-VMReplication with Kerberos stores an empty thumbprint as none', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd({ certificateThumbprint: '' }));
    expect([...engine.world.rels.values()][0]?.settings.certificateThumbprint).toBeNull();
  });

  it('a malformed payload (schema) and an unknown command change nothing', () => {
    const engine = blankWithReplicaServer();
    expectRefusedUnchanged(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: 'yes' } as unknown as Command, 'InvalidParameter');
    expectRefusedUnchanged(engine, { type: 'Get-VM' } as unknown as Command, 'UnknownCommand');
  });
});

describe('dryRun never runs a command for real', () => {
  it('is refused where the command has no dry run (failover on the replica, settings), and changes nothing', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    engine.advanceTo(3_600_000);
    expectRefusedUnchanged(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1', dryRun: true }, 'InvalidParameter');
    expectRefusedUnchanged(engine, { type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm1', frequencySec: 900, dryRun: true }, 'InvalidParameter');
    expect(engine.execute({ type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1', dryRun: true })).toMatchObject({ error: { params: { field: 'dryRun' } } });
  });

  it('still validates where the console relies on it (Planned Failover check)', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    run(engine, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' });
    const before = JSON.stringify(saveLab(engine));
    expect(engine.execute({ type: 'Start-VMFailover', host: 'HV-1', vm: 'Vm1', prepare: true, dryRun: true })).toEqual({ ok: true });
    expect(JSON.stringify(saveLab(engine))).toBe(before);
  });
});
