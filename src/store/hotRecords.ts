import {
  RELATIONSHIP_HOT_FIELDS,
  VM_HOT_FIELDS,
  type HotAccessors,
  type HotColumns,
  type HotField,
  type Relationship,
  type Vm,
} from '../protocol';

/**
 * The mirror's `vms` and `relationships` maps, with typed hot updates applied lazily (performance T6).
 *
 * At 10,000 VMs and 3600× every VM and relationship changes on every tick: copying ~30,000 records of
 * 40-odd fields per message cost 19 ms of the UI thread, and all but the few dozen records on screen were
 * never read before the next copy. So a hot update only lands in typed arrays here; a record is rebuilt
 * (new object, changed fields written) the first time something reads it through the map. Readers see
 * exactly what an eager copy would have given them: current values, and a new object if and only if the
 * record changed since they last read it — `useShallow` pickers and identity checks keep working.
 */

/** Reads and writes one hot field (named property accesses, so V8 keeps them monomorphic). */
export interface HotAccess<T> {
  get(entity: T): number | null;
  set(entity: T, value: number | null): void;
}

/** How one entity kind's hot fields are written: accessors in wire order, and the copy of nested objects. */
export interface HotKind<T> {
  access: readonly HotAccess<T>[];
  /** Copies into `next` the nested objects (`workload`, `stats`) that the fields of `mask` write into. */
  copySub(next: T, old: T, mask: number): void;
}

/** Bits of the fields that live in nested object `key`. */
const subMask = (fields: readonly HotField[], key: string) => fields.reduce((m, f, j) => (f.key === key && f.sub !== undefined ? m | (1 << j) : m), 0);

/**
 * In the order of `VM_HOT_FIELDS`, each naming its field: the type fails if the protocol's list changes and
 * this does not (`src/worker/hotDelta.test.ts` checks each accessor reads and writes the field it names).
 */
const VM_ACCESS: HotAccessors<typeof VM_HOT_FIELDS, HotAccess<Vm>> = [
  { key: 'writeSeq', get: (v) => v.writeSeq, set: (v, x) => void (v.writeSeq = x as number) },
  { key: 'cpuUsagePercent', get: (v) => v.cpuUsagePercent, set: (v, x) => void (v.cpuUsagePercent = x as number) },
  { key: 'memoryAssignedMB', get: (v) => v.memoryAssignedMB, set: (v, x) => void (v.memoryAssignedMB = x as number) },
  { key: 'startedAt', get: (v) => v.startedAt, set: (v, x) => void (v.startedAt = x) },
  {
    key: 'workload',
    sub: 'writesPerSecond',
    get: (v) => v.workload.writesPerSecond,
    set: (v, x) => void (v.workload.writesPerSecond = x as number),
  },
];
const VM_WORKLOAD_BITS = subMask(VM_HOT_FIELDS, 'workload');

type Stats = Relationship['stats'];
function stat<K extends keyof Stats>(sub: K): HotAccess<Relationship> & { readonly key: 'stats'; readonly sub: K } {
  return { key: 'stats', sub, get: (r) => r.stats[sub], set: (r, x) => void (r.stats[sub] = x as number) };
}

/** In the order of `RELATIONSHIP_HOT_FIELDS` (checked like {@link VM_ACCESS}). */
const RELATIONSHIP_ACCESS: HotAccessors<typeof RELATIONSHIP_HOT_FIELDS, HotAccess<Relationship>> = [
  { key: 'appliedSeq', get: (r) => r.appliedSeq, set: (r, x) => void (r.appliedSeq = x as number) },
  { key: 'pendingBytes', get: (r) => r.pendingBytes, set: (r, x) => void (r.pendingBytes = x as number) },
  { key: 'lastReplicationTime', get: (r) => r.lastReplicationTime, set: (r, x) => void (r.lastReplicationTime = x) },
  { key: 'consecutiveFailures', get: (r) => r.consecutiveFailures, set: (r, x) => void (r.consecutiveFailures = x as number) },
  stat('startTime'),
  stat('successCount'),
  stat('missCount'),
  stat('sizeBytes'),
  stat('maxSizeBytes'),
  stat('latencySumMs'),
  stat('maxLatencyMs'),
  stat('networkFailureCount'),
  stat('replicationFailureCount'),
  stat('appConsistentFailureCount'),
  { key: 'appliedDataTime', get: (r) => r.appliedDataTime, set: (r, x) => void (r.appliedDataTime = x) },
];
const RELATIONSHIP_STATS_BITS = subMask(RELATIONSHIP_HOT_FIELDS, 'stats');

