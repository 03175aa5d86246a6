import { describe, expect, it } from 'vitest';
import type { Command } from '../protocol';
import { createEngine, type Engine } from '../sim';
import type { DialogRequest } from '../store/dialogStore';
import { configureActionEnv } from './env';
import { invokeAction } from './index';
import { ACTIONS, resolveMenu, VM_MENU } from './registry';
import { replicationItems } from './replicationRules';
import { engineActionEnv, engineContext } from './testing/engineEnv';
import type { ActionContext, MessageBoxButton } from './types';

function run(engine: Engine, cmd: Command): void {
  const result = engine.execute(cmd);
  if (!result.ok) throw new Error(`${cmd.type} rejected: ${result.error.code}`);
}

const chain = () => createEngine('extended-chain', { seed: 1 });
const middle = (engine: Engine, name = 'Vm1') => engineContext(engine, 'HV-2', name);

/** Visible Replication ▸ items, `(id)` when disabled. */
function replicationMenu(ctx: ActionContext): string[] {
  const sub = resolveMenu(VM_MENU, ctx).find((e) => e.kind === 'submenu' && e.id === 'replication');
  if (!sub || sub.kind !== 'submenu') return [];
  return sub.children.flatMap((e) => (e.kind === 'action' ? [e.enabled ? e.id : `(${e.id})`] : []));
}

async function invoke(engine: Engine, id: string, answer: MessageBoxButton = 'yes', name = 'Vm1') {
  const t = engineActionEnv(engine, (_spec, n) => (n === 1 ? answer : 'close'));
  const ctx = middle(engine, name);
  const action = ACTIONS[id];
  if (!action) throw new Error(`no action ${id}`);
  expect(action.isEnabled(ctx)).toBe(true);
  await invokeAction(action, ctx);
  t.restore();
  return t;
}

/** HV-1 lost, Vm1 failed over on HV-2 (the first hop of its chain). */
function failedOver(): Engine {
  const engine = chain();
  engine.advanceBy(3_600_000);
  run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
  run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1' });
  return engine;
}

describe('the middle VM of a chain: its extended replication (hyperv-replica.md §7, §9)', () => {
  it('Vm4 in extended-chain is a plain replica: Extend Replication… and no extended item', () => {
    expect(replicationMenu(middle(chain(), 'Vm4'))).toEqual([
      'failover', 'testFailover', 'pauseReplication', 'extendReplication', 'viewReplicationHealth', 'removeReplication',
    ]);
  });

  it('replicating: each extended item follows its simple counterpart', () => {
    expect(replicationMenu(middle(chain()))).toEqual([
      'failover', 'testFailover', 'pauseReplication', 'pauseExtendedReplication',
      'viewReplicationHealth', 'viewExtendedReplicationHealth', 'removeReplication', 'removeExtendedReplication',
    ]);
  });

  it('Pause Extended Replication pauses the extended hop only; Resume Extended Replication then takes its place', async () => {
    const engine = chain();
    const paused = await invoke(engine, 'pauseExtendedReplication');
    expect(paused.sent).toEqual([{ type: 'Suspend-VMReplication', host: 'HV-2', vm: 'Vm1', relationshipType: 'Extended' }]);
    const ctx = middle(engine);
    expect(ctx.outgoing?.primaryState).toBe('Suspended');
    expect(ctx.incoming?.replicaState).toBe('Replicating');
    expect(replicationItems(ctx)).toEqual([
      'failover', 'testFailover', 'pauseReplication', 'resumeExtendedReplication',
      'viewReplicationHealth', 'viewExtendedReplicationHealth', 'removeReplication', 'removeExtendedReplication',
    ]);
    const resumed = await invoke(engine, 'resumeExtendedReplication');
    expect(resumed.sent).toEqual([{ type: 'Resume-VMReplication', host: 'HV-2', vm: 'Vm1', relationshipType: 'Extended' }]);
    expect(middle(engine).outgoing?.primaryState).toBe('Replicating');
  });

  it('the simple and extended items act on their own relationship', async () => {
    const engine = chain();
    await invoke(engine, 'pauseReplication');
    const ctx = middle(engine);
    expect([ctx.incoming?.replicaState, ctx.outgoing?.primaryState]).toEqual(['Suspended', 'Replicating']);
    expect(replicationItems(ctx)).toContain('resumeReplication');
    expect(replicationItems(ctx)).toContain('pauseExtendedReplication');
  });

  it('Remove Extended Replication asks first (No sends nothing), then removes HV-2’s side; Extend Replication… comes back once HV-3 removes its own', async () => {
    const engine = chain();
    const no = await invoke(engine, 'removeExtendedReplication', 'no');
    expect(no.sent).toEqual([]);
    expect(no.boxes[0]).toMatchObject({
      icon: 'warning',
      title: { key: 'msgbox.removeExtendedReplication.title' },
      heading: { key: 'msgbox.removeExtendedReplication.heading', params: { vm: 'Vm1' } },
      buttons: ['yes', 'no'],
    });
    const yes = await invoke(engine, 'removeExtendedReplication');
    expect(yes.sent).toEqual([{ type: 'Remove-VMReplication', host: 'HV-2', vm: 'Vm1', relationshipType: 'Extended' }]);
    expect(replicationMenu(middle(engine))).toEqual([
      'failover', 'testFailover', 'pauseReplication', 'extendReplication', 'viewReplicationHealth', 'removeReplication',
    ]);
  });

  it('removed on HV-3 only: HV-2 still holds its side, so Remove Extended Replication (not Extend Replication…) is offered', () => {
    const engine = chain();
    run(engine, { type: 'Remove-VMReplication', host: 'HV-3', vm: 'Vm1' });
    const items = replicationItems(middle(engine));
    expect(items).toContain('removeExtendedReplication');
    expect(items).not.toContain('extendReplication');
  });

  it('View Extended Replication Health… opens Replication Health on its Extended Replication tab', async () => {
    const engine = chain();
    const opened: DialogRequest[] = [];
    const restore = configureActionEnv({ openDialog: (request) => void opened.push(request) });
    const viewExtended = ACTIONS.viewExtendedReplicationHealth;
    const view = ACTIONS.viewReplicationHealth;
    if (!viewExtended || !view) throw new Error('missing action');
    await invokeAction(viewExtended, middle(engine));
    await invokeAction(view, middle(engine));
    restore();
    expect(opened).toEqual([
      { kind: 'replicationHealth', tab: 'extended', host: 'HV-2', vm: 'Vm1' },
      { kind: 'replicationHealth', host: 'HV-2', vm: 'Vm1' },
    ]);
  });
});

