import type { CommandResult } from '../../protocol';
import type { World } from '../model/world';
import { startRecoveryPoints } from '../processes/recoveryPoints';
import { startCycles } from '../processes/replicationCycle';
import { checkSchedule } from './enableChecks';
import { ownRelationship } from './ownRelationship';
import { fail, isFailure, OK, resolveVm } from './result';
import { asReplica, reverse, type SetCmd } from './reverseReplication';

/** `Set-VMReplication` (-Reverse, -AsReplica, or settings of a primary). */
export function setReplication(world: World, cmd: SetCmd): CommandResult {
  const vm = resolveVm(world, cmd);
  if (isFailure(vm)) return vm;
  const own = ownRelationship(world, vm);
  if (!own) return fail('ReplicationNotEnabled', { vm: vm.name });
  if (cmd.asReplica) return asReplica(world, vm, own.rel, own.side);
  if (cmd.reverse) return reverse(world, cmd, vm, own.rel, own.side);
  if (own.side === 'replica') return fail('ReplicationSettingsOnReplica', { vm: vm.name });
  if (cmd.frequencySec === undefined && cmd.recoveryHistory === undefined && cmd.vssSnapshotFrequencyHour === undefined) return fail('NothingToChange');
  const s = own.rel.settings;
  const frequency = cmd.frequencySec ?? s.frequencySec;
  const history = cmd.recoveryHistory ?? s.recoveryHistory;
  const vss = cmd.vssSnapshotFrequencyHour === undefined ? (history === 0 ? null : s.vssSnapshotFrequencyHour) : cmd.vssSnapshotFrequencyHour;
  const bad = checkSchedule(frequency, history, vss);
  if (bad) return bad;
  own.rel.settings = { ...s, frequencySec: frequency as typeof s.frequencySec, recoveryHistory: history, vssSnapshotFrequencyHour: vss };
  while (own.rel.recoveryPoints.length > history) own.rel.recoveryPoints.shift();
  world.touchRel(own.rel.id);
  if (own.rel.primaryState === 'Replicating' && frequency !== s.frequencySec) startCycles(world, own.rel);
  if (history !== s.recoveryHistory && own.rel.replicaState === 'Replicating') startRecoveryPoints(world, own.rel);
  return OK;
}

