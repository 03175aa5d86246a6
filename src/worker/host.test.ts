import { describe, expect, it } from 'vitest';
import {
  PROTOCOL_VERSION,
  type CommandResult,
  type Delta,
  type DeltaMessage,
  type Snapshot,
  type StreamMessage,
  type WorkerMessage,
  type WorkerRequestBody,
  type WorkerResponse,
} from '../protocol';
import { createLabStore } from '../store/labStore';
import { applyDelta, indexFromSnapshot, mirrorFromSnapshot, type EntityIndex } from '../store/mirror';
import { engineLabs } from './engineLabs';
import { SimHost, type PacedEngine, type PacingOptions } from './host';

/** An engine with one event every `everyMs` of simulated time, each costing `costMs` of (fake) wall time. */
class FakeEngine implements PacedEngine {
  now = 0;
  version = 0;
  eventsFired = 0;
  constructor(
    private readonly wall: { now: number },
    private readonly everyMs = 1_000,
    private readonly costMs = 0,
  ) {}

  execute(): CommandResult {
    this.version++;
    return { ok: true };
  }

  advanceTo(time: number, maxEvents = Infinity): boolean {
    let fired = 0;
    for (let next = (Math.floor(this.now / this.everyMs) + 1) * this.everyMs; next <= time; next += this.everyMs) {
      if (fired >= maxEvents) return false;
      this.now = next;
      this.version++;
      this.eventsFired++;
      this.wall.now += this.costMs;
      fired++;
    }
    this.now = Math.max(this.now, Math.floor(time));
    return true;
  }

  snapshot(): Snapshot {
    const { now, version: seq } = this;
    return { seq, now, startDate: '2026-03-02T08:00:00.000Z', labId: 'fake', seed: 1, hosts: [], vms: [], relationships: [], sites: [], links: [], events: [] };
  }

  delta(baseSeq: number): Delta {
    const empty = { hosts: [], vms: [], relationships: [], links: [], removedVms: [], removedRelationships: [], events: [] };
    return { baseSeq, seq: this.version, now: this.now, ...empty };
  }
}

function setup(options: { everyMs?: number; costMs?: number; pacing?: Partial<PacingOptions> } = {}) {
  const wall = { now: 1_000 };
  const engine = new FakeEngine(wall, options.everyMs, options.costMs);
  const posted: WorkerMessage[] = [];
  const host = new SimHost(
    { load: () => engine, save: () => ({ format: 'replica-lab', version: 1, labId: 'fake', seed: 1, startDate: '', now: engine.now }) },
    { post: (m) => posted.push(m), wallClock: () => wall.now },
    options.pacing,
  );
  let requestId = 0;
  const send = (body: WorkerRequestBody): WorkerResponse => {
    host.handle({ ...body, requestId: ++requestId });
    const last = posted[posted.length - 1];
    if (last?.kind !== 'response' || last.requestId !== requestId) throw new Error('no response');
    return last;
  };
  send({ type: 'load', source: { kind: 'preset', presetId: 'fake' } });
  const stream = () => posted.filter((m): m is StreamMessage => m.kind !== 'response');
  const deltas = () => posted.filter((m): m is DeltaMessage => m.kind === 'delta');
  /** Moves the wall clock by `ms` then runs one tick. */
  const tick = (ms = 100) => {
    wall.now += ms;
    host.tick();
  };
  return { wall, engine, posted, host, send, stream, deltas, tick };
}