describe('failover in a chain: Continue Extended Replication (-Continue)…', () => {
  it('failed over: Cancel Failover, Remove Recovery Points, Reverse Replication…, Continue …, and the extended health and remove items', () => {
    expect(replicationMenu(middle(failedOver()))).toEqual([
      'cancelFailover', 'removeRecoveryPoints', 'reverseReplication', 'continueReplication',
      'viewReplicationHealth', 'viewExtendedReplicationHealth', 'removeExtendedReplication',
    ]);
  });

  it('committed (Remove Recovery Points): Reverse Replication… and Continue …', () => {
    const engine = failedOver();
    run(engine, { type: 'Complete-VMFailover', host: 'HV-2', vm: 'Vm1' });
    expect(replicationMenu(middle(engine))).toEqual([
      'reverseReplication', 'continueReplication',
      'viewReplicationHealth', 'viewExtendedReplicationHealth', 'removeReplication', 'removeExtendedReplication',
    ]);
  });

  it('asks first, then sends Resume-VMReplication -Continue: HV-2 becomes the primary of HV-2 → HV-3', async () => {
    const engine = failedOver();
    const no = await invoke(engine, 'continueReplication', 'no');
    expect(no.sent).toEqual([]);
    expect(no.boxes[0]).toMatchObject({ icon: 'question', heading: { key: 'msgbox.continueReplication.heading', params: { vm: 'Vm1' } } });
    const yes = await invoke(engine, 'continueReplication');
    expect(yes.sent).toEqual([{ type: 'Resume-VMReplication', host: 'HV-2', vm: 'Vm1', continue: true }]);
    const ctx = middle(engine);
    expect(ctx.role).toBe('Primary');
    expect(replicationMenu(ctx)).toEqual(['plannedFailover', 'pauseReplication', 'viewReplicationHealth', 'removeReplication']);
    expect(replicationMenu(engineContext(engine, 'HV-3', 'Vm1'))).toContain('extendReplication');
  });

  it('a VM failed over without extended replication has no Continue item', () => {
    const engine = chain();
    engine.advanceBy(3_600_000);
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm4' });
    expect(replicationItems(middle(engine, 'Vm4'))).toEqual(['cancelFailover', 'removeRecoveryPoints', 'reverseReplication', 'viewReplicationHealth']);
  });
});
