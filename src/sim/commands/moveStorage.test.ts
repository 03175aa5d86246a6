import { describe, expect, it } from 'vitest';
import { saveLab, type Engine } from '../index';
import { GIB } from '../labs/units';
import { lab, MINUTE, run, vmIn } from './testLab';

const MOVE = { type: 'Move-VMStorage', host: 'HV-2', vm: 'Vm1', destinationStoragePath: 'E:\\Replica' } as const;

function free(engine: Engine, host: string, drive: string): number {
  const v = engine.snapshot().hosts.find((h) => h.name === host)?.volumes.find((x) => x.drive === drive);
  if (!v) throw new Error(`${host} has no ${drive}`);
  return v.freeBytes;
}

function replicaSide(engine: Engine) {
  const snap = engine.snapshot();
  const rel = snap.relationships.find((r) => r.replicaHost === 'HV-2' && r.replicaVm === vmIn(snap, 'HV-2', 'Vm1').key);
  if (!rel) throw new Error('no relationship');
  return rel;
}

describe('Move-VMStorage (Move Wizard ▸ Move the virtual machine’s storage)', () => {
  it('moves the replica of Vm1 from D: to E: with a job whose progress follows simulated time', () => {
    const engine = lab('active-passive');
    const before = vmIn(engine.snapshot(), 'HV-2', 'Vm1');
    const bytes = before.disks.reduce((s, d) => s + d.usedBytes, 0);
    const d0 = free(engine, 'HV-2', 'D:');
    const e0 = free(engine, 'HV-2', 'E:');
    run(engine, MOVE);
    const job = vmIn(engine.snapshot(), 'HV-2', 'Vm1').storageMove;
    expect(job).toMatchObject({ bytes, destinationPath: 'E:\\Replica', leaveSource: false });
    if (!job) throw new Error('no job');
    expect(job.endsAt).toBeGreaterThan(job.startedAt);
    expect(free(engine, 'HV-2', 'E:')).toBe(e0 - bytes);
    engine.advanceBy(Math.floor((job.endsAt - job.startedAt) / 2));
    expect(vmIn(engine.snapshot(), 'HV-2', 'Vm1').storageMove).not.toBeNull();
    expect(vmIn(engine.snapshot(), 'HV-2', 'Vm1').disks[0]?.path).toBe(before.disks[0]?.path);
    engine.advanceBy(job.endsAt - job.startedAt);
    const after = vmIn(engine.snapshot(), 'HV-2', 'Vm1');
    expect(after.storageMove ?? null).toBeNull();
    expect(after.disks.map((d) => d.path)).toEqual(['E:\\Replica\\Virtual Hard Disks\\Vm1.vhdx']);
    expect(free(engine, 'HV-2', 'D:')).toBe(d0 + bytes);
    expect(free(engine, 'HV-2', 'E:')).toBe(e0 - bytes);
  });

  it('moves a primary: its replicated-disk list follows the disks', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Move-VMStorage', host: 'HV-1', vm: 'Vm2', destinationStoragePath: 'D:\\Moved\\' });
    engine.advanceBy(10 * MINUTE);
    const snap = engine.snapshot();
    const vm = vmIn(snap, 'HV-1', 'Vm2');
    expect(vm.disks[0]?.path).toBe('D:\\Moved\\Virtual Hard Disks\\Vm2.vhdx');
    const rel = snap.relationships.find((r) => r.primaryVm === vm.key);
    expect(rel?.settings.replicatedDisks).toEqual(['D:\\Moved\\Virtual Hard Disks\\Vm2.vhdx']);
  });

  it('is refused without room on the destination volume, and nothing changes', () => {
    const engine = lab('active-passive');
    const e = engine.world.hosts.get('HV-2')?.volumes.find((v) => v.drive === 'E:');
    if (!e) throw new Error('no E:');
    e.freeBytes = 1 * GIB;
    const before = JSON.stringify(saveLab(engine));
    expect(engine.execute(MOVE)).toMatchObject({ ok: false, error: { code: 'StorageMoveNoSpace', params: { vm: 'Vm1', drive: 'E:', free: 1 } } });
    expect(JSON.stringify(saveLab(engine))).toBe(before);
  });

  it('is refused for a folder on no volume of the host, or while a move runs', () => {
    const engine = lab('active-passive');
    expect(engine.execute({ ...MOVE, destinationStoragePath: 'Z:\\Nowhere' })).toMatchObject({ ok: false, error: { code: 'StorageLocationInvalid' } });
    run(engine, MOVE);
    const before = JSON.stringify(saveLab(engine));
    expect(engine.execute(MOVE)).toMatchObject({ ok: false, error: { code: 'StorageMoveInProgress' } });
    expect(JSON.stringify(saveLab(engine))).toBe(before);
  });

  it('puts the replication in error while the replica moves (the primary retries), Normal again afterwards', () => {
    const engine = lab('active-passive');
    engine.advanceBy(2 * 60 * MINUTE);
    run(engine, MOVE);
    expect(replicaSide(engine).replicaHealth).toBe('Critical');
    engine.advanceBy(6 * MINUTE);
    let rel = replicaSide(engine);
    expect(vmIn(engine.snapshot(), 'HV-2', 'Vm1').storageMove).toBeTruthy();
    expect(rel.consecutiveFailures).toBeGreaterThan(0);
    expect(rel.replicaHealth).toBe('Critical');
    expect(vmIn(engine.snapshot(), 'HV-2', 'Vm1').replicationHealth).toBe('Critical');
    expect(engine.snapshot().events.some((ev) => ev.eventId === 32315 && ev.params.reason === 'ReplicaStorageMove')).toBe(true);
    engine.advanceBy(15 * MINUTE);
    rel = replicaSide(engine);
    expect(vmIn(engine.snapshot(), 'HV-2', 'Vm1').storageMove ?? null).toBeNull();
    expect(rel.consecutiveFailures).toBe(0);
    expect(rel.replicaHealth).toBe('Normal');
    expect(rel.replicaState).toBe('Replicating');
    expect(rel.primaryHealth).toBe('Normal');
  });

  it('lab option: the old VHD stays on the source volume, its space still used', () => {
    const engine = lab('active-passive');
    const d0 = free(engine, 'HV-2', 'D:');
    const bytes = vmIn(engine.snapshot(), 'HV-2', 'Vm1').disks.reduce((s, d) => s + d.usedBytes, 0);
    run(engine, { ...MOVE, labLeaveSource: true });
    engine.advanceBy(10 * MINUTE);
    expect(vmIn(engine.snapshot(), 'HV-2', 'Vm1').disks[0]?.path).toBe('E:\\Replica\\Virtual Hard Disks\\Vm1.vhdx');
    expect(free(engine, 'HV-2', 'D:')).toBe(d0);
    expect(free(engine, 'HV-2', 'E:')).toBe(480 * GIB - bytes);
  });

  it('a lab saved during the move loads and finishes the move', async () => {
    const { loadLab } = await import('../index');
    const engine = lab('active-passive');
    run(engine, MOVE);
    const copy = loadLab(JSON.parse(JSON.stringify(saveLab(engine))));
    copy.advanceBy(10 * MINUTE);
    expect(vmIn(copy.snapshot(), 'HV-2', 'Vm1').disks[0]?.path).toBe('E:\\Replica\\Virtual Hard Disks\\Vm1.vhdx');
  });
});
