import {
  RELATIONSHIP_HOT_FIELDS,
  VM_HOT_FIELDS,
  type Delta,
  type HotColumns,
  type HotDelta,
  type HotField,
  type Relationship,
  type Snapshot,
  type Vm,
} from '../protocol';

/**
 * Splits engine deltas into full objects (structural changes) and typed hot-field updates (performance T6).
 * The splitter remembers what it last sent of every VM and relationship: a copy of the object for the
 * structural fields, and a Float64Array row for the hot ones, so it knows which fields changed. Its
 * entity indexes match the UI's (`src/store/mirror.ts`) as long as every message is applied in order;
 * a snapshot resets both sides.
 */

type Json = unknown;

function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, Json>;
  const rb = b as Record<string, Json>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  for (const k of keys) if (!(k in rb) || !jsonEqual(ra[k], rb[k])) return false;
  return true;
}

const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Equal apart from the `skip` fields (and, for the keys of `subs`, apart from those nested fields), with the
 * same keys in the same order (so objects the UI rebuilds from hot updates match full ones).
 */
function equalExcept(live: Record<string, Json>, sent: Record<string, Json>, skip: ReadonlySet<string>, subs: ReadonlyMap<string, ReadonlySet<string>> | null): boolean {
  const lk = Object.keys(live);
  const sk = Object.keys(sent);
  if (lk.length !== sk.length) return false;
  for (let i = 0; i < lk.length; i++) {
    const k = lk[i] as string;
    if (k !== sk[i]) return false;
    if (skip.has(k)) continue;
    const a = live[k];
    const b = sent[k];
    const sub = subs?.get(k);
    if (sub ? !(isRecord(a) && isRecord(b) && equalExcept(a, b, sub, null)) : !jsonEqual(a, b)) return false;
  }
  return true;
}

/** Reads hot field `f` of `entity` as a number (null → NaN). */
export function readHot(entity: object, f: HotField): number {
  const top = (entity as Record<string, unknown>)[f.key];
  const v = f.sub === undefined ? top : (top as Record<string, unknown> | null | undefined)?.[f.sub];
  return typeof v === 'number' ? v : NaN;
}

/** Largest integer difference sent as a varint (larger ones, rare, go raw as floats). */
const MAX_INT_DIFF = 2 ** 48;

/** Growable scratch for one kind's columns (see {@link HotColumns}). */
class ColumnWriter {
  bytes = new Uint8Array(16_384);
  floats = new Float64Array(256);
  count = 0;
  nBytes = 0;
  nFloats = 0;
  private lastIndex = 0;

  reset(): void {
    this.count = this.nBytes = this.nFloats = this.lastIndex = 0;
  }

  /** Unsigned varint (u < 2^53). */
  uvar(u: number): void {
    if (this.nBytes + 8 > this.bytes.length) this.bytes = grow(this.bytes, new Uint8Array(this.bytes.length * 2));
    while (u >= 128) {
      this.bytes[this.nBytes++] = (u % 128) | 128;
      u = Math.floor(u / 128);
    }
    this.bytes[this.nBytes++] = u;
  }

  /** Signed (zigzag) varint. */
  svar(d: number): void {
    this.uvar(d >= 0 ? 2 * d : -2 * d - 1);
  }

  head(index: number, mask: number): void {
    this.count++;
    this.svar(index - this.lastIndex);
    this.lastIndex = index;
    this.uvar(mask >>> 0);
  }

  float(v: number): void {
    if (this.nFloats === this.floats.length) this.floats = grow(this.floats, new Float64Array(this.floats.length * 2));
    this.floats[this.nFloats++] = v;
  }

  /** Fresh, exactly sized arrays (their buffers are transferred). */
  take(): HotColumns {
    return { count: this.count, bytes: this.bytes.slice(0, this.nBytes), floats: this.floats.slice(0, this.nFloats) };
  }
}

function grow<T extends Uint8Array | Float64Array>(old: T, next: T): T {
  next.set(old);
  return next;
}

/** What was last sent of one entity kind. */
class KindState<T extends object> {
  readonly keys: string[] = [];
  readonly indexOf = new Map<string, number>();
  /** Last-sent copies (structural fields current; hot fields may be stale, see `hot`). */
  readonly sent = new Map<string, T>();
  hot: Float64Array;
  private readonly stride: number;
  private readonly hotTop: Set<string>;
  private readonly hotSub: Map<string, Set<string>>;
  readonly writer = new ColumnWriter();
  private readonly diffs: Float64Array;
  private readonly raws: Float64Array;

