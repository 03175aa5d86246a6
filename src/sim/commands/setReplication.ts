import type { CommandResult, ReplicationSettings } from '../../protocol';
import type { World } from '../model/world';
import { startRecoveryPoints } from '../processes/recoveryPoints';
import { startCycles } from '../processes/replicationCycle';
import { cancelAutoResync, checkResyncInterval, scheduleAutoResync } from '../processes/resyncSchedule';
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
  if (SETTING_FIELDS.every((field) => cmd[field] === undefined)) return fail('NothingToChange');
  const s = own.rel.settings;
  const frequency = cmd.frequencySec ?? s.frequencySec;
  const history = cmd.recoveryHistory ?? s.recoveryHistory;
  const vss = cmd.vssSnapshotFrequencyHour === undefined ? (history === 0 ? null : s.vssSnapshotFrequencyHour) : cmd.vssSnapshotFrequencyHour;
  const next: ReplicationSettings = {
    ...s,
    frequencySec: frequency as ReplicationSettings['frequencySec'],
    recoveryHistory: history,
    vssSnapshotFrequencyHour: vss,
    autoResynchronizeEnabled: cmd.autoResynchronizeEnabled ?? s.autoResynchronizeEnabled,
    autoResynchronizeIntervalStart: cmd.autoResynchronizeIntervalStart ?? s.autoResynchronizeIntervalStart,
    autoResynchronizeIntervalEnd: cmd.autoResynchronizeIntervalEnd ?? s.autoResynchronizeIntervalEnd,
  };
  const bad = checkSchedule(frequency, history, vss);
  if (bad) return bad;
  const badInterval = checkResyncInterval(next);
  if (badInterval) return { ok: false, error: badInterval };
  own.rel.settings = next;
  while (own.rel.recoveryPoints.length > history) own.rel.recoveryPoints.shift();
  world.touchRel(own.rel.id);
  if (own.rel.primaryState === 'Replicating' && frequency !== s.frequencySec) startCycles(world, own.rel);
  if (history !== s.recoveryHistory && own.rel.replicaState === 'Replicating') startRecoveryPoints(world, own.rel);
  if (resyncScheduleChanged(s, next)) {
    // A resynchronisation already waiting follows the new schedule at once.
    if (next.autoResynchronizeEnabled) scheduleAutoResync(world, own.rel);
    else cancelAutoResync(world, own.rel);
  }
  return OK;
}

const SETTING_FIELDS = ['frequencySec', 'recoveryHistory', 'vssSnapshotFrequencyHour', 'autoResynchronizeEnabled', 'autoResynchronizeIntervalStart', 'autoResynchronizeIntervalEnd'] as const;

function resyncScheduleChanged(a: ReplicationSettings, b: ReplicationSettings): boolean {
  return a.autoResynchronizeEnabled !== b.autoResynchronizeEnabled || a.autoResynchronizeIntervalStart !== b.autoResynchronizeIntervalStart || a.autoResynchronizeIntervalEnd !== b.autoResynchronizeIntervalEnd;
}