export const VM_KIND: HotKind<Vm> = {
  access: VM_ACCESS,
  copySub: (next, old, mask) => {
    if (mask & VM_WORKLOAD_BITS) next.workload = { ...old.workload };
  },
};

export const RELATIONSHIP_KIND: HotKind<Relationship> = {
  access: RELATIONSHIP_ACCESS,
  copySub: (next, old, mask) => {
    if (mask & RELATIONSHIP_STATS_BITS) next.stats = { ...old.stats };
  },
};

/** A varint reader over one kind's `bytes` (see `HotColumns`). */
class VarintReader {
  p = 0;
  constructor(private readonly bytes: Uint8Array) {}
  uvar(): number {
    const bytes = this.bytes;
    let b = bytes[this.p++] as number;
    if (b < 128) return b;
    let out = b & 127;
    let mul = 128;
    for (;;) {
      b = bytes[this.p++] as number;
      out += (b & 127) * mul;
      if (b < 128) return out;
      mul *= 128;
    }
  }
  svar(): number {
    const z = this.uvar();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
}

/** The lazy record map behind each proxy the mirror hands out (see {@link lazyRecordsOf}). */
const registry = new WeakMap<object, LazyRecords<object>>();

/** The {@link LazyRecords} behind `map`, or null when `map` is a plain object (tests, `EMPTY_LAB`). */
export function lazyRecordsOf<T extends object>(map: object): LazyRecords<T> | null {
  return (registry.get(map) as LazyRecords<T> | undefined) ?? null;
}

/**
 * `map`'s records as stored, hot fields possibly stale: for reading fields that are never hot (`name`,
 * `host`) across many records, where rebuilding each one would be wasted work (the grid re-reads all
 * names every second). `map` itself when it is a plain object.
 */
export function coldRecords<T extends object>(map: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return lazyRecordsOf<T>(map)?.unmaterialised ?? map;
}

/**
 * Records keyed by id, plus hot values not yet written into them. `records` is what readers get: a proxy
 * whose reads rebuild a record with pending values first. Writes go through {@link put} and {@link remove}.
 * Pending values are kept per wire index (the `EntityIndex` position of the entity), one row of `stride`
 * doubles each, NaN standing for null as on the wire.
 */
export class LazyRecords<T extends object> {
  readonly records: Record<string, T>;
  private values = new Float64Array(0);
  /** Per wire index: bit j = field j has a pending value. */
  private masks = new Uint32Array(0);
  /** Keys with pending values → their wire index. */
  private readonly pending = new Map<string, number>();
  private readonly stride: number;

  /** @param raw the map to own (written in place from now on). */
  constructor(
    private readonly raw: Record<string, T>,
    private readonly kind: HotKind<T>,
  ) {
    this.stride = kind.access.length;
    this.records = new Proxy(raw, {
      get: (target, p) => {
        if (typeof p === 'string') {
          const i = this.pending.get(p);
          if (i !== undefined) return this.materialise(p, i);
        }
        return target[p as string];
      },
      // Descriptors carry values too (some deep-equality and cloning helpers read them).
      getOwnPropertyDescriptor: (target, p) => {
        if (typeof p === 'string') this.get(p);
        return Reflect.getOwnPropertyDescriptor(target, p);
      },
      set: (_target, p, value: T) => (typeof p === 'string' ? (this.put(p, value), true) : false),
      deleteProperty: (_target, p) => (typeof p === 'string' ? (this.remove(p), true) : false),
    });
    registry.set(this.records, this);
  }