describe('SimHost requests', () => {
  it('exportText serialises the lab file in the worker, or answers null past maxChars', () => {
    const { send } = setup();
    const small = send({ type: 'exportText', maxChars: 10_000 });
    expect(small.ok && JSON.parse(small.result as string)).toMatchObject({ format: 'replica-lab', labId: 'fake' });
    expect(send({ type: 'exportText', maxChars: 10 })).toMatchObject({ ok: true, result: null });
  });

  it('answers load with a full snapshot first, then the response naming it', () => {
    const { posted } = setup();
    expect(posted.map((m) => m.kind)).toEqual(['snapshot', 'response']);
    const [snapshot, response] = posted;
    expect(snapshot).toMatchObject({ kind: 'snapshot', reason: 'load', protocolVersion: PROTOCOL_VERSION, seq: 1, baseSeq: -1, now: 0 });
    expect(response).toMatchObject({ kind: 'response', ok: true, seq: 1, result: { labId: 'fake', seed: 1 } });
  });

  it('advance(ms) runs to exactly now + ms while paused and pushes a delta before replying', () => {
    const { send, engine, posted } = setup();
    const response = send({ type: 'advance', ms: 3_600_000 });
    expect(engine.now).toBe(3_600_000);
    const delta = posted[posted.length - 2] as DeltaMessage;
    expect(delta).toMatchObject({ kind: 'delta', now: 3_600_000, baseSeq: 1, seq: 2 });
    expect(response).toMatchObject({ ok: true, seq: 2, result: { now: 3_600_000 } });
  });

  it('streams progress at most every pushIntervalMs during a long advance', () => {
    // 10,000 events × 1 ms of wall time each, in chunks of 100: a progress delta at most every 95 ms.
    const { send, deltas, wall } = setup({ everyMs: 1_000, costMs: 1, pacing: { chunkEvents: 100 } });
    const start = wall.now;
    send({ type: 'advance', ms: 10_000_000 });
    const pushed = deltas();
    expect(wall.now - start).toBe(10_000);
    expect(pushed.length).toBeGreaterThan(50);
    expect(pushed.length).toBeLessThanOrEqual(Math.ceil(10_000 / 95) + 1);
    expect(pushed[pushed.length - 1]?.now).toBe(10_000_000);
  });

  it('rejects bad input with an error response and keeps the lab', () => {
    const { send, engine, host, posted } = setup();
    expect(send({ type: 'setSpeed', speed: 7 as never })).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid speed 7/) as unknown });
    expect(send({ type: 'advance', ms: -5 })).toMatchObject({ ok: false });
    const failing = new SimHost({ load: () => { throw new Error('Unknown lab "nope".'); }, save: () => { throw new Error('x'); } }, { post: (m) => posted.push(m), wallClock: () => 0 });
    failing.handle({ requestId: 99, type: 'load', source: { kind: 'preset', presetId: 'nope' } });
    expect(posted[posted.length - 1]).toMatchObject({ requestId: 99, ok: false, error: 'Unknown lab "nope".', seq: 0 });
    expect(host.clock.speed).toBe(0);
    expect(engine.now).toBe(0);
  });

  it('answers execute after pushing the delta that shows its effect', () => {
    const { send, posted } = setup();
    const response = send({ type: 'execute', command: { type: 'Lab-CrashHost', host: 'HV-1' } });
    expect(posted[posted.length - 2]).toMatchObject({ kind: 'delta', seq: response.seq });
    expect(response).toMatchObject({ ok: true, result: { ok: true } });
  });

  it('pause(playSpeed) stays paused and play() resumes at that speed', () => {
    const { send, tick, engine } = setup();
    expect(send({ type: 'pause', playSpeed: 60 })).toMatchObject({ ok: true, result: { speed: 0, playSpeed: 60 } });
    tick();
    expect(engine.now).toBe(0);
    expect(send({ type: 'play' })).toMatchObject({ result: { speed: 60, playSpeed: 60 } });
    tick();
    expect(engine.now).toBe(6_000);
  });
});

