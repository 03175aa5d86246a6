import type { CommandResult, VmRef } from '../../protocol';
import { relContext } from '../model/relations';
import type { World } from '../model/world';
import { startImport } from '../processes/externalMedia';
import { reserveReplicaDisks } from '../processes/initialReplication';
import { ownRelationship } from './ownRelationship';
import { fail, isFailure, OK, resolveVm } from './result';

const normalise = (path: string) => path.trim().replace(/\\+$/, '').toLowerCase();

/** `Import-VMInitialReplication`: completes an external-media initial copy on the placeholder VM. */
export function importInitialReplica(world: World, ref: VmRef, path: string): CommandResult {
  const vm = resolveVm(world, ref);
  if (isFailure(vm)) return vm;
  const own = ownRelationship(world, vm);
  if (!own || own.side !== 'replica') return fail('NotApplicableOnVm', { vm: vm.name, cmdlet: 'Import-VMInitialReplication' });
  const { rel } = own;
  if (rel.replicaState !== 'WaitingForInitialReplication' || rel.settings.initialReplicationMethod !== 'ExternalMedia' || rel.job) {
    return fail('InvalidReplicationState', { vm: vm.name });
  }
  // The export must be finished and the folder must be the one it wrote (`<folder>\<VM>_<VM id>`).
  if (!rel.exportPath || rel.primaryState === 'InitialReplicationInProgress' || normalise(path) !== normalise(rel.exportPath)) {
    return fail('ImportFailed', { vm: vm.name, path });
  }
  const ctx = relContext(world, rel);
  if (!ctx) return fail('ReplicationNotEnabled', { vm: vm.name });
  if (!reserveReplicaDisks(world, ctx)) return fail('InsufficientStorage', { path: ctx.replicaVm.disks[0]?.path ?? '', server: ctx.replicaHost.fqdn });
  startImport(world, rel);
  return OK;
}
