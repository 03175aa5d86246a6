import { describe, expect, it } from 'vitest';
import type { Command } from '../protocol';
import { createEngine, worldReader, type Engine } from '../sim';
import { blankWithReplication, hours, run } from '../sim/testUtils';
import { finishReplicationWizard, plannedFailover, type FlowPort, type StepStatuses } from './index';

/** A flow port on an engine in memory: the engine answers at once, so a state not reached now never will be. */
function enginePort(engine: Engine, sent: Command[] = []): FlowPort {
  return {
    execute: (command) => {
      sent.push(command);
      return Promise.resolve(engine.execute(command));
    },
    read: () => worldReader(engine.world),
    waitFor: (done) => (done(worldReader(engine.world)) ? Promise.resolve() : Promise.reject(new Error('state not reached'))),
  };
}

function activePassive(): Engine {
  const engine = createEngine('active-passive', { seed: 1 });
  engine.advanceTo(hours(1));
  return engine;
}

describe('plannedFailover flow', () => {
  it('runs every line with the engine and reports each status change, ending reversed and started with zero loss', async () => {
    const engine = activePassive();
    run(engine, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' });
    const seen: StepStatuses[] = [];
    const outcome = await plannedFailover(enginePort(engine), { host: 'HV-1', vm: 'Vm1', reverse: true, start: true, onProgress: (s) => seen.push(s) });
    expect(outcome).toMatchObject({ kind: 'done', replicaHost: 'HV-2' });
    const last = seen[seen.length - 1];
    expect(last).toEqual({ vmOff: 'done', replicaState: 'done', reverseConfig: 'done', send: 'done', failover: 'done', reverse: 'done', startVm: 'done' });
    // Lines go running → done in the checklist's order.
    expect(seen.map((s) => Object.entries(s).find(([, v]) => v === 'running')?.[0]).filter(Boolean)).toEqual(['vmOff', 'reverseConfig', 'send', 'failover', 'reverse', 'startVm']);
    const rel = outcome.kind === 'done' ? engine.world.rels.get(outcome.relationshipId) : undefined;
    expect([rel?.primaryHost, rel?.replicaHost, rel?.failover?.lostWrites]).toEqual(['HV-2', 'HV-1', 0]);
    expect(engine.world.findVm('HV-2', 'Vm1')?.state).toBe('Running');
  });

  it('stops on the first line when the primary still runs, and sends nothing that changes the lab', async () => {
    const engine = activePassive();
    const sent: Command[] = [];
    const before = JSON.stringify(engine.snapshot().relationships);
    const outcome = await plannedFailover(enginePort(engine, sent), { host: 'HV-1', vm: 'Vm1', reverse: false, start: true });
    expect(outcome).toMatchObject({ kind: 'refused', step: 'vmOff', error: { code: 'NotPreparedForPlannedFailover' } });
    expect(sent.map((c) => c.type === 'Start-VMFailover' && c.dryRun)).toEqual([true]);
    expect(JSON.stringify(engine.snapshot().relationships)).toBe(before);
  });

  it('refuses on the reverse check when the old primary is no Replica server, before anything is sent for real', async () => {
    const engine = blankWithReplication();
    engine.advanceTo(hours(2));
    run(engine, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' });
    const sent: Command[] = [];
    const outcome = await plannedFailover(enginePort(engine, sent), { host: 'HV-1', vm: 'Vm1', reverse: true, start: false });
    expect(outcome).toMatchObject({ kind: 'refused', step: 'reverseConfig', error: { code: 'ReplicaServerNotEnabled' } });
    expect(sent.every((c) => c.type === 'Start-VMFailover' && c.dryRun === true)).toBe(true);
  });

  it('sends nothing more once its caller has gone away', async () => {
    const engine = activePassive();
    run(engine, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' });
    const closed = new AbortController();
    const sent: Command[] = [];
    const outcome = await plannedFailover(enginePort(engine, sent), {
      host: 'HV-1',
      vm: 'Vm1',
      reverse: false,
      start: true,
      signal: closed.signal,
      onProgress: (s) => {
        if (s.send === 'done') closed.abort();
      },
    });
    expect(outcome).toEqual({ kind: 'aborted' });
    expect(sent.filter((c) => !('dryRun' in c && c.dryRun)).map((c) => c.type)).toEqual(['Start-VMFailover']);
  });
});

describe('finishReplicationWizard flow', () => {
  const reverseAfterCrash = () => {
    const engine = activePassive();
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1', startVm: true });
    run(engine, { type: 'Complete-VMFailover', host: 'HV-2', vm: 'Vm1' });
    run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
    run(engine, { type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm1', asReplica: true });
    return engine;
  };
  const reverse: Command = { type: 'Set-VMReplication', host: 'HV-2', vm: 'Vm1', reverse: true, replicaServerName: 'hv-1.formation.lan', replicaServerPort: 80, authenticationType: 'Kerberos', initialReplication: { method: 'ExistingVm' } };
  const copy: Command = { type: 'Start-VMInitialReplication', host: 'HV-2', vm: 'Vm1' };

  it('reverses, then starts the initial copy', async () => {
    const engine = reverseAfterCrash();
    expect(await finishReplicationWizard(enginePort(engine), reverse, copy)).toEqual({ kind: 'done' });
    expect(engine.world.findVm('HV-2', 'Vm1')?.replicationState).toBe('InitialReplicationInProgress');
  });

  it('reports a copy that did not start, with the engine reason, after the reverse went through', async () => {
    const engine = reverseAfterCrash();
    const badCopy: Command = { type: 'Start-VMInitialReplication', host: 'HV-2', vm: 'Vm1', startTime: -1 };
    const outcome = await finishReplicationWizard(enginePort(engine), reverse, badCopy);
    expect(outcome.kind).toBe('copyNotStarted');
    expect(engine.world.findVm('HV-2', 'Vm1')?.replicationState).toBe('ReadyForInitialReplication');
  });

  it('is refused as a whole when its command is refused (the copy is never sent)', async () => {
    const engine = activePassive();
    const sent: Command[] = [];
    const outcome = await finishReplicationWizard(enginePort(engine, sent), { ...reverse, host: 'HV-1' }, copy);
    expect(outcome.kind).toBe('refused');
    expect(sent).toHaveLength(1);
  });
});
