import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type DeltaMessage, type HotDelta, type LabEvent, type SnapshotMessage, type WorkerRequest } from '../protocol';
import { Bridge } from './bridge';
import { EVENT_RING_CAPACITY, createLabStore } from './labStore';
import { applyDelta, mirrorFromSnapshot } from './mirror';
import { createInMemoryLab } from './testing/inMemoryLab';

const CLOCK = { speed: 0, playSpeed: 1, behind: false } as const;

/** A bridge on a fake port: the test plays the worker by hand. */
function handBridge() {
  const sent: WorkerRequest[] = [];
  const store = createLabStore();
  const bridge = new Bridge({ postMessage: (r) => sent.push(r) }, store);
  return { bridge, store, sent };
}

/** Real snapshot and delta messages (from the in-memory worker) to replay by hand. */
async function recordedMessages() {
  const lab = createInMemoryLab();
  await lab.bridge.load({ kind: 'preset', presetId: 'active-passive', seed: 1 });
  await lab.bridge.advance(600_000);
  await lab.bridge.execute({ type: 'Stop-VM', host: 'HV-1', vm: 'Vm3', turnOff: true });
  await lab.bridge.advance(60_000);
  const snapshot = lab.posted.find((m): m is SnapshotMessage => m.kind === 'snapshot');
  const deltas = lab.posted.filter((m): m is DeltaMessage => m.kind === 'delta');
  if (!snapshot || deltas.length < 3) throw new Error('recording failed');
  return { snapshot, deltas, final: lab.store.getState() };
}

function event(seq: number): LabEvent {
  return { seq, eventId: 1, level: 'Information', time: seq, host: 'HV-1', vm: null, key: 'event.linkUp', params: {} };
}

describe('Bridge', () => {
  it('applies a snapshot then chained deltas', async () => {
    const { snapshot, deltas, final } = await recordedMessages();
    const { bridge, store } = handBridge();
    bridge.receive(snapshot);
    expect(store.getState()).toMatchObject({ status: 'ready', labId: 'active-passive', seq: snapshot.seq, generation: 1 });
    for (const d of deltas) bridge.receive(d);
    expect(store.getState().seq).toBe(deltas.at(-1)?.seq);
    expect(store.getState().vms).toEqual(final.vms);
    expect(Object.values(store.getState().vms).find((v) => v.name === 'Vm3' && v.host === 'HV-1')?.state).toBe('Off');
  });

  it('keeps the identity of records a delta does not touch', async () => {
    const { snapshot, deltas } = await recordedMessages();
    const { bridge, store } = handBridge();
    bridge.receive(snapshot);
    // The delta of Stop-VM Vm3 changes that VM (and no other).
    const stopIndex = deltas.findIndex((d) => d.delta.vms.some((v) => v.name === 'Vm3' && v.state === 'Off' && v.host === 'HV-1'));
    for (const d of deltas.slice(0, stopIndex)) bridge.receive(d);
    // The mirror updates its own `vms` map in place: keep the entries as they were.
    const before = { ...store.getState(), vms: { ...store.getState().vms } };
    const last = deltas[stopIndex] as DeltaMessage;
    bridge.receive(last);
    const after = store.getState();
    const changed = new Set(last.delta.vms.map((v) => v.key));
    expect(last.hot.vms.count).toBe(0);
    expect(changed.size).toBeGreaterThan(0);
    expect(changed.size).toBeLessThan(Object.keys(before.vms).length);
    for (const key of Object.keys(before.vms)) {
      if (changed.has(key)) expect(after.vms[key]).not.toBe(before.vms[key]);
      else expect(after.vms[key]).toBe(before.vms[key]);
    }
    expect(after.vmKeysByHost).toBe(before.vmKeysByHost);
    expect(after.hosts).toBe(before.hosts);
  });

  it('drops a delta whose base it never saw, asks once for a snapshot, then resumes', async () => {
    const { snapshot, deltas } = await recordedMessages();
    const { bridge, store, sent } = handBridge();
    bridge.receive(snapshot);
    const [first, second, third] = deltas;
    if (!first || !second || !third) throw new Error('need three deltas');
    bridge.receive(second); // first was lost
    bridge.receive(third);
    expect(store.getState().seq).toBe(snapshot.seq);
    expect(sent.map((r) => r.type)).toEqual(['snapshot']);

    const resync: SnapshotMessage = { ...snapshot, reason: 'resync', seq: third.seq + 1, now: third.now };
    bridge.receive(resync);
    expect(store.getState()).toMatchObject({ seq: resync.seq, generation: 1 });
    const next: DeltaMessage = { ...third, seq: resync.seq + 1, baseSeq: resync.seq, now: third.now + 1 };
    bridge.receive(next);
    expect(store.getState()).toMatchObject({ seq: next.seq, now: next.now });
    expect(sent).toHaveLength(1);
  });

  it('resolves a request only once the mirror shows its effect', async () => {
    const { bridge, store, sent } = handBridge();
    let done = false;
    const pending = bridge.advance(1_000).then(() => (done = true));
    const requestId = sent[0]?.requestId ?? 0;
    bridge.receive({ kind: 'response', protocolVersion: PROTOCOL_VERSION, requestId, seq: 1, ok: true, result: { now: 1_000 } });
    await Promise.resolve();
    expect(done).toBe(false);
    const { snapshot } = await recordedMessages();
    bridge.receive({ ...snapshot, seq: 1 });
    await pending;
    expect(store.getState().seq).toBe(1);
  });

  it('rejects failed requests with the worker message, and everything after a protocol mismatch', async () => {
    const { bridge, store, sent } = handBridge();
    const load = bridge.load({ kind: 'preset', presetId: 'nope' });
    bridge.receive({ kind: 'response', protocolVersion: PROTOCOL_VERSION, requestId: sent[0]?.requestId ?? 0, seq: 0, ok: false, error: 'Unknown lab "nope".' });
    await expect(load).rejects.toThrow('Unknown lab "nope".');

    const pause = bridge.pause();
    bridge.receive({ kind: 'response', protocolVersion: PROTOCOL_VERSION + 1, requestId: 2, seq: 0, ok: true, result: CLOCK });
    await expect(pause).rejects.toThrow(/protocol version/);
    expect(store.getState().fault).toMatch(/protocol version/);
    await expect(bridge.play()).rejects.toThrow(/protocol version/);
  });
});

