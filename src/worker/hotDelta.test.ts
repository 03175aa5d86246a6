import { describe, expect, it } from 'vitest';
import { createEngine } from '../sim';
import { RELATIONSHIP_HOT_FIELDS, VM_HOT_FIELDS, type DeltaMessage, type HotColumns, type SnapshotMessage, type WorkerMessage, type WorkerRequestBody } from '../protocol';
import { createLabStore, type LabMirror } from '../store/labStore';
import { HOT_ACCESS_FOR_TESTS, applyDelta, indexFromSnapshot, mirrorFromSnapshot, type EntityIndex } from '../store/mirror';
import { engineLabs } from './engineLabs';
import { SimHost } from './host';
import { readHot } from './hotDelta';

function scaleHost(vms: number) {
  const wall = { now: 0 };
  const posted: { message: WorkerMessage; transfer: Transferable[] }[] = [];
  const host = new SimHost(engineLabs, { post: (message, transfer = []) => posted.push({ message, transfer }), wallClock: () => wall.now });
  let id = 0;
  const send = (body: WorkerRequestBody) => host.handle({ ...body, requestId: ++id });
  send({ type: 'load', source: { kind: 'preset', presetId: 'scale', seed: 5, hosts: 2, vms } });
  return { host, posted, send };
}

/** Replays stream messages through the store's reducers, as the bridge does. */
class Replayer {
  mirror: LabMirror = createLabStore().getState();
  index: EntityIndex = { vms: [], relationships: [] };
  apply(m: WorkerMessage): void {
    if (m.kind === 'snapshot') {
      this.mirror = mirrorFromSnapshot(this.mirror, m);
      this.index = indexFromSnapshot(m.snapshot);
    } else if (m.kind === 'delta') this.mirror = applyDelta(this.mirror, m, this.index);
  }
}

const bytes = (c: HotColumns) => c.bytes.byteLength + c.floats.byteLength;

describe('Engine.changes', () => {
  it('lists what delta() lists, as live objects', () => {
    const engine = createEngine('active-passive', { seed: 2 });
    engine.advanceBy(600_000);
    const live = engine.changes(0, 0);
    expect(engine.delta(0, 0)).toEqual(live);
    expect(live.vms[0]).toBe(engine.world.vms.get(live.vms[0]?.key ?? ''));
  });
});

