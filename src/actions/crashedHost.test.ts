import { describe, expect, it } from 'vitest';
import type { ActionContext, ResolvedEntry } from './types';
import { createEngine, type Engine } from '../sim';
import { buildActionContext } from './context';
import { findShortcut, HOST_MENU, resolveMenu, VM_MENU } from './registry';

/** The context of VM `name` (or of the server alone) on `host` as the engine holds it now. */
function ctxOf(engine: Engine, host: string, name: string | null): ActionContext {
  const vm = name === null ? null : (engine.world.findVm(host, name) ?? null);
  const copy = vm && structuredClone(vm);
  return buildActionContext({
    locale: 'en',
    hostName: host,
    host: structuredClone(engine.world.hosts.get(host) ?? null),
    vm: copy,
    relationships: copy ? copy.relationships.map((id) => structuredClone(engine.world.rels.get(id))) : [],
  });
}

function ids(entries: readonly ResolvedEntry[]): string[] {
  return entries.flatMap((e) => (e.kind === 'action' ? [e.id] : e.kind === 'submenu' ? [`${e.id}▸`, ...ids(e.children)] : []));
}

function crashed(): Engine {
  const engine = createEngine('active-passive', { seed: 1 });
  engine.advanceBy(600_000);
  const result = engine.execute({ type: 'Lab-CrashHost', host: 'HV-1' });
  if (!result.ok) throw new Error(result.error.code);
  return engine;
}

describe('a crashed server (issue 10): what Hyper-V Manager offers for a server it cannot reach', () => {
  it('offers no action for a VM of the crashed host (Actions pane, context menu and Action menu share VM_MENU)', () => {
    const engine = crashed();
    const ctx = ctxOf(engine, 'HV-1', 'Vm1');
    expect(ctx.vm?.state).toBe('Off');
    expect(resolveMenu(VM_MENU, ctx)).toEqual([]);
    // The only shortcut (F5) is the server's Refresh, which stays.
    expect(findShortcut(ctx, 'F5')?.id).toBe('refresh');
  });

  it("keeps the crashed server's Remove Server, Refresh, View, Help and lab tools, not its Hyper-V items", () => {
    const engine = crashed();
    const items = ids(resolveMenu(HOST_MENU, ctxOf(engine, 'HV-1', null)));
    expect(items).toEqual(expect.arrayContaining(['removeServer', 'refresh', 'lab▸', 'labPowerOnHost']));
    for (const id of ['hyperVSettings', 'newVirtualMachine', 'importVirtualMachine', 'virtualSwitchManager', 'stopService']) expect(items).not.toContain(id);
  });

  it('still offers every action for the VMs and Hyper-V items of a running server', () => {
    const engine = crashed();
    const replica = ids(resolveMenu(VM_MENU, ctxOf(engine, 'HV-2', 'Vm1')));
    expect(replica).toEqual(expect.arrayContaining(['settings', 'replication▸', 'failover', 'start']));
    expect(ids(resolveMenu(HOST_MENU, ctxOf(engine, 'HV-2', null)))).toContain('hyperVSettings');
    run(engine);
    const back = ids(resolveMenu(VM_MENU, ctxOf(engine, 'HV-1', 'Vm1')));
    expect(back).toEqual(expect.arrayContaining(['settings', 'replication▸', 'start']));
  });
});

function run(engine: Engine): void {
  const result = engine.execute({ type: 'Lab-PowerOnHost', host: 'HV-1' });
  if (!result.ok) throw new Error(result.error.code);
}