function noHot(): HotDelta {
  const cols = () => ({ count: 0, bytes: new Uint8Array(0), floats: new Float64Array(0) });
  return { addedVms: [], addedRelationships: [], vms: cols(), relationships: cols() };
}

describe('mirror reducers', () => {
  it('cap the event ring and keep the newest events', async () => {
    const { snapshot } = await recordedMessages();
    const start = mirrorFromSnapshot(createLabStore().getState(), { ...snapshot, snapshot: { ...snapshot.snapshot, events: [] } });
    const many = Array.from({ length: EVENT_RING_CAPACITY + 10 }, (_, i) => event(i + 1));
    const delta = (events: LabEvent[], seq: number): DeltaMessage => ({
      kind: 'delta', protocolVersion: PROTOCOL_VERSION, seq, baseSeq: seq - 1, now: 0, clock: CLOCK,
      delta: { baseSeq: 0, seq: 0, now: 0, hosts: [], vms: [], relationships: [], links: [], removedVms: [], removedRelationships: [], events },
      hot: noHot(),
    });
    const once = applyDelta(start, delta(many, start.seq + 1));
    expect(once.events).toHaveLength(EVENT_RING_CAPACITY);
    expect(once.events[0]?.seq).toBe(11);
    const twice = applyDelta(once, delta([event(EVENT_RING_CAPACITY + 11)], once.seq + 1));
    expect(twice.events).toHaveLength(EVENT_RING_CAPACITY);
    expect(twice.events.at(-1)?.seq).toBe(EVENT_RING_CAPACITY + 11);
    expect(twice.events[0]?.seq).toBe(12);
  });

  it('regroup VMs per host when one is removed', async () => {
    const { snapshot } = await recordedMessages();
    const start = mirrorFromSnapshot(createLabStore().getState(), snapshot);
    const [hv1Key] = start.vmKeysByHost['HV-1'] ?? [];
    const next = applyDelta(start, {
      kind: 'delta', protocolVersion: PROTOCOL_VERSION, seq: start.seq + 1, baseSeq: start.seq, now: start.now, clock: CLOCK,
      delta: { baseSeq: 0, seq: 0, now: 0, hosts: [], vms: [], relationships: [], links: [], removedVms: [hv1Key ?? ''], removedRelationships: [], events: [] },
      hot: noHot(),
    });
    expect(next.vms).toBe(start.vms); // the mirror's own map, updated in place
    expect(next.vmKeysByHost['HV-1']).toHaveLength(3);
    expect(next.vmKeysByHost['HV-2']).toBe(start.vmKeysByHost['HV-2']);
    expect(next.vms[hv1Key ?? '']).toBeUndefined();
  });

  it('never write to a map the mirror did not make', async () => {
    const { snapshot } = await recordedMessages();
    const mirror = mirrorFromSnapshot(createLabStore().getState(), snapshot);
    const foreign = { ...mirror, vms: { ...mirror.vms } };
    const [key] = Object.keys(foreign.vms);
    const next = applyDelta(foreign, {
      kind: 'delta', protocolVersion: PROTOCOL_VERSION, seq: foreign.seq + 1, baseSeq: foreign.seq, now: foreign.now, clock: CLOCK,
      delta: { baseSeq: 0, seq: 0, now: 0, hosts: [], vms: [], relationships: [], links: [], removedVms: [key ?? ''], removedRelationships: [], events: [] },
      hot: noHot(),
    });
    expect(foreign.vms[key ?? '']).toBeDefined();
    expect(next.vms).not.toBe(foreign.vms);
    expect(next.vms[key ?? '']).toBeUndefined();
  });
});
