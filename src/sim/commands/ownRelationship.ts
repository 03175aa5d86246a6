import type { Relationship, RelationshipType, Vm } from '../../protocol';
import type { World } from '../model/world';

export interface SideOf {
  rel: Relationship;
  side: 'primary' | 'replica';
}

/**
 * The relationship a per-VM cmdlet acts on: on a replica (or the middle VM of a chain) the incoming one,
 * unless `-ReplicationRelationshipType Extended` asks for the outgoing one; on a primary its outgoing one.
 */
export function ownRelationship(world: World, vm: Vm, type: RelationshipType = 'Simple'): SideOf | null {
  let incoming: Relationship | undefined;
  let outgoing: Relationship | undefined;
  for (const id of vm.relationships) {
    const rel = world.rels.get(id);
    if (!rel) continue;
    if (rel.replicaVm === vm.key) incoming = rel;
    if (rel.primaryVm === vm.key) outgoing = rel;
  }
  if (type === 'Extended') return incoming && outgoing ? { rel: outgoing, side: 'primary' } : null;
  if (incoming) return { rel: incoming, side: 'replica' };
  if (outgoing) return { rel: outgoing, side: 'primary' };
  return null;
}
