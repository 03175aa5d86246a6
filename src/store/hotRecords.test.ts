import { describe, expect, it } from 'vitest';
import type { HotColumns, Vm } from '../protocol';
import { LazyRecords, VM_KIND, coldRecords, lazyRecordsOf } from './hotRecords';
import { fixtureVm } from './selectors/vmFixtures';

/** Field positions in `VM_HOT_FIELDS`. */
const CPU = 1;
const STARTED_AT = 3;
const WRITES = 4;

type Entry = { index: number; diffs?: Record<number, number>; raws?: Record<number, number> };

/** Encodes entries the way the worker does (hotDelta.ts): index diff, mask, int diffs, floats apart. */
function columns(entries: Entry[]): HotColumns {
  const bytes: number[] = [];
  const floats: number[] = [];
  const uvar = (u: number) => {
    for (; u >= 128; u = Math.floor(u / 128)) bytes.push((u % 128) | 128);
    bytes.push(u);
  };
  const svar = (d: number) => uvar(d >= 0 ? 2 * d : -2 * d - 1);
  let last = 0;
  for (const e of entries) {
    svar(e.index - last);
    last = e.index;
    let mask = 0;
    for (const j of Object.keys(e.diffs ?? {})) mask |= 1 << Number(j);
    for (const j of Object.keys(e.raws ?? {})) mask |= (1 << Number(j)) | (1 << (16 + Number(j)));
    uvar(mask);
    for (const [, d] of Object.entries(e.diffs ?? {}).sort(([a], [b]) => Number(a) - Number(b))) svar(d);
    for (const [, v] of Object.entries(e.raws ?? {}).sort(([a], [b]) => Number(a) - Number(b))) floats.push(v);
  }
  return { count: entries.length, bytes: Uint8Array.from(bytes), floats: Float64Array.from(floats) };
}

function setup() {
  const vms = [fixtureVm('Vm1'), fixtureVm('Vm2'), fixtureVm('Vm3')];
  const keys = vms.map((v) => v.key);
  const lazy = new LazyRecords<Vm>(Object.fromEntries(vms.map((v) => [v.key, v])), VM_KIND);
  return { vms, keys, lazy, map: lazy.records };
}

describe('LazyRecords', () => {
  it('writes hot values into a new object only when the record is read', () => {
    const { vms, keys, lazy, map } = setup();
    lazy.applyHot(columns([{ index: 1, diffs: { [CPU]: 5 } }]), keys);
    expect(lazy.unmaterialised[keys[1] as string]).toBe(vms[1]); // nothing copied yet
    const read = map[keys[1] as string];
    expect(read).not.toBe(vms[1]);
    expect(read?.cpuUsagePercent).toBe(8);
    expect(vms[1]?.cpuUsagePercent).toBe(3); // the old object is never mutated
    expect(map[keys[1] as string]).toBe(read); // stable until the next update
    expect(map[keys[0] as string]).toBe(vms[0]);
  });

  it('accumulates diffs over several deltas before a read, and after one', () => {
    const { keys, lazy, map } = setup();
    lazy.applyHot(columns([{ index: 0, diffs: { [CPU]: 2 } }, { index: 2, diffs: { [CPU]: -1 } }]), keys);
    lazy.applyHot(columns([{ index: 0, diffs: { [CPU]: 10, [STARTED_AT]: 500 } }]), keys);
    expect(map[keys[0] as string]).toMatchObject({ cpuUsagePercent: 15, startedAt: 500 });
    lazy.applyHot(columns([{ index: 0, diffs: { [CPU]: -15 } }]), keys);
    expect(map[keys[0] as string]).toMatchObject({ cpuUsagePercent: 0, startedAt: 500 });
    expect(map[keys[2] as string]?.cpuUsagePercent).toBe(2);
  });

  it('copies a nested object only when one of its fields changed, and reads NaN floats as null', () => {
    const { vms, keys, lazy, map } = setup();
    lazy.applyHot(columns([{ index: 0, raws: { [WRITES]: 2.5 } }, { index: 1, raws: { [STARTED_AT]: Number.NaN } }]), keys);
    const first = map[keys[0] as string];
    expect(first?.workload).not.toBe(vms[0]?.workload);
    expect(first?.workload).toEqual({ ...vms[0]?.workload, writesPerSecond: 2.5 });
    expect(vms[0]?.workload.writesPerSecond).toBe(1);
    expect(map[keys[1] as string]?.startedAt).toBeNull();
    expect(map[keys[1] as string]?.workload).toBe(vms[1]?.workload);
  });

  it('lets a full record or a removal win over pending values', () => {
    const { keys, lazy, map } = setup();
    lazy.applyHot(columns([{ index: 0, diffs: { [CPU]: 40 } }, { index: 1, diffs: { [CPU]: 40 } }]), keys);
    const full = fixtureVm('Vm1', 'HV-1', { state: 'Off', cpuUsagePercent: 0 });
    lazy.put(full.key, full);
    lazy.remove(keys[1] as string);
    expect(map[full.key]).toBe(full);
    expect(keys[1] as string in map).toBe(false);
    // Later diffs start from the full record's values.
    lazy.applyHot(columns([{ index: 0, diffs: { [CPU]: 7 } }]), keys);
    expect(map[full.key]?.cpuUsagePercent).toBe(7);
  });

  it('shows current values to whole-map readers (Object.values, JSON, spread)', () => {
    const { keys, lazy, map } = setup();
    lazy.applyHot(columns([{ index: 2, diffs: { [CPU]: 90 } }]), keys);
    expect(Object.values(map).map((v) => v.cpuUsagePercent)).toEqual([3, 3, 93]);
    lazy.applyHot(columns([{ index: 2, diffs: { [CPU]: 1 } }]), keys);
    expect((JSON.parse(JSON.stringify(map)) as Record<string, Vm>)[keys[2] as string]?.cpuUsagePercent).toBe(94);
    lazy.applyHot(columns([{ index: 2, diffs: { [CPU]: 1 } }]), keys);
    expect({ ...map }[keys[2] as string]?.cpuUsagePercent).toBe(95);
    expect(Object.keys(map)).toEqual(keys);
    expect(lazyRecordsOf(map)).toBe(lazy);
    expect(lazyRecordsOf({})).toBeNull();
  });

  it('lets cold readers see full records without rebuilding the ones with pending hot values', () => {
    const { vms, keys, lazy, map } = setup();
    lazy.applyHot(columns([{ index: 0, diffs: { [CPU]: 1 } }, { index: 1, diffs: { [CPU]: 1 } }]), keys);
    lazy.put(keys[1] as string, fixtureVm('Vm2', 'HV-1', { name: 'Renamed' }));
    const cold = coldRecords(map);
    expect(cold[keys[0] as string]).toBe(vms[0]);
    expect(cold[keys[1] as string]?.name).toBe('Renamed');
    expect(map[keys[0] as string]?.cpuUsagePercent).toBe(4); // still pending, rebuilt on a normal read
    const plain: Record<string, Vm> = { a: fixtureVm('Vm9') };
    expect(coldRecords(plain)).toBe(plain);
  });

  it('refuses an update for an entity it does not hold', () => {
    const { keys, lazy } = setup();
    lazy.remove(keys[2] as string);
    expect(() => lazy.applyHot(columns([{ index: 2, diffs: { [CPU]: 1 } }]), keys)).toThrow(/unknown entity #2/);
    expect(() => lazy.applyHot(columns([{ index: 7, diffs: { [CPU]: 1 } }]), keys)).toThrow(/unknown entity #7/);
  });
});
