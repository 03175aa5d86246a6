import type { Host, StorageMove, Vm } from '../../protocol';
import { STORAGE_MOVE_BYTES_PER_SEC } from '../engine/constants';
import { EV } from '../engine/kinds';
import { refreshHealth } from '../health/refresh';
import type { World } from '../model/world';
import { joinPath, volumeOf } from './storage';

/** Bytes a storage move copies: what the VM's virtual hard disks hold. */
export function storageMoveBytes(vm: Vm): number {
  return vm.disks.reduce((sum, d) => sum + d.usedBytes, 0);
}

/** Where a disk lands when all the VM's data goes to one folder (`<folder>\Virtual Hard Disks\<file>`). */
export function movedDiskPath(folder: string, diskPath: string): string {
  const file = diskPath.split('\\').pop() ?? diskPath;
  return joinPath(folder, 'Virtual Hard Disks', file);
}

/**
 * `Move-VMStorage` starts (reference §5.6): the destination volume is reserved now, the copy runs at media
 * speed, and the replica refuses the primary's logs until it ends (see `sendFailure`). The caller checked
 * the folder and the room.
 */
export function startStorageMove(world: World, host: Host, vm: Vm, folder: string, bytes: number, leaveSource: boolean): void {
  const volume = volumeOf(host, folder);
  if (volume) volume.freeBytes -= bytes;
  const durationMs = Math.max(1000, Math.ceil((bytes / STORAGE_MOVE_BYTES_PER_SEC) * 1000));
  const move: StorageMove = { startedAt: world.now, endsAt: world.now + durationMs, bytes, destinationPath: folder, leaveSource };
  vm.storageMove = move;
  world.touchHost(host.name);
  world.touchVm(vm.key);
  const rt = world.vmRt.get(vm.key);
  if (rt) world.schedule(move.endsAt, EV.STORAGE_MOVE_DONE, rt.slot, 0);
  for (const id of vm.relationships) {
    const rel = world.rels.get(id);
    if (rel) refreshHealth(world, rel);
  }
}

/** The copy is done: the VM uses the new files; the source is freed unless the lab leaves it behind. */
export function onStorageMoveDone(world: World, vm: Vm): void {
  const move = vm.storageMove;
  if (!move || world.now < move.endsAt) return;
  const host = world.hosts.get(vm.host);
  const renamed = new Map<string, string>();
  vm.disks = vm.disks.map((d) => {
    if (host && !move.leaveSource) {
      const source = volumeOf(host, d.path);
      if (source) source.freeBytes = Math.min(source.capacityBytes, source.freeBytes + d.usedBytes);
    }
    const path = movedDiskPath(move.destinationPath, d.path);
    renamed.set(d.path, path);
    return { ...d, path };
  });
  vm.storageMove = null;
  world.touchVm(vm.key);
  if (host) world.touchHost(host.name);
  for (const id of vm.relationships) {
    const rel = world.rels.get(id);
    if (!rel) continue;
    // A primary's replicated-disk list names its own disks: it follows them to their new paths.
    if (rel.primaryVm === vm.key) {
      rel.settings = { ...rel.settings, replicatedDisks: rel.settings.replicatedDisks.map((p) => renamed.get(p) ?? p) };
      world.touchRel(rel.id);
    }
    refreshHealth(world, rel);
  }
}
