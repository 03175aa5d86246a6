import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue, type QueuedEvent } from './eventQueue';

function drain(q: EventQueue): QueuedEvent[] {
  const out: QueuedEvent[] = [];
  for (;;) {
    const ev: QueuedEvent = { time: 0, seq: 0, kind: 0, slot: 0, gen: 0 };
    if (!q.pop(ev)) return out;
    out.push(ev);
  }
}

const byTimeThenSeq = (a: QueuedEvent, b: QueuedEvent): number => a.time - b.time || a.seq - b.seq;

describe('EventQueue', () => {
  it('is empty at first: size 0, peekTime Infinity, pop returns false', () => {
    const q = new EventQueue();
    expect(q.size).toBe(0);
    expect(q.peekTime()).toBe(Infinity);
    expect(q.pop({ time: 0, seq: 0, kind: 0, slot: 0, gen: 0 })).toBe(false);
  });

  it('pops in time order and carries kind, slot and gen through', () => {
    const q = new EventQueue();
    q.push(30, 1, 10, 100);
    q.push(10, 2, 20, 200);
    q.push(20, 3, 30, 300);
    expect(q.peekTime()).toBe(10);
    expect(drain(q).map((e) => [e.time, e.kind, e.slot, e.gen])).toEqual([
      [10, 2, 20, 200],
      [20, 3, 30, 300],
      [30, 1, 10, 100],
    ]);
  });

  it('breaks ties by insertion order, whatever the heap layout', () => {
    const q = new EventQueue();
    for (let i = 0; i < 50; i++) q.push(i % 3 === 0 ? 5 : 7, i, i, 0);
    const out = drain(q);
    expect(out.filter((e) => e.time === 5).map((e) => e.kind)).toEqual(Array.from({ length: 17 }, (_, k) => 3 * k));
    expect(out.filter((e) => e.time === 7).map((e) => e.kind)).toEqual(Array.from({ length: 50 }, (_, i) => i).filter((i) => i % 3 !== 0));
    expect(out.map((e) => e.seq)).toEqual([...out].sort(byTimeThenSeq).map((e) => e.seq));
  });

  it('grows past its initial 1024 slots without losing or reordering events', () => {
    const q = new EventQueue();
    const n = 5000;
    for (let i = 0; i < n; i++) q.push((i * 7919) % 1013, 1, i, 0);
    expect(q.size).toBe(n);
    const out = drain(q);
    expect(out).toHaveLength(n);
    expect(new Set(out.map((e) => e.slot)).size).toBe(n);
    for (let i = 1; i < n; i++) expect(byTimeThenSeq(out[i - 1] as QueuedEvent, out[i] as QueuedEvent)).toBeLessThan(0);
  });

  it('round-trips through toArray/fromArray, keeping sequence numbers for later ties', () => {
    const q = new EventQueue();
    for (let i = 0; i < 40; i++) q.push(100 + (i % 4), i, i, i % 2);
    const first: QueuedEvent = { time: 0, seq: 0, kind: 0, slot: 0, gen: 0 };
    q.pop(first);
    const exported = q.toArray();
    expect(exported).toEqual([...exported].sort(byTimeThenSeq));
    const copy = EventQueue.fromArray(JSON.parse(JSON.stringify(exported)) as QueuedEvent[], q.sequence);
    expect(copy.size).toBe(q.size);
    expect(copy.sequence).toBe(q.sequence);
    // A new event at an existing time sorts after the restored ones in both queues.
    q.push(101, 99, 99, 0);
    copy.push(101, 99, 99, 0);
    expect(drain(copy)).toEqual(drain(q));
  });

  it('property: any sequence of pushes pops in sorted (time, seq) order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 3000 }), (times) => {
        const q = new EventQueue();
        times.forEach((t, i) => q.push(t, 0, i, 0));
        const out = drain(q);
        const expected = times.map((t, i) => ({ time: t, seq: i })).sort((a, b) => a.time - b.time || a.seq - b.seq);
        expect(out.map((e) => [e.time, e.seq, e.slot])).toEqual(expected.map((e) => [e.time, e.seq, e.seq]));
      }),
      { numRuns: 100 },
    );
  });

  it('property: interleaved pushes and pops always pop the minimum (time, seq) pending', () => {
    const op = fc.oneof(fc.record({ push: fc.integer({ min: 0, max: 20 }) }), fc.constant({ pop: true as const }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const q = new EventQueue();
        const model: { time: number; seq: number }[] = [];
        let seq = 0;
        for (const o of ops) {
          if ('push' in o) {
            q.push(o.push, 0, seq, 0);
            model.push({ time: o.push, seq: seq++ });
          } else {
            model.sort((a, b) => a.time - b.time || a.seq - b.seq);
            const want = model.shift();
            const got: QueuedEvent = { time: 0, seq: 0, kind: 0, slot: 0, gen: 0 };
            expect(q.pop(got)).toBe(want !== undefined);
            if (want) expect([got.time, got.seq]).toEqual([want.time, want.seq]);
          }
          expect(q.size).toBe(model.length);
        }
      }),
      { numRuns: 100 },
    );
  });
});
