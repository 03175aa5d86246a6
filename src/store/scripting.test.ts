import { describe, expect, it } from 'vitest';
import { createReplicaLabApi, type LoadOptions } from './scripting';
import { STATE_EVENT_LIMIT } from './selectors/labState';
import { createInMemoryLab } from './testing/inMemoryLab';

/** window.replicaLab on the real engine, in memory; "paint" is immediate. */
async function scriptedLab(preset = 'active-passive', presetDefaults: LoadOptions = { seed: 1 }) {
  const lab = createInMemoryLab();
  const booted = lab.bridge.load({ kind: 'preset', presetId: preset, ...presetDefaults }).then(() => undefined);
  const api = createReplicaLabApi({ bridge: lab.bridge, booted, afterPaint: () => Promise.resolve(), presetDefaults });
  await api.ready();
  return { api, lab };
}

describe('window.replicaLab', () => {
  it('advance() moves now() by exactly the duration, in every accepted form', async () => {
    const { api } = await scriptedLab();
    expect(await api.now()).toBe('2026-03-02T08:00:00.000Z');
    expect(await api.advance('1h')).toBe('2026-03-02T09:00:00.000Z');
    await api.advance('30s');
    await api.advance('15m');
    await api.advance(500);
    expect(await api.now()).toBe('2026-03-02T09:15:30.500Z');
    await api.advance('2d');
    expect(await api.now()).toBe('2026-03-04T09:15:30.500Z');
    await expect(api.advance('soon')).rejects.toThrow(/Invalid duration/);
  });

  it('advance() runs after an action chosen just before it (menus run actions on a 0-ms timer)', async () => {
    const { api, lab } = await scriptedLab();
    await lab.bridge.execute({ type: 'Lab-CrashHost', host: 'HV-1' });
    // As a menu item does: the command leaves on the next timer turn, and the script calls advance() at once.
    setTimeout(() => void lab.bridge.execute({ type: 'Lab-PowerOnHost', host: 'HV-1' }), 0);
    const before = lab.bridge.store.getState().now;
    await api.advance('10m');
    expect(lab.bridge.store.getState().hosts['HV-1']?.power).toBe('On');
    // The host started (event 6005) before the 10 minutes ran, not at their end.
    const started = (await api.state()).events.filter((e) => e.eventId === 6005 && e.host === 'HV-1');
    expect(started.map((e) => e.time)).toEqual([before]);
  });

  it('state() is JSON, frozen, sorted and uses the PowerShell enum names', async () => {
    const { api } = await scriptedLab();
    await api.advance('1h');
    const state = await api.state();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(Object.isFrozen(state.vms[0])).toBe(true);
    expect(state).toMatchObject({ labId: 'active-passive', seed: 1, now: 3_600_000, time: '2026-03-02T09:00:00.000Z' });
    expect(state.hosts.map((h) => h.name)).toEqual(['HV-1', 'HV-2']);
    expect(state.vms.map((v) => v.key)).toEqual([...state.vms.map((v) => v.key)].sort());
    const primary = state.vms.find((v) => v.host === 'HV-1' && v.name === 'Vm1');
    expect(primary).toMatchObject({ state: 'Running', replicationState: 'Replicating', replicationHealth: 'Normal', replicationMode: 'Primary' });
    expect(state.relationships).toHaveLength(4);
    expect(state.events.length).toBeLessThanOrEqual(STATE_EVENT_LIMIT);
    expect(Object.keys(state)).not.toContain('seq');
    expect(Object.keys(state)).not.toContain('speed');
  });

  it('load(export()) gives back exactly the same state(), and the lab carries on identically', async () => {
    const { api } = await scriptedLab('extended-chain');
    await api.advance('3h');
    const file = await api.export();
    const before = await api.state();
    await api.load('blank');
    expect((await api.state()).labId).toBe('blank');
    await api.load(file);
    expect(await api.state()).toEqual(before);
    await api.advance('1h');
    const continued = await api.state();
    await api.load(file);
    await api.advance('1h');
    expect(await api.state()).toEqual(continued);
  });

  it('the same preset, seed and calls give the same state(); another seed does not', async () => {
    const run = async (seed: number) => {
      const { api } = await scriptedLab('active-active', { seed });
      await api.advance('20m');
      await api.advance(45_000);
      return api.state();
    };
    const a = await run(5);
    expect(await run(5)).toEqual(a);
    expect((await run(6)).vms).not.toEqual(a.vms);
  });

  it('checks speeds, and pause()/play() drive the worker clock', async () => {
    const { api, lab } = await scriptedLab();
    await expect(api.setSpeed(7)).rejects.toThrow(/Invalid speed 7/);
    await api.setSpeed(600);
    expect(lab.store.getState().speed).toBe(600);
    await api.pause();
    expect(lab.store.getState()).toMatchObject({ speed: 0, playSpeed: 600 });
    await api.play();
    expect(lab.store.getState().speed).toBe(600);
  });

  it('rejects an unknown preset and keeps the current lab', async () => {
    const { api } = await scriptedLab();
    await expect(api.load('no-such-lab')).rejects.toThrow('Unknown lab "no-such-lab".');
    expect((await api.state()).labId).toBe('active-passive');
  });

  it('waits for boot before running any call', async () => {
    const lab = createInMemoryLab();
    let boot!: () => void;
    const booted = new Promise<void>((resolve) => (boot = resolve));
    const api = createReplicaLabApi({ bridge: lab.bridge, booted, afterPaint: () => Promise.resolve(), presetDefaults: {} });
    let nowValue: string | null = null;
    const pending = api.now().then((v) => (nowValue = v));
    await lab.settle();
    expect(nowValue).toBeNull();
    await lab.bridge.load({ kind: 'preset', presetId: 'blank' });
    boot();
    await pending;
    expect(nowValue).toBe('2026-03-02T08:00:00.000Z');
  });
});
