import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomStream, RandomStreams } from './rng';

const draw = (stream: RandomStream, n: number): number[] => Array.from({ length: n }, () => stream.nextUint32());

describe('RandomStream', () => {
  it('yields the same sequence for the same seed and name', () => {
    expect(draw(RandomStream.fromName(7, 'vm:HV-1:Vm1'), 50)).toEqual(draw(RandomStream.fromName(7, 'vm:HV-1:Vm1'), 50));
  });

  it('yields different sequences for another seed or another name', () => {
    const base = draw(RandomStream.fromName(7, 'a'), 8);
    expect(draw(RandomStream.fromName(8, 'a'), 8)).not.toEqual(base);
    expect(draw(RandomStream.fromName(7, 'b'), 8)).not.toEqual(base);
  });

  it('keeps next() in [0, 1), range() in [min, max) and int() in [min, max] reaching both ends', () => {
    const s = RandomStream.fromName(1, 'bounds');
    const ints = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = s.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const r = s.range(-3, 5);
      expect(r).toBeGreaterThanOrEqual(-3);
      expect(r).toBeLessThan(5);
      const n = s.int(2, 6);
      expect(Number.isInteger(n)).toBe(true);
      ints.add(n);
    }
    expect([...ints].sort()).toEqual([2, 3, 4, 5, 6]);
  });

  it('is roughly uniform (mean of next() near 1/2)', () => {
    const s = RandomStream.fromName(3, 'mean');
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += s.next();
    expect(sum / 20_000).toBeCloseTo(0.5, 1);
  });

  it('property: int(min, max) stays within bounds for any seed, name and bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.string(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, name, min, span) => {
        const s = RandomStream.fromName(seed, name);
        for (let i = 0; i < 20; i++) {
          const n = s.int(min, min + span);
          if (n < min || n > min + span || !Number.isInteger(n)) return false;
        }
        return true;
      }),
    );
  });
});

describe('RandomStreams', () => {
  it('gives each named stream its own sequence, unaffected by other streams being drawn or created', () => {
    const alone = new RandomStreams(42);
    const expected = draw(alone.get('workload:HV-1:x'), 20);
    const busy = new RandomStreams(42);
    draw(busy.get('workload:HV-1:y'), 100);
    busy.get('something-else');
    expect(draw(busy.get('workload:HV-1:x'), 20)).toEqual(expected);
  });

  it('returns the same stream object for a name, continuing where it stopped', () => {
    const streams = new RandomStreams(5);
    const first = streams.get('s').nextUint32();
    const second = streams.get('s').nextUint32();
    const fresh = RandomStream.fromName(5, 's');
    expect([first, second]).toEqual(draw(fresh, 2));
  });

  it('exports and restores every stream so draws continue identically', () => {
    const original = new RandomStreams(9);
    draw(original.get('b'), 3);
    draw(original.get('a'), 5);
    const state = original.exportState();
    expect(Object.keys(state)).toEqual(['a', 'b']);
    const restored = RandomStreams.fromState(9, JSON.parse(JSON.stringify(state)) as typeof state);
    expect(draw(restored.get('a'), 10)).toEqual(draw(original.get('a'), 10));
    expect(draw(restored.get('b'), 10)).toEqual(draw(original.get('b'), 10));
    expect(draw(restored.get('new'), 4)).toEqual(draw(original.get('new'), 4));
  });

  it('draws deterministic upper-case version-4 style GUIDs per name', () => {
    const a = new RandomStreams(1).guid('vm:HV-1:Vm1');
    expect(a).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(new RandomStreams(1).guid('vm:HV-1:Vm1')).toBe(a);
    expect(new RandomStreams(2).guid('vm:HV-1:Vm1')).not.toBe(a);
    expect(new RandomStreams(1).guid('vm:HV-1:Vm2')).not.toBe(a);
  });
});
