import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../sim';
import { invokeAction } from './index';
import { ACTIONS } from './registry';
import { engineActionEnv, engineContext } from './testing/engineEnv';
import type { MessageBoxButton } from './types';

function setup(engine: Engine, host: string, name: string, answer: MessageBoxButton) {
  const env = engineActionEnv(engine, (_spec, n) => (n === 1 ? answer : 'close'));
  return { ...env, ctx: engineContext(engine, host, name) };
}

async function invoke(engine: Engine, id: string, host: string, answer: MessageBoxButton = 'yes') {
  const t = setup(engine, host, 'Vm1', answer);
  const action = ACTIONS[id];
  if (!action) throw new Error(`no action ${id}`);
  expect(action.isEnabled(t.ctx)).toBe(true);
  await invokeAction(action, t.ctx);
  t.restore();
  return t;
}

function crashedAndFailedOver(): Engine {
  const engine = createEngine('active-passive', { seed: 1 });
  engine.advanceBy(600_000);
  engine.execute({ type: 'Lab-CrashHost', host: 'HV-1' });
  engine.execute({ type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1' });
  return engine;
}

describe('failover actions: confirm, then one command', () => {
  it('Stop Test Failover asks first; No sends nothing, Yes removes the test VM', async () => {
    const engine = createEngine('active-passive', { seed: 1 });
    engine.advanceBy(600_000);
    engine.execute({ type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1', asTest: true });
    const no = await invoke(engine, 'stopTestFailover', 'HV-2', 'no');
    expect(no.sent).toEqual([]);
    expect(no.boxes[0]?.heading).toEqual({ key: 'msgbox.stopTestFailover.heading', params: { vm: 'Vm1' } });
    const yes = await invoke(engine, 'stopTestFailover', 'HV-2');
    expect(yes.sent).toEqual([{ type: 'Stop-VMFailover', host: 'HV-2', vm: 'Vm1' }]);
    expect(engine.world.findVm('HV-2', 'Vm1 - Test')).toBeUndefined();
  });

  it('Cancel Failover returns the replica to Replicating', async () => {
    const engine = crashedAndFailedOver();
    const t = await invoke(engine, 'cancelFailover', 'HV-2');
    expect(t.sent).toEqual([{ type: 'Stop-VMFailover', host: 'HV-2', vm: 'Vm1' }]);
    expect(engine.world.findVm('HV-2', 'Vm1')?.replicationState).toBe('Replicating');
  });

  it('Remove Recovery Points commits (Complete-VMFailover) after a warning', async () => {
    const engine = crashedAndFailedOver();
    const t = await invoke(engine, 'removeRecoveryPoints', 'HV-2');
    expect(t.boxes[0]).toMatchObject({ icon: 'warning', buttons: ['yes', 'no'], cancel: 'no' });
    expect(t.sent).toEqual([{ type: 'Complete-VMFailover', host: 'HV-2', vm: 'Vm1' }]);
    expect(engine.world.findVm('HV-2', 'Vm1')?.replicationState).toBe('FailedOver');
  });

  it('Set as Replica sends Set-VMReplication -AsReplica; a refusal shows the engine error', async () => {
    const engine = crashedAndFailedOver();
    engine.execute({ type: 'Lab-PowerOnHost', host: 'HV-1' });
    engine.execute({ type: 'Start-VM', host: 'HV-1', vm: 'Vm1' });
    const refused = await invoke(engine, 'setAsReplica', 'HV-1');
    expect(refused.boxes[1]).toMatchObject({ icon: 'error', body: { error: { code: 'InvalidVmState' } } });
    engine.execute({ type: 'Stop-VM', host: 'HV-1', vm: 'Vm1', turnOff: true });
    const t = await invoke(engine, 'setAsReplica', 'HV-1');
    expect(t.sent).toEqual([{ type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm1', asReplica: true }]);
    expect(t.boxes).toHaveLength(1);
    expect(engine.world.findVm('HV-1', 'Vm1')?.replicationMode).toBe('Replica');
  });
});