  /** The current record of `key` (rebuilt if it has pending values). */
  get(key: string): T | undefined {
    const i = this.pending.get(key);
    return i === undefined ? this.raw[key] : this.materialise(key, i);
  }

  /**
   * Records as stored, possibly with stale hot fields: only for reading fields that are never hot
   * (`host`, `key`), where rebuilding every record would be wasted work.
   */
  get unmaterialised(): Readonly<Record<string, T>> {
    return this.raw;
  }

  /** A full record replaces the stored one and any pending values. */
  put(key: string, record: T): void {
    this.raw[key] = record;
    this.forget(key);
  }

  remove(key: string): void {
    delete this.raw[key];
    this.forget(key);
  }

  /**
   * Decodes one kind's hot columns into pending values. `keys` maps wire indexes to keys.
   * @throws when an entry names an entity the map does not hold (the streams are out of step).
   */
  applyHot(cols: HotColumns, keys: readonly string[]): void {
    this.reserve(keys.length);
    const { values, masks, stride, raw } = this;
    const access = this.kind.access;
    const r = new VarintReader(cols.bytes);
    const floats = cols.floats;
    let fi = 0;
    let index = 0;
    for (let e = 0; e < cols.count; e++) {
      index += r.svar();
      const mask = r.uvar();
      const old = masks[index] as number;
      // A record's first pending value: check the record exists. Diffs of fields not pending yet add to the record's own value.
      let record: T | undefined;
      if (old === 0) {
        const key = keys[index];
        record = key === undefined ? undefined : raw[key];
        if (key === undefined || !record) throw new Error(`hot update for unknown entity #${index}`);
        this.pending.set(key, index);
      }
      const base = index * stride;
      for (let j = 0; j < stride; j++) {
        const bit = 1 << j;
        if ((mask & bit) === 0) continue;
        if (mask & (1 << (16 + j))) {
          values[base + j] = floats[fi++] as number;
        } else {
          const last = old & bit ? (values[base + j] as number) : ((access[j] as HotAccess<T>).get((record ??= raw[keys[index] as string] as T)) as number);
          values[base + j] = last + r.svar();
        }
      }
      masks[index] = old | (mask & 0xffff);
    }
  }

  /** Writes `key`'s pending values into a new object (its nested object copied only if one of its fields changed). */
  private materialise(key: string, index: number): T {
    const old = this.raw[key] as T;
    const mask = this.masks[index] as number;
    const next = { ...old };
    this.kind.copySub(next, old, mask);
    const base = index * this.stride;
    for (let j = 0; j < this.stride; j++) {
      if ((mask & (1 << j)) === 0) continue;
      const v = this.values[base + j] as number;
      (this.kind.access[j] as HotAccess<T>).set(next, Number.isNaN(v) ? null : v);
    }
    this.raw[key] = next;
    this.masks[index] = 0;
    this.pending.delete(key);
    return next;
  }

  private forget(key: string): void {
    const i = this.pending.get(key);
    if (i === undefined) return;
    this.masks[i] = 0;
    this.pending.delete(key);
  }

  private reserve(entities: number): void {
    if (entities <= this.masks.length) return;
    const capacity = Math.max(entities, this.masks.length * 2, 64);
    const values = new Float64Array(capacity * this.stride);
    values.set(this.values);
    const masks = new Uint32Array(capacity);
    masks.set(this.masks);
    this.values = values;
    this.masks = masks;
  }
}

/** Checked by tests: the accessors above follow the wire's field tables. */
export const HOT_ACCESS_FOR_TESTS = { vms: VM_ACCESS, relationships: RELATIONSHIP_ACCESS };
