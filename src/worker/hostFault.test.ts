import { describe, expect, it } from 'vitest';
import type { CommandResult, Delta, DeltaMessage, Snapshot, StreamMessage, WorkerMessage, WorkerRequestBody, WorkerResponse } from '../protocol';
import { Bridge } from '../store/bridge';
import { createLabStore } from '../store/labStore';
import { createReplicaLabApi } from '../store/scripting';
import { SimHost, type PacedEngine } from './host';

const START = '2026-03-02T08:00:00.000Z';
const HOUR = 3_600_000;

/**
 * An engine with one event a minute whose event at `throwAt` throws, once, after the engine's clock has
 * already moved there (as the real engine does when an event handler fails: the event is taken off the
 * queue, then its handler throws).
 */
class ThrowingEngine implements PacedEngine {
  now = 0;
  version = 0;
  constructor(private throwAt: number | null) {}

  execute(): CommandResult {
    return { ok: true };
  }

  advanceTo(time: number, maxEvents = Infinity): boolean {
    let fired = 0;
    for (let next = (Math.floor(this.now / 60_000) + 1) * 60_000; next <= time; next += 60_000) {
      if (fired >= maxEvents) return false;
      this.now = next;
      this.version++;
      fired++;
      if (next === this.throwAt) {
        this.throwAt = null;
        throw new TypeError("Cannot read properties of null (reading 'name')");
      }
    }
    this.now = Math.max(this.now, Math.floor(time));
    return true;
  }

  snapshot(): Snapshot {
    return { seq: this.version, now: this.now, startDate: START, labId: 'fake', seed: 1, hosts: [], vms: [], relationships: [], sites: [], links: [], events: [] };
  }

  delta(baseSeq: number): Delta {
    const empty = { hosts: [], vms: [], relationships: [], links: [], removedVms: [], removedRelationships: [], events: [] };
    return { baseSeq, seq: this.version, now: this.now, ...empty };
  }
}

function setup(throwAt: number) {
  const wall = { now: 1_000 };
  const engine = new ThrowingEngine(throwAt);
  const posted: WorkerMessage[] = [];
  const host = new SimHost(
    { load: () => engine, save: () => ({ format: 'replica-lab', version: 1, labId: 'fake', seed: 1, startDate: START, now: engine.now }) },
    { post: (m) => posted.push(m), wallClock: () => wall.now },
  );
  let requestId = 0;
  const send = (body: WorkerRequestBody): WorkerResponse => {
    host.handle({ ...body, requestId: ++requestId });
    const last = posted[posted.length - 1];
    if (last?.kind !== 'response' || last.requestId !== requestId) throw new Error('no response');
    return last;
  };
  send({ type: 'load', source: { kind: 'preset', presetId: 'fake' } });
  const deltas = () => posted.filter((m): m is DeltaMessage => m.kind === 'delta');
  const tick = (ms = 100) => {
    wall.now += ms;
    host.tick();
  };
  return { wall, engine, posted, host, send, deltas, tick };
}

describe('SimHost: an engine exception stops the clock at a consistent state', () => {
  it('advance(): pushes the state where the engine stopped, with the fault, before the error response', () => {
    const { send, engine, posted } = setup(HOUR);
    const response = send({ type: 'advance', ms: 2 * HOUR });
    expect(engine.now).toBe(HOUR);
    const pushed = posted[posted.length - 2] as StreamMessage;
    expect(pushed).toMatchObject({ kind: 'delta', now: HOUR, clock: { speed: 0, engineFault: { at: HOUR, message: "Cannot read properties of null (reading 'name')" } } });
    expect(response).toMatchObject({ ok: false, seq: pushed.seq });
    expect(!response.ok && response.error).toBe(
      "The simulation stopped at 2026-03-02T09:00:00.000Z: the engine failed (Cannot read properties of null (reading 'name')). The clock is paused there.",
    );

    // The lab still answers; a later advance starts from where the engine really is and clears the fault.
    const next = send({ type: 'advance', ms: 60_000 });
    expect(next).toMatchObject({ ok: true, result: { now: HOUR + 60_000 } });
    expect(posted[posted.length - 2]).toMatchObject({ kind: 'delta', now: HOUR + 60_000, clock: { engineFault: null } });
  });

  it('at play speed: the tick stops the clock (speed 0) and reports the fault instead of throwing; play() tries again', () => {
    const { send, engine, tick, deltas } = setup(2 * 60_000);
    send({ type: 'setSpeed', speed: 600 });
    expect(() => {
      for (let i = 0; i < 5; i++) tick(); // 5 × 100 ms × 600 = 5 simulated minutes
    }).not.toThrow();
    expect(engine.now).toBe(2 * 60_000);
    const last = deltas()[deltas().length - 1];
    expect(last).toMatchObject({ now: 2 * 60_000, clock: { speed: 0, playSpeed: 600, engineFault: { at: 2 * 60_000 } } });

    // Stopped: more ticks move nothing and push nothing.
    const count = deltas().length;
    for (let i = 0; i < 5; i++) tick();
    expect(engine.now).toBe(2 * 60_000);
    expect(deltas().length).toBe(count);

    expect(send({ type: 'play' })).toMatchObject({ ok: true, result: { speed: 600, engineFault: null } });
    tick();
    expect(engine.now).toBe(2 * 60_000 + 60_000);
  });

  it('window.replicaLab: advance() rejects with the message, then now() is the engine’s time and advance("1m") lands at now + 1m', async () => {
    const wall = { now: 1_000 };
    const engine = new ThrowingEngine(HOUR);
    const store = createLabStore();
    let bridge: Bridge | null = null;
    const host = new SimHost(
      { load: () => engine, save: () => ({ format: 'replica-lab', version: 1, labId: 'fake', seed: 1, startDate: START, now: engine.now }) },
      { post: (m) => bridge?.receive(m), wallClock: () => wall.now },
    );
    bridge = new Bridge({ postMessage: (request) => queueMicrotask(() => host.handle(request)) }, store);
    await bridge.load({ kind: 'preset', presetId: 'fake' });
    const api = createReplicaLabApi({
      bridge,
      booted: Promise.resolve(),
      afterPaint: () => Promise.resolve(),
      actionsSent: () => Promise.resolve(),
      presetDefaults: {},
    });

    expect(await api.now()).toBe('2026-03-02T08:00:00.000Z');
    await expect(api.advance('2h')).rejects.toThrow(/stopped at 2026-03-02T09:00:00\.000Z: the engine failed/);
    expect(await api.now()).toBe('2026-03-02T09:00:00.000Z');
    expect(store.getState()).toMatchObject({ now: HOUR, speed: 0, engineFault: { at: HOUR }, fault: null });
    expect(await api.advance('1m')).toBe('2026-03-02T09:01:00.000Z');
    expect(store.getState().engineFault).toBeNull();
  });
});
