import { describe, expect, it } from 'vitest';
import type { Command, ReplicationState } from '../protocol';
import { createEngine, type Engine } from '../sim';
import { buildActionContext } from './context';
import { HOST_MENU, resolveMenu, ROOT_CONTEXT_MENU, ROOT_PANE_MENU, VM_MENU } from './registry';
import { replicationItems, replicationStateAllows } from './replicationRules';
import type { ActionContext, ResolvedEntry } from './types';

function run(engine: Engine, cmd: Command): void {
  const result = engine.execute(cmd);
  if (!result.ok) throw new Error(`${cmd.type} rejected: ${result.error.code}`);
}

/** The context of VM `name` on `host` as the engine holds it now. */
function ctxOf(engine: Engine, host: string, name: string): ActionContext {
  const vm = engine.world.findVm(host, name);
  if (!vm) throw new Error(`no VM ${name} on ${host}`);
  const copy = structuredClone(vm);
  return buildActionContext({
    locale: 'en',
    hostName: host,
    host: structuredClone(engine.world.hosts.get(host) ?? null),
    vm: copy,
    relationships: copy.relationships.map((id) => structuredClone(engine.world.rels.get(id))),
  });
}

/** The same VM with its own side of its own relationship forced into `state` (states the presets do not reach). */
function withState(ctx: ActionContext, state: ReplicationState): ActionContext {
  const incoming = ctx.incoming && { ...ctx.incoming, replicaState: state };
  const outgoing = ctx.outgoing && (ctx.incoming ? ctx.outgoing : { ...ctx.outgoing, primaryState: state });
  return buildActionContext({ locale: 'en', hostName: ctx.hostName, host: ctx.host, vm: ctx.vm, relationships: [incoming ?? undefined, outgoing ?? undefined] });
}

/** Ids of the visible entries, submenus as `id▸[…]`, separators as `|`. */
function shape(entries: readonly ResolvedEntry[]): string[] {
  return entries.map((e) => (e.kind === 'separator' ? '|' : e.kind === 'submenu' ? `${e.id}▸[${shape(e.children).join(',')}]` : e.id));
}

/** Visible Replication ▸ items with their enabled state: `pauseReplication` or `(plannedFailover)` when disabled. */
function replicationMenu(ctx: ActionContext): string[] {
  const sub = resolveMenu(VM_MENU, ctx).find((e) => e.kind === 'submenu' && e.id === 'replication');
  if (!sub || sub.kind !== 'submenu') return [];
  return sub.children.flatMap((e) => (e.kind === 'action' ? [e.enabled ? e.id : `(${e.id})`] : []));
}

const activePassive = () => createEngine('active-passive', { seed: 1 });

