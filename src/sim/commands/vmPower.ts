import type { CommandResult, Vm, VmPowerCommand, VmState } from '../../protocol';
import type { World } from '../model/world';
import { sideMode, sideState, vmRelationships } from '../../query';
import { startWorkload, stopWorkload } from '../processes/writes';
import { fail, isFailure, OK, resolveVm } from './result';

const FROM: Record<VmPowerCommand['type'], readonly VmState[]> = {
  'Start-VM': ['Off', 'Saved'],
  'Stop-VM': ['Running', 'Paused'],
  'Save-VM': ['Running', 'Paused'],
  'Suspend-VM': ['Running'],
  'Resume-VM': ['Paused'],
};

const FAILED_OVER: ReadonlySet<string> = new Set(['FailedOverWaitingCompletion', 'FailedOver']);

/**
 * A replica VM cannot start until it is failed over (nor can an old primary made a replica with -AsReplica,
 * which waits for the reverse copy); a primary prepared for planned failover is locked.
 */
function startBlocked(world: World, vm: Vm): CommandResult | null {
  for (const { rel, side } of vmRelationships(vm, world.rels)) {
    const state = sideState(rel, side);
    if (sideMode(rel, side) !== 'Primary' && !FAILED_OVER.has(state)) return fail('ReplicaVmCannotStart', { vm: vm.name });
    if (side === 'primary' && state === 'PreparedForFailover') return fail('InvalidReplicationState', { vm: vm.name });
  }
  return null;
}

/** Start-VM, Stop-VM [-TurnOff], Save-VM, Suspend-VM, Resume-VM. Power changes are immediate. */
export function vmPower(world: World, cmd: VmPowerCommand): CommandResult {
  const vm = resolveVm(world, cmd);
  if (isFailure(vm)) return vm;
  const allowed = cmd.type === 'Stop-VM' && cmd.turnOff ? ['Running', 'Paused', 'Saved'] : FROM[cmd.type];
  if (!allowed.includes(vm.state)) return fail('InvalidVmState', { vm: vm.name, state: vm.state });
  if (cmd.type === 'Start-VM') {
    const blocked = startBlocked(world, vm);
    if (blocked) return blocked;
  }
  const wasRunning = vm.state === 'Running';
  let next: VmState;
  switch (cmd.type) {
    case 'Start-VM':
    case 'Resume-VM':
      next = 'Running';
      break;
    case 'Stop-VM':
      next = 'Off';
      break;
    case 'Save-VM':
      next = 'Saved';
      break;
    case 'Suspend-VM':
      next = 'Paused';
      break;
  }
  if (wasRunning && next !== 'Running') stopWorkload(world, vm);
  if (cmd.type === 'Start-VM') {
    vm.startedAt = world.now;
    vm.cpuUsagePercent = world.rng.get(`cpu:${vm.key}`).int(2, 12);
  }
  vm.state = next;
  if (next === 'Running') startWorkload(world, vm);
  if (next === 'Off') vm.startedAt = null;
  vm.memoryAssignedMB = next === 'Off' || next === 'Saved' ? 0 : vm.memoryStartupMB;
  world.touchVm(vm.key);
  world.event(next === 'Running' ? 18500 : 18502, 'Information', vm.host, vm.name, `event.vm${next}`, { vm: vm.name });
  return OK;
}
