import { describe, expect, it } from 'vitest';
import type { VmPowerCommand, VmState } from '../../protocol';
import type { Engine } from '../index';
import { expectRejected, HOUR, lab, relOf, run, vmOf } from './testLab';

type PowerAction = 'Start-VM' | 'Stop-VM' | 'Stop-VM -TurnOff' | 'Save-VM' | 'Suspend-VM' | 'Resume-VM';

function powerCmd(action: PowerAction, host = 'HV-1', vm = 'Vm1'): VmPowerCommand {
  if (action === 'Stop-VM -TurnOff') return { type: 'Stop-VM', turnOff: true, host, vm };
  return { type: action, host, vm };
}

/** `blank` with Vm1 on HV-1 brought to `state` (it starts Running). */
function blankWithVm1(state: Exclude<VmState, 'Starting' | 'Stopping'>): Engine {
  const engine = lab('blank');
  if (state === 'Off') run(engine, powerCmd('Stop-VM'));
  if (state === 'Saved') run(engine, powerCmd('Save-VM'));
  if (state === 'Paused') run(engine, powerCmd('Suspend-VM'));
  expect(vmOf(engine, 'HV-1', 'Vm1').state).toBe(state);
  return engine;
}

describe('VM power commands', () => {
  it.each([
    ['Start-VM', 'Off', 'Running'],
    ['Start-VM', 'Saved', 'Running'],
    ['Stop-VM', 'Running', 'Off'],
    ['Stop-VM', 'Paused', 'Off'],
    ['Stop-VM -TurnOff', 'Running', 'Off'],
    ['Stop-VM -TurnOff', 'Paused', 'Off'],
    ['Stop-VM -TurnOff', 'Saved', 'Off'],
    ['Save-VM', 'Running', 'Saved'],
    ['Save-VM', 'Paused', 'Saved'],
    ['Suspend-VM', 'Running', 'Paused'],
    ['Resume-VM', 'Paused', 'Running'],
  ] as const)('%s moves a VM from %s to %s', (action, from, to) => {
    const engine = blankWithVm1(from);
    run(engine, powerCmd(action));
    const vm = vmOf(engine, 'HV-1', 'Vm1');
    expect(vm.state).toBe(to);
    expect(vm.memoryAssignedMB).toBe(to === 'Off' || to === 'Saved' ? 0 : vm.memoryStartupMB);
    expect(vm.startedAt === null).toBe(to === 'Off');
  });

  it.each([
    ['Start-VM', 'Running'],
    ['Start-VM', 'Paused'],
    ['Stop-VM', 'Off'],
    ['Stop-VM', 'Saved'],
    ['Stop-VM -TurnOff', 'Off'],
    ['Save-VM', 'Off'],
    ['Save-VM', 'Saved'],
    ['Suspend-VM', 'Off'],
    ['Suspend-VM', 'Saved'],
    ['Suspend-VM', 'Paused'],
    ['Resume-VM', 'Running'],
    ['Resume-VM', 'Off'],
    ['Resume-VM', 'Saved'],
  ] as const)('%s is refused from %s (InvalidVmState)', (action, from) => {
    const engine = blankWithVm1(from);
    expectRejected(engine, powerCmd(action), 'InvalidVmState', { vm: 'Vm1', state: from });
  });

  it.each(['Off', 'Saved', 'Paused'] as const)('a VM that is %s stops writing', (state) => {
    const engine = blankWithVm1(state);
    const before = vmOf(engine, 'HV-1', 'Vm1').writeSeq;
    engine.advanceBy(HOUR);
    expect(vmOf(engine, 'HV-1', 'Vm1').writeSeq).toBe(before);
  });

  it('a started VM writes again', () => {
    const engine = blankWithVm1('Off');
    const before = vmOf(engine, 'HV-1', 'Vm1').writeSeq;
    run(engine, powerCmd('Start-VM'));
    engine.advanceBy(HOUR);
    expect(vmOf(engine, 'HV-1', 'Vm1').writeSeq).toBeGreaterThan(before);
  });

  it('accepts the host FQDN and any letter case', () => {
    const engine = lab('blank');
    run(engine, { type: 'Stop-VM', host: 'HV-1.Formation.LAN', vm: 'vm1' });
    expect(vmOf(engine, 'HV-1', 'Vm1').state).toBe('Off');
  });

  it('a replica VM cannot start (ReplicaVmCannotStart)', () => {
    const engine = lab('active-passive');
    expectRejected(engine, powerCmd('Start-VM', 'HV-2'), 'ReplicaVmCannotStart', { vm: 'Vm1' });
  });

  it('a replica VM can start once replication is removed on the replica side', () => {
    const engine = lab('active-passive');
    run(engine, { type: 'Remove-VMReplication', host: 'HV-2', vm: 'Vm1' });
    run(engine, powerCmd('Start-VM', 'HV-2'));
    expect(vmOf(engine, 'HV-2', 'Vm1').state).toBe('Running');
  });

  it('a primary prepared for planned failover is locked (InvalidReplicationState)', () => {
    const engine = lab('active-passive');
    run(engine, powerCmd('Stop-VM'));
    // No command prepares a planned failover yet: the test puts the relationship in that state.
    const rel = engine.world.rels.get(relOf(engine, 'HV-1', 'Vm1').id);
    if (!rel) throw new Error('missing relationship');
    rel.primaryState = 'PreparedForFailover';
    expectRejected(engine, powerCmd('Start-VM'), 'InvalidReplicationState', { vm: 'Vm1' });
  });

  it.each(['Start-VM', 'Stop-VM', 'Stop-VM -TurnOff', 'Save-VM', 'Suspend-VM', 'Resume-VM'] as const)('%s fails on a crashed host (HostNotRunning)', (action) => {
    const engine = lab('blank');
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    expectRejected(engine, powerCmd(action), 'HostNotRunning', { host: 'HV-1' });
  });

  it('an unknown host is refused (HostNotFound)', () => {
    expectRejected(lab('blank'), powerCmd('Stop-VM', 'HV-9'), 'HostNotFound', { host: 'HV-9' });
  });

  it('an unknown VM is refused (VmNotFound)', () => {
    expectRejected(lab('blank'), powerCmd('Stop-VM', 'HV-1', 'Vm9'), 'VmNotFound', { vm: 'Vm9', host: 'HV-1' });
  });

  it('a VM is looked up on the named host only (VmNotFound)', () => {
    expectRejected(lab('blank'), powerCmd('Stop-VM', 'HV-2', 'Vm1'), 'VmNotFound', { vm: 'Vm1', host: 'HV-2' });
  });
});
