import type { CommandResult, Vm } from '../../protocol';
import type { World } from '../model/world';
import { isValidStoragePath, joinPath, volumeOf } from '../processes/storage';
import { fail, isFailure, resolveVm } from './result';

/** Where Restore / Copy put the files when no folder is given (Hyper-V's default virtual hard disk folder). */
export const DEFAULT_IMPORT_FOLDER = 'C:\\Users\\Public\\Documents\\Hyper-V';

const normalise = (path: string) => path.trim().replace(/\\+$/, '').toLowerCase();

/**
 * `Export-VM -Path <folder>`: writes `<folder>\<VM name>` with the VM's configuration (its unique ID) and a
 * copy of its virtual hard disks. The copy is written at once (no export job in the lab).
 */
export function exportVm(world: World, cmd: { host: string; vm: string; path: string }): CommandResult {
  const vm = resolveVm(world, cmd);
  if (isFailure(vm)) return vm;
  const host = world.hosts.get(vm.host);
  if (!host || !isValidStoragePath(host, cmd.path)) return fail('StorageLocationInvalid', { path: cmd.path });
  const target = joinPath(cmd.path.trim(), vm.name);
  if (world.exports.has(normalise(target))) return fail('ExportFolderExists', { vm: vm.name, path: target });
  const bytes = vm.disks.reduce((s, d) => s + d.usedBytes, 0);
  const volume = volumeOf(host, cmd.path);
  if (!volume || volume.freeBytes < bytes) return fail('NotEnoughSpaceAt', { path: cmd.path.trim() });
  volume.freeBytes -= bytes;
  const copy: Vm = {
    ...structuredClone(vm),
    state: 'Off',
    startedAt: null,
    cpuUsagePercent: 0,
    memoryAssignedMB: 0,
    disks: vm.disks.map((d) => ({ ...d, path: joinPath(target, 'Virtual Hard Disks', d.path.split('\\').pop() ?? 'disk.vhdx') })),
    replicationMode: 'None',
    replicationState: 'Disabled',
    replicationHealth: 'NotApplicable',
    relationships: [],
  };
  world.exports.set(normalise(target), { path: target, host: host.name, exportedAt: world.now, vm: copy });
  world.touchHost(host.name);
  return { ok: true, data: { path: target } };
}

export type ImportMode = 'Register' | 'Restore' | 'Copy';

/**
 * `Import-VM -Path <export folder>`: `-Register` (in place, same ID), default restore (files copied to
 * `destinationPath`, same ID) or `-Copy -GenerateNewId` (files copied, new ID). With `dryRun`, only finds
 * the export and answers the VM it holds (the Import wizard's Locate Folder / Select Virtual Machine pages).
 */
export function importVm(
  world: World,
  cmd: { host: string; path: string; mode?: ImportMode; generateNewId?: boolean; destinationPath?: string; dryRun?: boolean },
): CommandResult {
  const host = world.resolveHost(cmd.host);
  if (!host) return fail('HostNotFound', { host: cmd.host });
  if (host.power !== 'On') return fail('HostNotRunning', { host: host.name });
  const found = world.exports.get(normalise(cmd.path));
  if (!found) return fail('ExportNotFound', { path: cmd.path });
  const mode = cmd.mode ?? 'Restore';
  const newId = mode === 'Copy' && cmd.generateNewId !== false;
  const id = newId ? newGuid(world, found.vm.id) : found.vm.id;
  const data = { vm: found.vm.name, id: found.vm.id, exportedAt: found.exportedAt, host: found.host };
  if (!newId && world.vms.has(`${host.name}:${id}`)) return fail('ImportIdExists', { vm: found.vm.name, id, host: host.name });
  const folder = (cmd.destinationPath ?? DEFAULT_IMPORT_FOLDER).trim();
  const bytes = found.vm.disks.reduce((s, d) => s + d.usedBytes, 0);
  const volume = mode === 'Register' ? undefined : volumeOf(host, folder);
  if (mode !== 'Register') {
    if (!isValidStoragePath(host, folder)) return fail('StorageLocationInvalid', { path: folder });
    if (!volume || volume.freeBytes < bytes) return fail('NotEnoughSpaceAt', { path: folder });
  }
  if (cmd.dryRun) return { ok: true, data };
  if (volume) volume.freeBytes -= bytes;
  const vm: Vm = {
    ...structuredClone(found.vm),
    id,
    key: `${host.name}:${id}`,
    host: host.name,
    disks:
      mode === 'Register'
        ? structuredClone(found.vm.disks)
        : found.vm.disks.map((d) => ({ ...d, path: joinPath(folder, 'Virtual Hard Disks', d.path.split('\\').pop() ?? 'disk.vhdx') })),
    adapters: found.vm.adapters.map((a) => ({ ...a, switchName: host.switches.includes(a.switchName ?? '') ? a.switchName : null })),
    writeSeq: 0,
  };
  world.addVm(vm);
  // Registered in place, the export folder now is the VM's own files: it is no longer an export.
  if (mode === 'Register') world.exports.delete(normalise(cmd.path));
  world.touchHost(host.name);
  return { ok: true, data: { ...data, id, key: vm.key } };
}

/** A new GUID for `-GenerateNewId`, derived from the old one and the world's change counter (deterministic). */
function newGuid(world: World, from: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const seed = `${from}:${world.version}:${world.now}:${world.vms.size}`;
  for (let i = 0; i < seed.length; i++) {
    h1 = Math.imul(h1 ^ seed.charCodeAt(i), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ seed.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).repeat(2);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
