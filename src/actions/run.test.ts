import { describe, expect, it, vi } from 'vitest';
import { createEngine } from '../sim';
import { configureActionEnv } from './env';
import { invokeAction } from './index';
import { ACTIONS } from './registry';
import { engineActionEnv, engineContext } from './testing/engineEnv';
import type { MessageBoxButton } from './types';

function setup(host: string, name: string, answer: MessageBoxButton = 'ok') {
  const engine = createEngine('active-passive', { seed: 1 });
  const env = engineActionEnv(engine, () => answer);
  return { engine, ...env, ctx: () => engineContext(engine, host, name) };
}

const action = (id: string) => {
  const found = ACTIONS[id];
  if (!found) throw new Error(`no action ${id}`);
  return found;
};

describe('running actions', () => {
  it('Start on a replica shows Hyper-V Manager’s error box with the engine’s error', async () => {
    const t = setup('HV-2', 'Vm1');
    await invokeAction(action('start'), t.ctx());
    t.restore();
    expect(t.sent).toEqual([{ type: 'Start-VM', host: 'HV-2', vm: 'Vm1' }]);
    expect(t.boxes).toEqual([
      {
        icon: 'error',
        title: { key: 'msgbox.hyperVManager' },
        heading: { key: 'msgbox.error.start', params: { vm: 'Vm1' } },
        body: { error: { code: 'ReplicaVmCannotStart', params: { vm: 'Vm1' } } },
        buttons: ['close'],
        cancel: 'close',
      },
    ]);
  });

  it('Turn Off… asks first and sends Stop-VM -TurnOff only on "Turn Off"', async () => {
    const cancelled = setup('HV-1', 'Vm2', 'cancel');
    await invokeAction(action('turnOff'), cancelled.ctx());
    cancelled.restore();
    expect(cancelled.boxes.map((b) => b.title)).toEqual([{ key: 'msgbox.turnOff.title' }]);
    expect(cancelled.sent).toEqual([]);

    const confirmed = setup('HV-1', 'Vm2', 'turnOff');
    await invokeAction(action('turnOff'), confirmed.ctx());
    confirmed.restore();
    expect(confirmed.sent).toEqual([{ type: 'Stop-VM', turnOff: true, host: 'HV-1', vm: 'Vm2' }]);
    expect(confirmed.engine.world.findVm('HV-1', 'Vm2')?.state).toBe('Off');
    expect(confirmed.boxes).toHaveLength(1);
  });

  it('Shut Down… asks with "Shut Down Machine", then shuts the guest down', async () => {
    const t = setup('HV-1', 'Vm3', 'shutDown');
    await invokeAction(action('shutDown'), t.ctx());
    t.restore();
    expect(t.boxes[0]?.buttons).toEqual(['shutDown', 'cancel']);
    expect(t.sent).toEqual([{ type: 'Stop-VM', host: 'HV-1', vm: 'Vm3' }]);
  });

  it('Remove Replication asks "Are you sure…" and removes only on Yes', async () => {
    const no = setup('HV-1', 'Vm1', 'no');
    await invokeAction(action('removeReplication'), no.ctx());
    no.restore();
    expect(no.sent).toEqual([]);
    expect(no.boxes[0]?.heading).toEqual({ key: 'msgbox.removeReplication.heading', params: { vm: 'Vm1' } });

    const yes = setup('HV-1', 'Vm1', 'yes');
    await invokeAction(action('removeReplication'), yes.ctx());
    yes.restore();
    expect(yes.sent).toEqual([{ type: 'Remove-VMReplication', host: 'HV-1', vm: 'Vm1' }]);
    expect(yes.engine.world.findVm('HV-1', 'Vm1')?.replicationState).toBe('Disabled');
  });

  it('Pause then Resume Replication send the cmdlets without any box', async () => {
    const t = setup('HV-1', 'Vm1');
    await invokeAction(action('pauseReplication'), t.ctx());
    expect(t.ctx().replicationState).toBe('Suspended');
    await invokeAction(action('resumeReplication'), t.ctx());
    t.restore();
    expect(t.sent.map((c) => c.type)).toEqual(['Suspend-VMReplication', 'Resume-VMReplication']);
    expect(t.boxes).toEqual([]);
    expect(t.ctx().replicationState).toBe('Replicating');
  });

  it('a simulation that does not answer is explained, not swallowed', async () => {
    const t = setup('HV-1', 'Vm1');
    const restore = configureActionEnv({ execute: () => Promise.reject(new Error('The simulation is not started.')) });
    await invokeAction(action('save'), t.ctx());
    restore();
    t.restore();
    expect(t.boxes[0]?.body).toEqual({ raw: 'The simulation is not started.' });
  });

  it('never runs a disabled or hidden action', async () => {
    const t = setup('HV-1', 'Vm1');
    const spy = vi.spyOn(action('start'), 'run');
    await invokeAction(action('start'), t.ctx()); // Vm1 runs: Start is hidden
    await invokeAction(action('plannedFailover'), t.ctx());
    t.restore();
    expect(spy).not.toHaveBeenCalled();
    expect(t.sent).toEqual([]);
  });
});
