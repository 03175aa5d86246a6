import type { CommandResult } from '../../protocol';
import { vmRelationships } from '../../query';
import { refreshHealth } from '../health/refresh';
import { relContext } from '../model/relations';
import type { World } from '../model/world';
import { abortInitialCopy, startInitialReplication } from '../processes/initialReplication';
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
    for (const { rel, side } of vmRelationships(vm, world.rels)) {
      const rt = world.relRt.get(rel.id);
      // During the initial copy there is no replica to resynchronise yet: the copy restarts instead.
      if (rt && side === 'primary' && rt.tracking && rel.primaryState !== 'InitialReplicationInProgress') rt.uncleanShutdown = true;
    }
    stopWorkload(world, vm);
    vm.state = 'Off';
    vm.startedAt = null;
    vm.memoryAssignedMB = 0;
    world.touchVm(vm.key);
  }
  for (const rel of world.rels.values()) {
    const ctx = rel.primaryHost === host.name && rel.primaryState === 'InitialReplicationInProgress' ? relContext(world, rel) : null;
    if (ctx) abortInitialCopy(world, ctx);
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
    const failedOver = rel.replicaState === 'FailedOverWaitingCompletion' || rel.replicaState === 'FailedOver';
    if (ctx.rt.uncleanShutdown && !failedOver) {
      ctx.rt.uncleanShutdown = false;
      if (ctx.rt.tracking) requireResync(world, ctx, 'event.resyncUnclean');
      continue;
    }
    // After a failover the replica refuses this primary's logs: its first send puts it in Error (32086).
    ctx.rt.uncleanShutdown = false;
    if (rel.primaryState === 'Replicating') requestTransfer(world, ctx);
    if (rel.primaryState === 'InitialReplicationInProgress' && !rel.job) startInitialReplication(world, rel);
  }
  return OK;
}
