import { describe, expect, it } from 'vitest';
import { parseUrlParams } from './urlParams';

describe('parseUrlParams', () => {
  it('reads every contract parameter', () => {
    expect(parseUrlParams('?lab=scale&lang=fr&seed=42&speed=600&paused=1&hosts=8&vms=1000')).toEqual({
      lab: 'scale', lang: 'fr', seed: 42, speed: 600, paused: true, hosts: 8, vms: 1000, invalid: [],
    });
  });

  it('reads the fault=render test hook and refuses other faults', () => {
    expect(parseUrlParams('?fault=render').fault).toBe('render');
    expect(parseUrlParams('?fault=worker')).toEqual({ paused: false, invalid: [{ name: 'fault', value: 'worker' }] });
  });

  it('defaults to nothing but "not paused"', () => {
    expect(parseUrlParams('')).toEqual({ paused: false, invalid: [] });
  });

  it('accepts 60x / 60× and speed=0 (paused)', () => {
    expect(parseUrlParams('?speed=60x').speed).toBe(60);
    expect(parseUrlParams('?speed=3600%C3%97').speed).toBe(3600);
    expect(parseUrlParams('?speed=0').speed).toBe(0);
    expect(parseUrlParams('?paused=0').paused).toBe(false);
  });

  it('lists invalid values and ignores them', () => {
    const p = parseUrlParams('?lang=de&seed=1.5&speed=7&paused=maybe&hosts=-2&vms=lots&lab=');
    expect(p).toMatchObject({ paused: false });
    expect(p.lang).toBeUndefined();
    expect(p.seed).toBeUndefined();
    expect(p.speed).toBeUndefined();
    expect(p.invalid.map((i) => i.name).sort()).toEqual(['hosts', 'lab', 'lang', 'paused', 'seed', 'speed', 'vms']);
  });

  it('passes an unknown lab id through (only the worker knows the presets)', () => {
    expect(parseUrlParams('?lab=no-such-lab').lab).toBe('no-such-lab');
  });
});