describe('SimHost pacing', () => {
  it('moves simulated time by wall time × speed and streams a chained delta per tick', () => {
    const { send, tick, engine, stream } = setup();
    send({ type: 'setSpeed', speed: 60 });
    for (let i = 0; i < 10; i++) tick();
    expect(engine.now).toBe(60_000);
    const messages = stream();
    for (let i = 1; i < messages.length; i++) expect(messages[i]?.baseSeq).toBe(messages[i - 1]?.seq);
    expect(messages.filter((m) => m.kind === 'delta').length).toBe(11); // setSpeed + one per tick
  });

  it('does not drift at 1× with uneven timer intervals', () => {
    const { send, tick, engine } = setup();
    send({ type: 'setSpeed', speed: 1 });
    for (let i = 0; i < 100; i++) tick(i % 2 ? 100.25 : 99.75);
    expect(engine.now).toBe(10_000);
  });

  it('pushes nothing while paused and idle, and coalesces to one delta per interval', () => {
    const { tick, deltas, send } = setup();
    tick();
    tick();
    expect(deltas()).toHaveLength(0);
    send({ type: 'setSpeed', speed: 10 });
    const before = deltas().length;
    tick(30);
    tick(30);
    tick(30);
    tick(30); // 120 ms since the last push
    expect(deltas().length - before).toBe(1);
  });

  it('caps one tick at maxElapsedMs after a long timer gap', () => {
    const { send, tick, engine } = setup();
    send({ type: 'setSpeed', speed: 10 });
    tick(60_000);
    expect(engine.now).toBe(10_000);
  });

  it('stays within its wall budget and reports "behind real time" instead of freezing', () => {
    // Each simulated second costs 1 ms of wall time: 3600× needs 360 ms of work per 100 ms tick.
    const { send, tick, engine, wall, deltas } = setup({ everyMs: 1_000, costMs: 1, pacing: { tickBudgetMs: 40, chunkEvents: 10 } });
    send({ type: 'setSpeed', speed: 3600 });
    for (let i = 0; i < 5; i++) {
      const start = wall.now + 100;
      tick();
      expect(wall.now - start).toBeLessThanOrEqual(40 + 10);
    }
    expect(engine.now).toBeLessThan(5 * 360_000);
    expect(deltas().at(-1)?.clock.behind).toBe(true);

    send({ type: 'setSpeed', speed: 10 });
    expect(deltas().at(-1)?.clock.behind).toBe(false);
    tick(0);
    const at = engine.now;
    for (let i = 0; i < 5; i++) tick();
    // 10× keeps up: 5 × 100 ms of wall time (plus the 1 ms each event itself took) are all simulated.
    expect(engine.now - at).toBeGreaterThanOrEqual(5_000);
    expect(engine.now - at).toBeLessThanOrEqual(5_100);
    expect(deltas().at(-1)?.clock.behind).toBe(false);
  });

  it('catches up a single slow tick without reporting behind', () => {
    const { send, tick, engine, deltas } = setup({ everyMs: 1_000, costMs: 0 });
    send({ type: 'setSpeed', speed: 600 });
    tick();
    // A stalled timer: 250 ms pass, still under the 1 s cap and the 500 ms backlog.
    tick(250);
    tick();
    expect(engine.now).toBe(600 * 450);
    expect(deltas().every((d) => !d.clock.behind)).toBe(true);
  });
});

describe('SimHost with the real engine', () => {
  it('streams deltas that rebuild the same lab as a fresh snapshot', () => {
    const wall = { now: 0 };
    const posted: WorkerMessage[] = [];
    const host = new SimHost(engineLabs, { post: (m) => posted.push(m), wallClock: () => wall.now });
    host.handle({ requestId: 1, type: 'load', source: { kind: 'preset', presetId: 'active-passive', seed: 3 } });
    host.handle({ requestId: 2, type: 'execute', command: { type: 'Stop-VM', host: 'HV-1', vm: 'Vm2', turnOff: true } });
    host.handle({ requestId: 3, type: 'advance', ms: 7_200_000 });
    let mirror = createLabStore().getState();
    let index: EntityIndex = { vms: [], relationships: [] };
    for (const m of posted) {
      if (m.kind === 'snapshot') {
        mirror = mirrorFromSnapshot(mirror, m);
        index = indexFromSnapshot(m.snapshot);
      } else if (m.kind === 'delta') mirror = applyDelta(mirror, m, index);
    }
    host.handle({ requestId: 4, type: 'snapshot' });
    const fresh = posted.filter((m) => m.kind === 'snapshot').at(-1);
    expect(fresh?.kind === 'snapshot' && fresh.reason).toBe('resync');
    if (fresh?.kind !== 'snapshot') throw new Error('no snapshot');
    // Same values and the same key order (state() serialises the mirror).
    expect(JSON.stringify(fresh.snapshot.vms.map((v) => mirror.vms[v.key]))).toBe(JSON.stringify(fresh.snapshot.vms));
    expect(JSON.stringify(fresh.snapshot.relationships.map((r) => mirror.relationships[r.id]))).toBe(JSON.stringify(fresh.snapshot.relationships));
    expect(Object.keys(mirror.vms)).toHaveLength(8);
  });
});