  constructor(
    private readonly fields: readonly HotField[],
    private readonly keyOf: (e: T) => string,
  ) {
    this.stride = fields.length;
    this.diffs = new Float64Array(this.stride);
    this.raws = new Float64Array(this.stride);
    this.hot = new Float64Array(64 * this.stride);
    this.hotTop = new Set(fields.filter((f) => f.sub === undefined).map((f) => f.key));
    this.hotSub = new Map();
    for (const f of fields) if (f.sub !== undefined) (this.hotSub.get(f.key) ?? this.hotSub.set(f.key, new Set()).get(f.key))?.add(f.sub);
  }

  /** Snapshot: indexes follow the snapshot's order; `entities` are already detached copies. */
  reset(entities: readonly T[]): void {
    this.keys.length = 0;
    this.indexOf.clear();
    this.sent.clear();
    for (const e of entities) this.remember(e, this.indexFor(this.keyOf(e), null));
  }

  private indexFor(key: string, added: string[] | null): number {
    let i = this.indexOf.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.keys.push(key);
      this.indexOf.set(key, i);
      added?.push(key);
      if ((i + 1) * this.stride > this.hot.length) this.hot = grow(this.hot, new Float64Array(this.hot.length * 2));
    }
    return i;
  }

  private remember(copy: T, index: number): void {
    this.sent.set(this.keyOf(copy), copy);
    const base = index * this.stride;
    for (let j = 0; j < this.stride; j++) this.hot[base + j] = readHot(copy, this.fields[j] as HotField);
  }

  /**
   * Sorts changed entities (live engine objects, not mutated) into full copies and hot updates.
   * @returns the entities to send as full objects (detached copies).
   */
  split(changed: readonly T[], removed: readonly string[], added: string[]): T[] {
    const full: T[] = [];
    const w = this.writer;
    w.reset();
    for (const live of changed) {
      const key = this.keyOf(live);
      const sent = this.sent.get(key);
      const index = this.indexFor(key, added);
      if (!sent || !equalExcept(live as Record<string, Json>, sent as Record<string, Json>, this.hotTop, this.hotSub)) {
        const copy = structuredClone(live);
        this.remember(copy, index);
        full.push(copy);
        continue;
      }
      const base = index * this.stride;
      let mask = 0;
      let ints = 0;
      let floats = 0;
      for (let j = 0; j < this.stride; j++) {
        const v = readHot(live, this.fields[j] as HotField);
        const last = this.hot[base + j] as number;
        if (Object.is(v, last)) continue;
        mask |= 1 << j;
        const d = v - last;
        if (Number.isSafeInteger(v) && Number.isSafeInteger(last) && Math.abs(d) <= MAX_INT_DIFF && !Object.is(v, -0)) {
          this.diffs[ints++] = d;
        } else {
          mask |= 1 << (16 + j);
          this.raws[floats++] = v;
        }
        this.hot[base + j] = v;
      }
      if (mask === 0) continue;
      w.head(index, mask);
      for (let k = 0; k < ints; k++) w.svar(this.diffs[k] as number);
      for (let k = 0; k < floats; k++) w.float(this.raws[k] as number);
    }
    for (const key of removed) this.sent.delete(key);
    return full;
  }
}

export interface SplitDelta {
  delta: Delta;
  hot: HotDelta;
  /** Buffers to transfer with the message. */
  transfer: ArrayBuffer[];
}

export class HotDeltaSplitter {
  private readonly vms = new KindState<Vm>(VM_HOT_FIELDS, (v) => v.key);
  private readonly rels = new KindState<Relationship>(RELATIONSHIP_HOT_FIELDS, (r) => r.id);

  /** After a snapshot was posted (its arrays are detached copies the splitter may keep). */
  reset(snapshot: Snapshot): void {
    this.vms.reset(snapshot.vms);
    this.rels.reset(snapshot.relationships);
  }

  /** `changes` may hold live engine objects: everything returned is detached from them. */
  split(changes: Delta): SplitDelta {
    const addedVms: string[] = [];
    const addedRelationships: string[] = [];
    const vms = this.vms.split(changes.vms, changes.removedVms, addedVms);
    const relationships = this.rels.split(changes.relationships, changes.removedRelationships, addedRelationships);
    const hot: HotDelta = { addedVms, addedRelationships, vms: this.vms.writer.take(), relationships: this.rels.writer.take() };
    const delta: Delta = {
      baseSeq: changes.baseSeq,
      seq: changes.seq,
      now: changes.now,
      hosts: changes.hosts.length > 0 ? structuredClone(changes.hosts) : [],
      vms,
      relationships,
      links: changes.links.length > 0 ? structuredClone(changes.links) : [],
      removedVms: [...changes.removedVms],
      removedRelationships: [...changes.removedRelationships],
      events: changes.events.length > 0 ? structuredClone(changes.events) : [],
    };
    const transfer = [hot.vms, hot.relationships].flatMap((c) => [c.bytes.buffer, c.floats.buffer]) as ArrayBuffer[];
    return { delta, hot, transfer };
  }
}