describe('Replication ▸ per role and state (hyperv-replica.md §9)', () => {
  it('primary, replicating, running or off: Planned Failover…, Pause Replication, View Replication Health…, Remove Replication', () => {
    const engine = activePassive();
    const expected = ['plannedFailover', 'pauseReplication', 'viewReplicationHealth', 'removeReplication'];
    expect(replicationMenu(ctxOf(engine, 'HV-1', 'Vm1'))).toEqual(expected);
    run(engine, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' });
    expect(replicationMenu(ctxOf(engine, 'HV-1', 'Vm1'))).toEqual(expected);
  });

  it('primary, paused: Resume Replication instead, no planned failover', () => {
    const engine = activePassive();
    run(engine, { type: 'Suspend-VMReplication', host: 'HV-1', vm: 'Vm1' });
    expect(replicationMenu(ctxOf(engine, 'HV-1', 'Vm1'))).toEqual(['resumeReplication', 'viewReplicationHealth', 'removeReplication']);
  });

  it.each<ReplicationState>(['Error', 'WaitingForStartResynchronize', 'ResynchronizeSuspended'])('primary, %s: Resume Replication', (state) => {
    const ctx = withState(ctxOf(activePassive(), 'HV-1', 'Vm1'), state);
    expect(replicationMenu(ctx)).toEqual(['resumeReplication', 'viewReplicationHealth', 'removeReplication']);
  });

  it.each<ReplicationState>(['InitialReplicationInProgress', 'Resynchronizing'])('primary, %s: Pause Replication', (state) => {
    expect(replicationMenu(withState(ctxOf(activePassive(), 'HV-1', 'Vm1'), state))).toEqual(['pauseReplication', 'viewReplicationHealth', 'removeReplication']);
  });

  it('primary, pending initial replication: Start Replication…', () => {
    const ctx = withState(ctxOf(activePassive(), 'HV-1', 'Vm1'), 'ReadyForInitialReplication');
    expect(replicationMenu(ctx)).toEqual(['startReplication', 'viewReplicationHealth', 'removeReplication']);
  });

  it('primary, prepared for planned failover: Cancel Failover', () => {
    const engine = activePassive();
    run(engine, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' });
    run(engine, { type: 'Start-VMFailover', host: 'HV-1', vm: 'Vm1', prepare: true });
    expect(replicationMenu(ctxOf(engine, 'HV-1', 'Vm1'))).toEqual(['cancelFailover', 'viewReplicationHealth', 'removeReplication']);
  });

  it('replica, replicating: Failover…, Test Failover…, Pause Replication, Extend Replication…, View Replication Health…, Remove Replication', () => {
    expect(replicationMenu(ctxOf(activePassive(), 'HV-2', 'Vm1'))).toEqual([
      'failover', 'testFailover', 'pauseReplication', 'extendReplication', 'viewReplicationHealth', 'removeReplication',
    ]);
  });

  it('replica, paused: Resume Replication in the place of Pause Replication', () => {
    const engine = activePassive();
    run(engine, { type: 'Suspend-VMReplication', host: 'HV-2', vm: 'Vm1' });
    expect(replicationMenu(ctxOf(engine, 'HV-2', 'Vm1'))).toEqual([
      'failover', 'testFailover', 'resumeReplication', 'extendReplication', 'viewReplicationHealth', 'removeReplication',
    ]);
  });

  it('replica, test failover running: Stop Test Failover replaces Test Failover…', () => {
    const engine = activePassive();
    engine.advanceBy(600_000);
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1', asTest: true });
    expect(replicationMenu(ctxOf(engine, 'HV-2', 'Vm1'))).toEqual([
      'failover', 'stopTestFailover', 'pauseReplication', 'extendReplication', 'viewReplicationHealth', 'removeReplication',
    ]);
  });

  it('replica, failed over: Cancel Failover, Remove Recovery Points, Reverse Replication…, View Replication Health…; committed: Reverse Replication…', () => {
    const engine = activePassive();
    engine.advanceBy(600_000);
    run(engine, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm1' });
    run(engine, { type: 'Start-VMFailover', host: 'HV-1', vm: 'Vm1', prepare: true });
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1' });
    expect(replicationMenu(ctxOf(engine, 'HV-2', 'Vm1'))).toEqual(['cancelFailover', 'removeRecoveryPoints', 'reverseReplication', 'viewReplicationHealth']);
    run(engine, { type: 'Complete-VMFailover', host: 'HV-2', vm: 'Vm1' });
    expect(replicationMenu(ctxOf(engine, 'HV-2', 'Vm1'))).toEqual(['reverseReplication', 'viewReplicationHealth', 'removeReplication']);
  });

  it('old primary back after an unplanned failover: Set as Replica (-AsReplica)…, then nothing to set once it waits', () => {
    const engine = activePassive();
    engine.advanceBy(600_000);
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1' });
    run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
    expect(replicationMenu(ctxOf(engine, 'HV-1', 'Vm1'))).toEqual(['setAsReplica', 'viewReplicationHealth', 'removeReplication']);
    run(engine, { type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm1', asReplica: true });
    expect(replicationMenu(ctxOf(engine, 'HV-1', 'Vm1'))).toEqual(['viewReplicationHealth', 'removeReplication']);
  });

  it('replica waiting for an initial copy on external media: Import Initial Replica…', () => {
    const base = withState(ctxOf(activePassive(), 'HV-2', 'Vm1'), 'WaitingForInitialReplication');
    expect(replicationMenu(base)).toEqual(['viewReplicationHealth', 'removeReplication']);
    const incoming = base.incoming && { ...base.incoming, settings: { ...base.incoming.settings, initialReplicationMethod: 'ExternalMedia' as const } };
    const media = buildActionContext({ locale: 'en', hostName: 'HV-2', host: base.host, vm: base.vm, relationships: [incoming ?? undefined] });
    expect(replicationMenu(media)).toEqual(['importInitialReplica', 'viewReplicationHealth', 'removeReplication']);
  });

  it('extended chain: the middle replica and the extended replica cannot extend again; the middle one manages its extended replication', () => {
    const engine = createEngine('extended-chain', { seed: 1 });
    const middle = ctxOf(engine, 'HV-2', 'Vm1');
    expect(middle.role).toBe('Replica');
    expect(middle.outgoing?.type).toBe('Extended');
    expect(replicationMenu(middle)).toEqual([
      'failover', 'testFailover', 'pauseReplication', 'pauseExtendedReplication',
      'viewReplicationHealth', 'viewExtendedReplicationHealth', 'removeReplication', 'removeExtendedReplication',
    ]);
    const extended = ctxOf(engine, 'HV-3', 'Vm1');
    expect(extended.role).toBe('ExtendedReplica');
    expect(replicationMenu(extended)).toEqual(['failover', 'testFailover', 'pauseReplication', 'viewReplicationHealth', 'removeReplication']);
  });

  it('a VM that is not replicated has no Replication ▸ but Enable Replication…', () => {
    const ctx = ctxOf(createEngine('blank', { seed: 1 }), 'HV-1', 'Vm1');
    expect(replicationItems(ctx)).toEqual([]);
    expect(shape(resolveMenu(VM_MENU, ctx))).toContain('enableReplication');
  });

  it('failover needs a finished initial replication even when listed', () => {
    const ctx = ctxOf(activePassive(), 'HV-2', 'Vm1');
    expect(replicationStateAllows('failover', ctx)).toBe(true);
    const fresh = ctx.incoming && { ...ctx.incoming, lastReplicationTime: null };
    const early = buildActionContext({ locale: 'en', hostName: 'HV-2', host: ctx.host, vm: ctx.vm, relationships: [fresh ?? undefined] });
    expect(replicationStateAllows('failover', early)).toBe(false);
    expect(replicationStateAllows('plannedFailover', ctx)).toBe(false);
  });
});

describe('VM section per power state (hyperv-manager-ui.md §1.5)', () => {
  it('running, replicated: Connect | Settings | Replication ▸ | Turn Off, Shut Down, Save | Pause, Reset | Checkpoint | Move, Export, Rename | Help', () => {
    expect(shape(resolveMenu(VM_MENU, ctxOf(activePassive(), 'HV-1', 'Vm1')))).toEqual([
      'connect', '|', 'settings', '|',
      'replication▸[plannedFailover,pauseReplication,viewReplicationHealth,removeReplication]', '|',
      'turnOff', 'shutDown', 'save', '|', 'pause', 'reset', '|', 'checkpoint', '|', 'move', 'export', 'rename', '|', 'vmHelp',
    ]);
  });

  it('off, replicated: Start and Delete…', () => {
    const entries = shape(resolveMenu(VM_MENU, ctxOf(activePassive(), 'HV-2', 'Vm1')));
    expect(entries.slice(5)).toEqual(['|', 'start', '|', 'checkpoint', '|', 'move', 'export', 'rename', 'delete', '|', 'vmHelp']);
  });

  it('running, not replicated: Enable Replication… just before Help', () => {
    expect(shape(resolveMenu(VM_MENU, ctxOf(createEngine('blank', { seed: 1 }), 'HV-1', 'Vm1')))).toEqual([
      'connect', '|', 'settings', '|', 'turnOff', 'shutDown', 'save', '|', 'pause', 'reset', '|', 'checkpoint', '|', 'move', 'export', 'rename', '|',
      'enableReplication', '|', 'vmHelp',
    ]);
  });

  it('paused: Resume in the place of Pause; saved: Start and Delete Saved State…', () => {
    const engine = activePassive();
    run(engine, { type: 'Suspend-VM', host: 'HV-1', vm: 'Vm2' });
    expect(shape(resolveMenu(VM_MENU, ctxOf(engine, 'HV-1', 'Vm2')))).toEqual(expect.arrayContaining(['resume', 'turnOff', 'save']));
    expect(shape(resolveMenu(VM_MENU, ctxOf(engine, 'HV-1', 'Vm2')))).not.toContain('pause');
    run(engine, { type: 'Save-VM', host: 'HV-1', vm: 'Vm2' });
    const saved = shape(resolveMenu(VM_MENU, ctxOf(engine, 'HV-1', 'Vm2')));
    expect(saved).toEqual(expect.arrayContaining(['start', 'deleteSavedState', 'delete']));
    expect(saved).not.toContain('turnOff');
  });

  it('power actions run now; what the lab does not simulate is disabled with a reason', () => {
    const entries = resolveMenu(VM_MENU, ctxOf(activePassive(), 'HV-1', 'Vm1')).filter((e) => e.kind === 'action');
    const state = Object.fromEntries(entries.map((e) => [e.id, e.kind === 'action' ? (e.enabled ? 'on' : e.reason) : '']));
    expect(state).toMatchObject({ turnOff: 'on', shutDown: 'on', save: 'on', pause: 'on', connect: 'notSimulated', settings: 'on', reset: 'notSimulated' });
  });
});

describe('server and root sections (hyperv-manager-ui.md §1.1, §1.4)', () => {
  const hostCtx = buildActionContext({ locale: 'en', hostName: 'HV-1', host: null, vm: null, relationships: [] });
  const rootCtx = buildActionContext({ locale: 'en', hostName: null, host: null, vm: null, relationships: [] });

  it('lists the server actions in Hyper-V Manager’s order and groups', () => {
    expect(shape(resolveMenu(HOST_MENU, hostCtx))).toEqual([
      'quickCreate', 'new▸[newVirtualMachine,newHardDisk,newFloppyDisk]', '|', 'importVirtualMachine', '|',
      'hyperVSettings', 'virtualSwitchManager', 'virtualSanManager', '|', 'editDisk', 'inspectDisk', '|',
      'stopService', 'removeServer', 'refresh', '|', 'view▸[addRemoveColumns,customize]', '|', 'help', '|',
      'lab▸[labFirewall,|,labNetworkLinks,|,labEventViewer]',
    ]);
    const enabled = resolveMenu(HOST_MENU, hostCtx).flatMap((e) => (e.kind === 'action' && e.enabled ? [e.id] : []));
    expect(enabled).toEqual(['importVirtualMachine', 'hyperVSettings', 'removeServer', 'refresh']);
  });

  it('the root offers Connect to Server… (pane: with View ▸; context menu: Connect to Server… | Help)', () => {
    expect(shape(resolveMenu(ROOT_PANE_MENU, rootCtx))).toEqual(['connectToServer', 'view▸[addRemoveColumns,customize]', 'help']);
    expect(shape(resolveMenu(ROOT_CONTEXT_MENU, rootCtx))).toEqual(['connectToServer', '|', 'help']);
  });

  it('shows no VM actions without a VM', () => {
    expect(resolveMenu(VM_MENU, hostCtx)).toEqual([]);
  });
});

describe('Lab ▸ (teaching tools)', () => {
  const labItems = (engine: Engine, host: string) => {
    const ctx = buildActionContext({ locale: 'en', hostName: host, host: structuredClone(engine.world.hosts.get(host) ?? null), vm: null, relationships: [] });
    const sub = resolveMenu(HOST_MENU, ctx).find((e) => e.kind === 'submenu' && e.id === 'lab');
    return sub && sub.kind === 'submenu' ? shape(sub.children) : [];
  };

  it('offers Cut Power on a running host and Power On Host on a crashed one', () => {
    const engine = activePassive();
    expect(labItems(engine, 'HV-1')).toEqual(['labFirewall', 'labCrashHost', '|', 'labNetworkLinks', '|', 'labEventViewer']);
    run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
    expect(labItems(engine, 'HV-1')).toEqual(['labFirewall', 'labPowerOnHost', '|', 'labNetworkLinks', '|', 'labEventViewer']);
  });
});