describe('typed hot deltas', () => {
  it('decode each field where the worker reads it', () => {
    const engine = createEngine('active-passive', { seed: 2 });
    const cases = [
      { fields: VM_HOT_FIELDS, access: HOT_ACCESS_FOR_TESTS.vms, entity: structuredClone([...engine.world.vms.values()][0]) },
      { fields: RELATIONSHIP_HOT_FIELDS, access: HOT_ACCESS_FOR_TESTS.relationships, entity: structuredClone([...engine.world.rels.values()][0]) },
    ] as const;
    for (const { fields, access, entity } of cases) {
      expect(access).toHaveLength(fields.length);
      fields.forEach((f, j) => {
        (access[j] as { set(e: object, v: number): void }).set(entity as object, 1234.5 + j);
        expect(readHot(entity as object, f)).toBe(1234.5 + j);
        expect((access[j] as { get(e: object): number }).get(entity as object)).toBe(1234.5 + j);
      });
    }
  });

  it('send hot-only changes as transferred typed columns that rebuild exactly the engine state', () => {
    const { posted, send } = scaleHost(20);
    const replay = new Replayer();
    for (let i = 0; i < 12; i++) {
      if (i === 5) send({ type: 'execute', command: { type: 'Stop-VM', host: 'HV-1', vm: 'Vm3', turnOff: true } });
      send({ type: 'advance', ms: 30_000 * (i + 1) });
    }
    for (const p of posted) replay.apply(p.message);
    const deltas = posted.filter((p): p is { message: DeltaMessage; transfer: Transferable[] } => p.message.kind === 'delta');
    const hotEntries = deltas.reduce((n, p) => n + p.message.hot.vms.count + p.message.hot.relationships.count, 0);
    const fullEntries = deltas.reduce((n, p) => n + p.message.delta.vms.length + p.message.delta.relationships.length, 0);
    expect(hotEntries).toBeGreaterThan(fullEntries * 5);
    for (const p of deltas) {
      const h = p.message.hot;
      expect(p.transfer).toEqual([h.vms.bytes, h.vms.floats, h.relationships.bytes, h.relationships.floats].map((a) => a.buffer));
    }
    send({ type: 'snapshot' });
    const fresh = posted.at(-2)?.message as SnapshotMessage;
    expect(fresh.kind).toBe('snapshot');
    const m = replay.mirror;
    expect(JSON.stringify(fresh.snapshot.vms.map((v) => m.vms[v.key]))).toBe(JSON.stringify(fresh.snapshot.vms));
    expect(JSON.stringify(fresh.snapshot.relationships.map((r) => m.relationships[r.id]))).toBe(JSON.stringify(fresh.snapshot.relationships));
    expect(m.vms['HV-1:' + (fresh.snapshot.vms.find((v) => v.name === 'Vm3' && v.host === 'HV-1')?.id ?? '')]?.state).toBe('Off');
  });

  it('rebuild exactly the engine state when only some records are read between deltas (lazy hot records)', () => {
    const { posted, send } = scaleHost(20);
    const replay = new Replayer();
    const seen = new Map<string, { vm: object | undefined; json: string }>();
    for (let i = 0; i < 10; i++) {
      send({ type: 'advance', ms: 45_000 });
      for (const p of posted.splice(0)) replay.apply(p.message);
      // Read a different third of the records each time, as a scrolling grid would.
      const keys = Object.keys(replay.mirror.vms).filter((_, j) => j % 3 === i % 3);
      for (const k of keys) {
        const vm = replay.mirror.vms[k];
        const json = JSON.stringify(vm);
        const before = seen.get(k);
        if (before) {
          expect(JSON.stringify(before.vm)).toBe(before.json); // records handed out are never mutated
          if (json !== before.json) expect(vm).not.toBe(before.vm);
        }
        seen.set(k, { vm, json });
      }
    }
    send({ type: 'snapshot' });
    const fresh = posted.at(-2)?.message as SnapshotMessage;
    expect(fresh.kind).toBe('snapshot');
    expect(JSON.stringify(fresh.snapshot.vms.map((v) => replay.mirror.vms[v.key]))).toBe(JSON.stringify(fresh.snapshot.vms));
    expect(JSON.stringify(fresh.snapshot.relationships.map((r) => replay.mirror.relationships[r.id]))).toBe(JSON.stringify(fresh.snapshot.relationships));
  });

  it('give changed records new objects and keep the identity of the others', () => {
    const { posted, send } = scaleHost(10);
    const replay = new Replayer();
    send({ type: 'advance', ms: 60_000 });
    for (const p of posted) replay.apply(p.message);
    const before = { ...replay.mirror, vms: { ...replay.mirror.vms }, relationships: { ...replay.mirror.relationships } };
    send({ type: 'execute', command: { type: 'Stop-VM', host: 'HV-1', vm: 'Vm2', turnOff: true } });
    const last = posted.at(-2)?.message as DeltaMessage;
    expect(last.kind).toBe('delta');
    replay.apply(last);
    const after = replay.mirror;
    const changed = Object.keys(after.vms).filter((k) => after.vms[k] !== before.vms[k]);
    expect(changed.map((k) => after.vms[k]?.name)).toEqual(['Vm2']);
    expect(after.vms[changed[0] ?? '']?.workload).toEqual(before.vms[changed[0] ?? '']?.workload);
    for (const k of Object.keys(before.relationships)) {
      if (after.relationships[k] !== before.relationships[k]) expect(after.relationships[k]?.primaryVm).toBe(changed[0]);
    }
  });

  it('stay within 64 KB a message for 1,000 VMs at 3600× (performance T6)', () => {
    const { posted, send } = scaleHost(1_000);
    send({ type: 'advance', ms: 3_600_000 }); // steady state
    const from = posted.length;
    for (let i = 0; i < 5; i++) send({ type: 'advance', ms: 360_000 }); // one 100 ms tick at 3600×
    const sizes = posted.slice(from).flatMap((p) => (p.message.kind === 'delta' ? [p.message] : [])).map((d) => {
      const objects = JSON.stringify({ ...d, hot: { addedVms: d.hot.addedVms, addedRelationships: d.hot.addedRelationships } }).length;
      return { objects, typed: bytes(d.hot.vms) + bytes(d.hot.relationships), full: d.delta.vms.length + d.delta.relationships.length };
    });
    console.log('1k VMs, 360 s a delta:', sizes.map((s) => `${(s.typed / 1024).toFixed(1)} KB typed + ${(s.objects / 1024).toFixed(1)} KB objects (${s.full} full)`).join('; '));
    for (const s of sizes) expect(s.typed + s.objects).toBeLessThanOrEqual(64 * 1024);
  });
});
