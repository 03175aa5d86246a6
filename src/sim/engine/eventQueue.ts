/**
 * Binary min-heap of scheduled engine events, struct-of-arrays (no allocation per event), ordered by
 * (time, insertion sequence) so equal-time events always fire in scheduling order.
 * An event is (time, kind, slot, gen): `slot` names the entity, `gen` lets its owner cancel it lazily
 * (an event whose gen no longer matches the entity's counter is skipped when it fires).
 */
export interface QueuedEvent {
  time: number;
  seq: number;
  kind: number;
  slot: number;
  gen: number;
}

export class EventQueue {
  private times = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private kinds = new Int32Array(1024);
  private slots = new Int32Array(1024);
  private gens = new Int32Array(1024);
  private count = 0;
  private nextSeq = 0;

  get size(): number {
    return this.count;
  }

  push(time: number, kind: number, slot: number, gen: number): void {
    if (this.count === this.times.length) this.grow();
    let i = this.count++;
    const seq = this.nextSeq++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.less(time, seq, parent)) {
        this.copy(parent, i);
        i = parent;
      } else break;
    }
    this.set(i, time, seq, kind, slot, gen);
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.count > 0 ? (this.times[0] as number) : Infinity;
  }

  /** Removes the earliest event and writes it into `out` (reused by the caller). */
  pop(out: QueuedEvent): boolean {
    if (this.count === 0) return false;
    out.time = this.times[0] as number;
    out.seq = this.seqs[0] as number;
    out.kind = this.kinds[0] as number;
    out.slot = this.slots[0] as number;
    out.gen = this.gens[0] as number;
    const last = --this.count;
    if (last > 0) this.siftDown(last);
    return true;
  }

  /** All pending events in firing order (for lab export). */
  toArray(): QueuedEvent[] {
    const out: QueuedEvent[] = [];
    for (let i = 0; i < this.count; i++) {
      out.push({ time: this.times[i] as number, seq: this.seqs[i] as number, kind: this.kinds[i] as number, slot: this.slots[i] as number, gen: this.gens[i] as number });
    }
    return out.sort((a, b) => a.time - b.time || a.seq - b.seq);
  }

  /** Rebuilds a queue from exported events, keeping their sequence numbers so ties still break the same way. */
  static fromArray(events: readonly QueuedEvent[], nextSeq: number): EventQueue {
    const q = new EventQueue();
    for (const e of [...events].sort((a, b) => a.time - b.time || a.seq - b.seq)) {
      q.nextSeq = e.seq;
      q.push(e.time, e.kind, e.slot, e.gen);
    }
    q.nextSeq = nextSeq;
    return q;
  }

  get sequence(): number {
    return this.nextSeq;
  }

  private siftDown(last: number): void {
    const time = this.times[last] as number;
    const seq = this.seqs[last] as number;
    const kind = this.kinds[last] as number;
    const slot = this.slots[last] as number;
    const gen = this.gens[last] as number;
    let i = 0;
    const n = this.count;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && this.lessIdx(r, l) ? r : l;
      if (this.less(time, seq, child)) break;
      this.copy(child, i);
      i = child;
    }
    this.set(i, time, seq, kind, slot, gen);
  }

  private less(time: number, seq: number, j: number): boolean {
    const tj = this.times[j] as number;
    return time < tj || (time === tj && seq < (this.seqs[j] as number));
  }

  private lessIdx(i: number, j: number): boolean {
    return this.less(this.times[i] as number, this.seqs[i] as number, j);
  }

  private copy(from: number, to: number): void {
    this.times[to] = this.times[from] as number;
    this.seqs[to] = this.seqs[from] as number;
    this.kinds[to] = this.kinds[from] as number;
    this.slots[to] = this.slots[from] as number;
    this.gens[to] = this.gens[from] as number;
  }

  private set(i: number, time: number, seq: number, kind: number, slot: number, gen: number): void {
    this.times[i] = time;
    this.seqs[i] = seq;
    this.kinds[i] = kind;
    this.slots[i] = slot;
    this.gens[i] = gen;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const grow64 = (a: Float64Array) => { const b = new Float64Array(n); b.set(a); return b; };
    const grow32 = (a: Int32Array) => { const b = new Int32Array(n); b.set(a); return b; };
    this.times = grow64(this.times);
    this.seqs = grow64(this.seqs);
    this.kinds = grow32(this.kinds);
    this.slots = grow32(this.slots);
    this.gens = grow32(this.gens);
  }
}
