import { describe, expect, it } from 'vitest';
import { buildPreset } from '../labs/presets';
import { addVm } from '../labs/builders';
import { ctxReplicatedMaxBytes, relContext } from './relations';
import type { World } from './world';

// The slot caches let dispatch skip Map lookups; these tests pin the rules that keep them exact.
function lab(): World {
  return buildPreset('active-passive', 7);
}

function firstRel(world: World) {
  const rel = [...world.rels.values()][0];
  if (!rel) throw new Error('preset has no relationship');
  return rel;
}

describe('relationship contexts by slot', () => {
  it('remembers a looked-up context under its event slot', () => {
    const world = lab();
    const rel = firstRel(world);
    const ctx = relContext(world, rel);
    expect(ctx).not.toBeNull();
    expect(world.slotCtx[ctx?.rt.slot ?? -1]).toBe(ctx);
    expect(ctx?.epoch).toBe(world.ctxEpoch);
  });

  it('stops trusting every cached context when an entity is added', () => {
    const world = lab();
    const ctx = relContext(world, firstRel(world));
    addVm(world, 'HV-1', 'Extra', 99);
    expect(ctx?.epoch).not.toBe(world.ctxEpoch);
  });

  it('stops trusting one context when its roles are swapped in place', () => {
    const world = lab();
    const rel = firstRel(world);
    const ctx = relContext(world, rel);
    world.forgetContext(rel.id);
    expect(ctx?.epoch).not.toBe(world.ctxEpoch);
    const fresh = relContext(world, rel);
    expect(fresh).not.toBe(ctx);
    expect(world.slotCtx[fresh?.rt.slot ?? -1]).toBe(fresh);
  });
});

describe('change stamps through a context', () => {
  it('restamp the same entry, so deltas keep listing entities in first-stamp order', () => {
    const world = lab();
    const rel = firstRel(world);
    const ctx = relContext(world, rel);
    const order = [...world.revRels.keys()];
    world.touchRelVia(ctx?.relRev, rel.id);
    expect([...world.revRels.keys()]).toEqual(order);
    expect(world.revRels.get(rel.id)?.rev).toBe(world.version);
  });
});

describe('replicated maximum size memo', () => {
  it('recomputes when the settings object is replaced', () => {
    const world = lab();
    const rel = firstRel(world);
    const ctx = relContext(world, rel);
    if (!ctx) throw new Error('no context');
    const all = ctxReplicatedMaxBytes(ctx);
    expect(all).toBeGreaterThan(0);
    rel.settings = { ...rel.settings, replicatedDisks: [] };
    expect(ctxReplicatedMaxBytes(ctx)).toBe(0);
  });
});
