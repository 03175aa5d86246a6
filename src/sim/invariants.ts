import type { Engine } from './engine/engine';

/**
 * The architecture's invariants; returns the violations (empty when all hold).
 * - a replica is never ahead of its primary;
 * - no relationship points at a missing VM or host; every VM's relationships exist;
 * - free space is never negative.
 */
export function checkInvariants(engine: Engine): string[] {
  const w = engine.world;
  const problems: string[] = [];
  for (const rel of w.rels.values()) {
    const p = w.vms.get(rel.primaryVm);
    const r = w.vms.get(rel.replicaVm);
    if (!p || !r) problems.push(`${rel.id}: missing VM`);
    if (!w.hosts.has(rel.primaryHost) || !w.hosts.has(rel.replicaHost)) problems.push(`${rel.id}: missing host`);
    if (p && rel.appliedSeq > p.writeSeq) problems.push(`${rel.id}: replica ahead of primary (${rel.appliedSeq} > ${p.writeSeq})`);
    if (rel.pendingBytes < 0) problems.push(`${rel.id}: negative pending size`);
  }
  for (const vm of w.vms.values()) {
    if (!w.hosts.has(vm.host)) problems.push(`${vm.key}: missing host`);
    for (const id of vm.relationships) if (!w.rels.has(id)) problems.push(`${vm.key}: dangling relationship ${id}`);
  }
  for (const host of w.hosts.values()) for (const v of host.volumes) if (v.freeBytes < 0) problems.push(`${host.name} ${v.drive}: negative free space`);
  return problems;
}
