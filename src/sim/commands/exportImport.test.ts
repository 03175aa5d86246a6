import { describe, expect, it } from 'vitest';
import { checkInvariants, loadLab, saveLab } from '../index';
import { blankWithReplicaServer, enableCmd, expectRejected, HOUR, relOf, run, vmOf } from './testLab';

const FOLDER = 'D:\\Export';
const VM3 = `${FOLDER}\\Vm3`;

function exported() {
  const engine = blankWithReplicaServer();
  run(engine, { type: 'Export-VM', host: 'HV-1', vm: 'Vm3', path: FOLDER });
  return engine;
}

/** The command is refused with `code` and the saved lab is byte for byte the same. */
function refusedUnchanged(engine: ReturnType<typeof exported>, cmd: Parameters<typeof run>[1], code: string): void {
  const before = JSON.stringify(saveLab(engine));
  const result = engine.execute(cmd);
  expect(result).toMatchObject({ ok: false, error: { code } });
  expect(JSON.stringify(saveLab(engine))).toBe(before);
}

describe('Export-VM / Import-VM', () => {
  it('exports to <folder>\\<VM name> with the id, configuration and disks, using space on the volume', () => {
    const engine = blankWithReplicaServer();
    const vm3 = vmOf(engine, 'HV-1', 'Vm3');
    const freeBefore = engine.snapshot().hosts.find((h) => h.name === 'HV-1')?.volumes.find((v) => v.drive === 'D:')?.freeBytes ?? 0;
    const result = engine.execute({ type: 'Export-VM', host: 'HV-1', vm: 'Vm3', path: FOLDER });
    expect(result).toMatchObject({ ok: true, data: { path: VM3 } });
    const exp = engine.world.exports.get(VM3.toLowerCase());
    expect(exp?.vm.id).toBe(vm3.id);
    expect(exp?.vm.processorCount).toBe(vm3.processorCount);
    expect(exp?.vm.disks.map((d) => d.path)).toEqual(vm3.disks.map((d) => `${VM3}\\Virtual Hard Disks\\${d.path.split('\\').pop() ?? ''}`));
    const used = vm3.disks.reduce((s, d) => s + d.usedBytes, 0);
    const freeAfter = engine.snapshot().hosts.find((h) => h.name === 'HV-1')?.volumes.find((v) => v.drive === 'D:')?.freeBytes ?? 0;
    expect(freeBefore - freeAfter).toBe(used);
    // Saved and loaded, the export is still there.
    const again = loadLab(JSON.parse(JSON.stringify(saveLab(engine))));
    expect(again.world.exports.get(VM3.toLowerCase())?.vm.id).toBe(vm3.id);
  });

  it('refuses an export to an invalid folder, over an existing export or without space, changing nothing', () => {
    const engine = exported();
    refusedUnchanged(engine, { type: 'Export-VM', host: 'HV-1', vm: 'Vm3', path: FOLDER }, 'ExportFolderExists');
    refusedUnchanged(engine, { type: 'Export-VM', host: 'HV-1', vm: 'Vm3', path: 'Q:\\Nowhere' }, 'StorageLocationInvalid');
    refusedUnchanged(engine, { type: 'Import-VM', host: 'HV-2', path: 'D:\\Nothing\\Here' }, 'ExportNotFound');
    refusedUnchanged(engine, { type: 'Import-VM', host: 'HV-2', path: VM3, destinationPath: 'Q:\\Vms' }, 'StorageLocationInvalid');
  });

  it('a dry run answers the exported VM without importing', () => {
    const engine = exported();
    const before = JSON.stringify(saveLab(engine));
    expect(engine.execute({ type: 'Import-VM', host: 'HV-2', path: `${VM3}\\`, dryRun: true })).toMatchObject({ ok: true, data: { vm: 'Vm3', id: vmOf(engine, 'HV-1', 'Vm3').id } });
    expect(JSON.stringify(saveLab(engine))).toBe(before);
  });

  it.each(['Register', 'Restore'] as const)('%s keeps the unique ID; the VM is Off; a second import is refused', (mode) => {
    const engine = exported();
    const id = vmOf(engine, 'HV-1', 'Vm3').id;
    run(engine, { type: 'Import-VM', host: 'HV-2', path: VM3, mode, destinationPath: 'D:\\Vms' });
    const imported = vmOf(engine, 'HV-2', 'Vm3');
    expect(imported).toMatchObject({ id, state: 'Off', replicationMode: 'None' });
    expect(imported.disks[0]?.path.startsWith(mode === 'Register' ? VM3 : 'D:\\Vms')).toBe(true);
    if (mode === 'Restore') {
      refusedUnchanged(engine, { type: 'Import-VM', host: 'HV-2', path: VM3 }, 'ImportIdExists');
      expectRejected(engine, { type: 'Import-VM', host: 'HV-1', path: VM3, mode: 'Register' }, 'ImportIdExists', { id, host: 'HV-1' });
    }
    expect(checkInvariants(engine)).toEqual([]);
  });

  it('Copy creates a new unique ID, which cannot serve as the initial copy', () => {
    const engine = exported();
    const id = vmOf(engine, 'HV-1', 'Vm3').id;
    run(engine, { type: 'Import-VM', host: 'HV-1', path: VM3, mode: 'Copy' });
    const copies = engine.snapshot().vms.filter((v) => v.host === 'HV-1' && v.name === 'Vm3');
    expect(copies).toHaveLength(2);
    expect(new Set(copies.map((v) => v.id)).size).toBe(2);
    run(engine, { type: 'Import-VM', host: 'HV-2', path: VM3, mode: 'Copy' });
    expect(vmOf(engine, 'HV-2', 'Vm3').id).not.toBe(id);
    expectRejected(engine, enableCmd({ vm: 'Vm3', initialReplication: { method: 'ExistingVm' } }), 'ExistingVmNotFound', { vm: 'Vm3', id });
  });

  it('after Export on HV-1 and Import on HV-2, Enable Replication uses the existing VM and reaches Normal', () => {
    const engine = exported();
    run(engine, { type: 'Import-VM', host: 'HV-2', path: VM3, mode: 'Register' });
    run(engine, enableCmd({ vm: 'Vm3', initialReplication: { method: 'ExistingVm' } }));
    const job = relOf(engine, 'HV-1', 'Vm3').job;
    engine.advanceTo((job?.endsAt ?? 0) + HOUR);
    const rel = relOf(engine, 'HV-1', 'Vm3');
    expect([rel.primaryState, rel.replicaState, rel.primaryHealth]).toEqual(['Replicating', 'Replicating', 'Normal']);
    expect(engine.snapshot().vms.filter((v) => v.name === 'Vm3')).toHaveLength(2);
    expect(checkInvariants(engine)).toEqual([]);
  });
});
