import type { CommandResult } from '../../protocol';
import { refreshHealth } from '../health/refresh';
import { EV } from '../engine/kinds';
import { relContext, type RelContext } from '../model/relations';
import type { World } from '../model/world';
import { requestTransfer, requireResync } from '../processes/replicationCycle';
import { stopWorkload } from '../processes/writes';
import { fail, OK } from './result';

/**
 * Lab fault: a power cut. Running VMs stop where they are (their writes end now); primaries that were
 * running leave change logs that were not closed gracefully, so they need resynchronisation at power-on
 * (reference §5.4). The host's replica listener stops answering, so senders retry.
 */
export function crashHost(world: World, hostName: string): CommandResult {
  const host = world.resolveHost(hostName);
  if (!host) return fail('HostNotFound', { host: hostName });
  if (host.power === 'Crashed') return fail('HostAlreadyCrashed', { host: host.name });
  for (const vm of world.vms.values()) {
    if (vm.host !== host.name || (vm.state !== 'Running' && vm.state !== 'Paused')) continue;
    for (const id of vm.relationships) {
      const rel = world.rels.get(id);
      const rt = world.relRt.get(id);
      // During the initial copy there is no replica to resynchronise yet: the copy restarts instead.
      if (rel && rt && rel.primaryVm === vm.key && rt.tracking && rel.primaryState !== 'InitialReplicationInProgress') rt.uncleanShutdown = true;
    }
    stopWorkload(world, vm);
    vm.state = 'Off';
    vm.startedAt = null;
    vm.memoryAssignedMB = 0;
    world.touchVm(vm.key);
  }
  host.power = 'Crashed';
  world.touchHost(host.name);
  world.event(6008, 'Error', host.name, null, 'event.hostCrashed', { host: host.name });
  for (const rel of world.rels.values()) if (rel.primaryHost === host.name || rel.replicaHost === host.name) refreshHealth(world, rel);
  return OK;
}

export function powerOnHost(world: World, hostName: string): CommandResult {
  const host = world.resolveHost(hostName);
  if (!host) return fail('HostNotFound', { host: hostName });
  if (host.power === 'On') return fail('HostAlreadyRunning', { host: host.name });
  host.power = 'On';
  world.touchHost(host.name);
  world.event(6005, 'Information', host.name, null, 'event.hostStarted', { host: host.name });
  for (const rel of world.rels.values()) {
    if (rel.primaryHost !== host.name) continue;
    const ctx = relContext(world, rel);
    if (!ctx) continue;
    if (ctx.rt.uncleanShutdown) {
      ctx.rt.uncleanShutdown = false;
      if (ctx.rt.tracking) {
        cancelResync(world, ctx);
        requireResync(world, ctx, 'event.resyncUnclean');
      }
      continue;
    }
    if (rel.primaryState === 'Replicating') requestTransfer(world, ctx);
  }
  return OK;
}

/** A resynchronisation the crash interrupted is void: it must start again from scratch (reference §5.4). */
function cancelResync(world: World, ctx: RelContext): void {
  const { rel, rt } = ctx;
  const resyncing = rel.primaryState === 'Resynchronizing' || rel.primaryState === 'ResynchronizeSuspended';
  if (!resyncing && rel.job?.kind !== 'Resynchronization') return;
  for (const kind of [EV.RESYNC_START, EV.RESYNC_DONE] as const) rt.gens[kind] = (rt.gens[kind] ?? 0) + 1;
  rel.job = null;
  if (rel.replicaState === 'Resynchronizing' || rel.replicaState === 'ResynchronizeSuspended') rel.replicaState = 'Replicating';
  world.touchRel(rel.id);
}
