import type { Relationship } from '../../protocol';
import { vmReplicationStatus } from '../../query';
import type { World } from '../model/world';
import { isPlainlyNormal, sideHealth } from './health';

/** Re-evaluates both sides' health; stamps the relationship and its VMs only when something changed. */
export function refreshHealth(world: World, rel: Relationship): void {
  // Hot path (every cycle of every VM): a healthy relationship that stays healthy allocates nothing.
  const replicaVm = world.vms.get(rel.replicaVm);
  const moving = replicaVm?.storageMove != null;
  if (!moving && rel.primaryHealth === 'Normal' && rel.replicaHealth === 'Normal' && isPlainlyNormal(rel, world.now)) return;
  const p = sideHealth(rel, 'primary', world.now, world.vms.get(rel.primaryVm)?.name);
  let r = sideHealth(rel, 'replica', world.now, replicaVm?.name);
  // A replica whose storage moves refuses the primary's logs (§5.6): the course shows it in error until the move ends.
  if (moving && replicaVm && r.health !== 'NotApplicable') {
    r = { health: 'Critical', details: [{ key: 'health.cannotSend', params: { vm: replicaVm.name, replicaServer: rel.settings.replicaServer } }, ...r.details] };
  }
  const details = p.health !== 'Normal' ? p.details : r.details;
  const changed =
    p.health !== rel.primaryHealth ||
    r.health !== rel.replicaHealth ||
    details.length !== rel.healthDetails.length ||
    details.some((d, i) => d.key !== rel.healthDetails[i]?.key);
  if (!changed) return;
  rel.primaryHealth = p.health;
  rel.replicaHealth = r.health;
  rel.healthDetails = details;
  world.touchRel(rel.id);
  syncVmReplication(world, rel.primaryVm);
  syncVmReplication(world, rel.replicaVm);
}

/** A VM's own replication columns (`Get-VM`'s ReplicationMode/State/Health), as the query layer derives them. */
export function syncVmReplication(world: World, vmKey: string): void {
  const vm = world.vms.get(vmKey);
  if (!vm) return;
  const next = vmReplicationStatus(vm, world.rels);
  if (next.mode !== vm.replicationMode || next.state !== vm.replicationState || next.health !== vm.replicationHealth) {
    vm.replicationMode = next.mode;
    vm.replicationState = next.state;
    vm.replicationHealth = next.health;
    world.touchVm(vm.key);
  }
}

/** Sets a side's state, logs nothing, and refreshes health and the VM columns. */
export function setStates(world: World, rel: Relationship, primary: Relationship['primaryState'] | null, replica: Relationship['replicaState'] | null): void {
  if (primary !== null) rel.primaryState = primary;
  if (replica !== null) rel.replicaState = replica;
  world.touchRel(rel.id);
  syncVmReplication(world, rel.primaryVm);
  syncVmReplication(world, rel.replicaVm);
  refreshHealth(world, rel);
}
