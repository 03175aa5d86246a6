import type { RelationshipType, Vm } from '../../protocol';
import { getVMReplication, type VmSide } from '../../query';
import type { World } from '../model/world';

export type SideOf = VmSide;

/** The relationship a per-VM cmdlet acts on (`Get-VMReplication`'s answer, from the query layer). */
export function ownRelationship(world: World, vm: Vm, type: RelationshipType = 'Simple'): SideOf | null {
  return getVMReplication(vm, world.rels, type);
}
