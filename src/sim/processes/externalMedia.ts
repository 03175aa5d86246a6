import type { Relationship } from '../../protocol';
import { MEDIA_BYTES_PER_SEC } from '../engine/constants';
import { EV } from '../engine/kinds';
import { setStates } from '../health/refresh';
import { relContext, replicatedUsedBytes, wireBytes } from '../model/relations';
import type { World } from '../model/world';
import { startRecoveryPoints } from './recoveryPoints';
import { applyReceived, startCycles, updatePending } from './replicationCycle';
import { joinPath, volumeOf } from './storage';
import { accountWrites } from './writes';
import { bumpGen } from '../model/runtime';

const mediaMs = (bytes: number) => Math.ceil((bytes / MEDIA_BYTES_PER_SEC) * 1000);

/**
 * Out-of-band initial copy, step 1 (reference §8.2): the copy is exported to `<folder>\<VM>_<VM id>` on the
 * primary; change tracking starts now; the relationship's method becomes ExternalMedia. Returns false,
 * having changed nothing, when the folder's volume lacks room.
 */
export function startExport(world: World, rel: Relationship, folder: string): boolean {
  const ctx = relContext(world, rel);
  if (!ctx) return false;
  const bytes = wireBytes(rel, ctx.primaryVm, replicatedUsedBytes(rel, ctx.primaryVm));
  const volume = volumeOf(ctx.primaryHost, folder);
  if (!volume || volume.freeBytes < bytes) return false;
  // Written only once the room is known: a refused export must leave the relationship as it was.
  if (rel.settings.initialReplicationMethod !== 'ExternalMedia') rel.settings = { ...rel.settings, initialReplicationMethod: 'ExternalMedia' };
  volume.freeBytes -= bytes;
  world.touchHost(ctx.primaryHost.name);
  accountWrites(world, ctx.primaryVm);
  ctx.rt.jobSeq = ctx.primaryVm.writeSeq;
  ctx.rt.jobDataTime = world.now;
  ctx.rt.logFromSeq = ctx.rt.jobSeq;
  ctx.rt.receivedSeq = rel.appliedSeq;
  ctx.rt.tracking = true;
  rel.exportPath = joinPath(folder, `${ctx.primaryVm.name}_${ctx.primaryVm.id}`);
  rel.job = { kind: 'Export', startedAt: world.now, endsAt: world.now + mediaMs(bytes), bytes };
  world.schedule(rel.job.endsAt, EV.EXPORT_DONE, ctx.rt.slot, bumpGen(ctx.rt, EV.EXPORT_DONE));
  world.event(29300, 'Information', rel.primaryHost, ctx.primaryVm.name, 'event.exportStarted', { vm: ctx.primaryVm.name, path: rel.exportPath });
  setStates(world, rel, 'InitialReplicationInProgress', 'WaitingForInitialReplication');
  return true;
}

/** Export finished: the primary replicates its changes, which wait on the placeholder until the import. */
export function onExportDone(world: World, rel: Relationship): void {
  if (rel.job?.kind !== 'Export') return;
  rel.job = null;
  world.event(29302, 'Information', rel.primaryHost, world.vms.get(rel.primaryVm)?.name ?? null, 'event.exportCompleted', { vm: world.vms.get(rel.primaryVm)?.name ?? '', path: rel.exportPath ?? '' });
  setStates(world, rel, 'Replicating', null);
  startCycles(world, rel);
}

/** "Import Initial Replica…": reads the copy from the media folder into the placeholder's disks. */
export function startImport(world: World, rel: Relationship): void {
  const ctx = relContext(world, rel);
  if (!ctx) return;
  const bytes = replicatedUsedBytes(rel, ctx.primaryVm);
  rel.job = { kind: 'Import', startedAt: world.now, endsAt: world.now + mediaMs(bytes), bytes };
  world.schedule(rel.job.endsAt, EV.IMPORT_DONE, ctx.rt.slot, bumpGen(ctx.rt, EV.IMPORT_DONE));
  world.touchRel(rel.id);
}

/** Import finished: the replica holds the exported copy, then merges the changes queued meanwhile. */
export function onImportDone(world: World, rel: Relationship): void {
  const ctx = relContext(world, rel);
  if (!ctx || rel.job?.kind !== 'Import') return;
  rel.job = null;
  rel.appliedSeq = Math.max(rel.appliedSeq, ctx.rt.jobSeq);
  rel.appliedDataTime = Math.max(rel.appliedDataTime ?? 0, ctx.rt.jobDataTime);
  ctx.replicaVm.writeSeq = rel.appliedSeq;
  rel.lastReplicationTime = world.now;
  world.touchVm(ctx.replicaVm.key);
  world.event(29304, 'Information', rel.replicaHost, ctx.replicaVm.name, 'event.importCompleted', { vm: ctx.replicaVm.name });
  setStates(world, rel, null, 'Replicating');
  ctx.rt.receivedAt = world.now;
  applyReceived(world, ctx);
  updatePending(world, ctx);
  startRecoveryPoints(world, rel);
}
