/**
 * The hot fields have one definition (`VM_HOT_FIELDS`, `RELATIONSHIP_HOT_FIELDS` in src/protocol/messages.ts)
 * and two users that must agree with it: the worker's writer (hotDelta.ts, generic over the lists) and the
 * store's reader (src/store/hotRecords.ts, hand-written accessors typed against the lists). These tests fail
 * when the list changes and either side does not follow.
 */
import { describe, expect, it } from 'vitest';
import {
  RELATIONSHIP_HOT_FIELDS,
  VM_HOT_FIELDS,
  type Delta,
  type HotAccessors,
  type HotField,
  type Relationship,
  type Snapshot,
  type Vm,
} from '../protocol';
import { createEngine } from '../sim';
import { LazyRecords, RELATIONSHIP_KIND, VM_KIND, type HotAccess, type HotKind } from '../store/hotRecords';
import { HOT_ACCESS_FOR_TESTS } from '../store/mirror';
import { HotDeltaSplitter, readHot } from './hotDelta';

const engine = createEngine('active-passive', { seed: 2 });
engine.advanceBy(600_000);
const vm0 = structuredClone([...engine.world.vms.values()][0] as Vm);
const rel0 = structuredClone([...engine.world.rels.values()][0] as Relationship);

const KINDS = [
  { name: 'VM', fields: VM_HOT_FIELDS, access: HOT_ACCESS_FOR_TESTS.vms, kind: VM_KIND as HotKind<object>, entity: vm0 },
  {
    name: 'relationship',
    fields: RELATIONSHIP_HOT_FIELDS,
    access: HOT_ACCESS_FOR_TESTS.relationships,
    kind: RELATIONSHIP_KIND as HotKind<object>,
    entity: rel0,
  },
] as const;

const accessors = (a: readonly object[]) => a as readonly (HotAccess<object> & HotField)[];

describe.each(KINDS)('$name hot fields', ({ fields, access, kind, entity }) => {
  it('fit the mask (at most 16) and name distinct existing numeric fields', () => {
    expect(fields.length).toBeLessThanOrEqual(16);
    const names = fields.map((f: HotField) => `${f.key}.${f.sub ?? ''}`);
    expect(new Set(names).size).toBe(names.length);
    for (const f of fields as readonly HotField[]) {
      const top = (entity as unknown as Record<string, unknown>)[f.key];
      expect(f.key in entity, f.key).toBe(true);
      if (f.sub !== undefined) expect(f.sub in (top as object), `${f.key}.${f.sub}`).toBe(true);
    }
  });

  it("has one reader accessor per field, in the list's order, each reading and writing the field it names", () => {
    const list = accessors(access);
    expect(list.map(({ key, sub }) => ({ key, sub }))).toEqual(fields.map((f: HotField) => ({ key: f.key, sub: f.sub })));
    const e = structuredClone(entity) as object;
    list.forEach((a, j) => a.set(e, 1000.5 + j)); // all at once: two accessors of one field would collide
    fields.forEach((f: HotField, j: number) => {
      expect(readHot(e, f), `${f.key}.${f.sub ?? ''}`).toBe(1000.5 + j);
      expect(list[j]?.get(e)).toBe(1000.5 + j);
    });
  });

  it('round-trips each field alone from the writer to the reader', () => {
    const key = 'key' in entity ? entity.key : entity.id;
    for (let j = 0; j < fields.length; j++) {
      const splitter = new HotDeltaSplitter();
      const isVm = 'key' in entity;
      splitter.reset({ vms: isVm ? [structuredClone(entity)] : [], relationships: isVm ? [] : [structuredClone(entity)] } as Snapshot);
      const live = structuredClone(entity) as object;
      const field = fields[j] as HotField;
      accessors(access)[j]?.set(live, readHot(live, field) + 12345);
      const changes = { hosts: [], links: [], events: [], removedVms: [], removedRelationships: [], vms: [], relationships: [] };
      const { delta, hot } = splitter.split({ ...changes, [isVm ? 'vms' : 'relationships']: [live] } as unknown as Delta);
      const cols = isVm ? hot.vms : hot.relationships;
      expect(delta.vms.length + delta.relationships.length, `${field.key}.${field.sub ?? ''} travels as a hot update`).toBe(0);
      expect(cols.count).toBe(1);
      const records = new LazyRecords<object>({ [key]: structuredClone(entity) }, kind);
      records.applyHot(cols, [key]);
      expect(records.get(key), `${field.key}.${field.sub ?? ''}`).toEqual(live);
    }
  });
});

describe("the reader's accessor types follow the protocol's lists", () => {
  // Compile-time half of the contract: `npm run typecheck` fails on each line marked @ts-expect-error unless the
  // accessor tables (typed HotAccessors<typeof VM_HOT_FIELDS, …>) stop matching a changed list.
  type VmAccessors<F extends readonly HotField[]> = HotAccessors<F, HotAccess<Vm>>;
  const accept = <T,>(value: T): T => value;
  const vms = HOT_ACCESS_FOR_TESTS.vms;
  type W = (typeof VM_HOT_FIELDS)[4];

  it('a list with a field added, dropped, swapped or renamed does not type-check against the accessors', () => {
    const checked = [
      accept<VmAccessors<typeof VM_HOT_FIELDS>>(vms),
      // @ts-expect-error a field added to the list but not to the reader
      accept<VmAccessors<readonly [...typeof VM_HOT_FIELDS, { key: 'memoryDemandMB' }]>>(vms),
      // @ts-expect-error a field dropped from the list but not from the reader
      accept<VmAccessors<readonly [{ key: 'writeSeq' }, { key: 'cpuUsagePercent' }, { key: 'memoryAssignedMB' }, W]>>(vms),
      // @ts-expect-error two fields swapped
      accept<VmAccessors<readonly [{ key: 'cpuUsagePercent' }, { key: 'writeSeq' }, { key: 'memoryAssignedMB' }, { key: 'startedAt' }, W]>>(vms),
      // @ts-expect-error a nested field renamed
      accept<VmAccessors<readonly [{ key: 'writeSeq' }, { key: 'cpuUsagePercent' }, { key: 'memoryAssignedMB' }, { key: 'startedAt' }, { key: 'workload'; sub: 'other' }]>>(vms),
    ];
    expect(checked.every((c) => c === vms)).toBe(true);
  });
});
