import type { Command, CommandResult } from '../../protocol';
import type { World } from '../model/world';
import { isValidStoragePath, volumeOf } from '../processes/storage';
import { startStorageMove, storageMoveBytes } from '../processes/storageMove';
import { fail, isFailure, OK, resolveVm } from './result';

type MoveStorageCommand = Extract<Command, { type: 'Move-VMStorage' }>;

/**
 * `Move-VMStorage -DestinationStoragePath`: all of the VM's data to one folder of its own host. Refused,
 * with nothing changed, when the folder is not on a volume of the host, when a move already runs, or when
 * the destination volume lacks room for the VM's disks.
 */
export function moveStorage(world: World, cmd: MoveStorageCommand): CommandResult {
  const vm = resolveVm(world, cmd);
  if (isFailure(vm)) return vm;
  const host = world.hosts.get(vm.host);
  if (!host) return fail('HostNotFound', { host: cmd.host });
  const folder = cmd.destinationStoragePath.trim().replace(/\\+$/, '');
  if (vm.storageMove) return fail('StorageMoveInProgress', { vm: vm.name });
  if (!isValidStoragePath(host, folder)) return fail('StorageLocationInvalid', { path: cmd.destinationStoragePath });
  const bytes = storageMoveBytes(vm);
  const volume = volumeOf(host, folder);
  if (!volume) return fail('StorageLocationInvalid', { path: cmd.destinationStoragePath });
  if (volume.freeBytes < bytes) {
    return fail('StorageMoveNoSpace', { vm: vm.name, server: host.name, drive: volume.drive, needed: gb(bytes), free: gb(volume.freeBytes) });
  }
  if (cmd.dryRun) return OK;
  startStorageMove(world, host, vm, folder, bytes, cmd.labLeaveSource ?? false);
  return OK;
}

/** Bytes as Hyper-V Manager writes sizes: GB with one decimal. */
const gb = (bytes: number): number => Math.round((bytes / 1024 ** 3) * 10) / 10;
