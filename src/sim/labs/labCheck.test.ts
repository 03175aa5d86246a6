import { describe, expect, it } from 'vitest';
import type { InputProblem } from '../../protocol';
import { LAB_LIMITS } from '../../protocol/labLimits';
import { checkInvariants, checkLabFile, createEngine, LabFileRefused, loadLab, PRESET_IDS, saveLab } from '../index';
import { hours, run } from '../testUtils';

/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any -- these tests damage untyped JSON on purpose */
/** A lab file as plain JSON, to damage. */
type Json = Record<string, any>;

function file(preset = 'active-passive'): Json {
  return JSON.parse(JSON.stringify(saveLab(createEngine(preset, { seed: 1 })))) as Json;
}

function refusal(input: unknown): InputProblem {
  try {
    loadLab(input);
  } catch (err) {
    expect(err).toBeInstanceOf(LabFileRefused);
    return (err as LabFileRefused).problem;
  }
  throw new Error('the file was accepted');
}

const hostIndex = (f: Json, name: string) => (f.hosts as Json[]).findIndex((h) => h.name === name);

describe('lab files: accepted', () => {
  it.each(PRESET_IDS)('every preset, saved, passes the checks (%s)', (preset) => {
    const engine = createEngine(preset, { seed: 3, hosts: 6, vms: 40 });
    engine.advanceTo(hours(2));
    expect(checkLabFile(JSON.parse(JSON.stringify(saveLab(engine))))).toBeNull();
  });

  it('a lab in the middle of a test failover and a planned failover passes', () => {
    const engine = createEngine('extended-chain', { seed: 2 });
    engine.advanceTo(hours(1));
    run(engine, { type: 'Start-VMFailover', host: 'HV-2', vm: 'Vm1', asTest: true });
    run(engine, { type: 'Stop-VM', host: 'HV-1', vm: 'Vm2' });
    run(engine, { type: 'Start-VMFailover', host: 'HV-1', vm: 'Vm2', prepare: true });
    run(engine, { type: 'Lab-CrashHost', host: 'HV-3' });
    engine.advanceTo(hours(3));
    expect(checkLabFile(JSON.parse(JSON.stringify(saveLab(engine))))).toBeNull();
  });
});

interface Case {
  name: string;
  damage: (f: Json) => unknown;
  path: string;
  reason: InputProblem['reason'];
  params?: InputProblem['params'];
}

const CASES: Case[] = [
  { name: 'hosts:[{}]', damage: (f) => ((f.hosts = [{}]), f), path: 'hosts.0.name', reason: 'required' },
  { name: 'a VM on an unknown host', damage: (f) => ((f.vms[3].host = 'HV-9'), f), path: 'vms.3.host', reason: 'unknownHost', params: { value: 'HV-9' } },
  {
    name: 'two hosts named HV-1',
    damage: (f) => ((f.hosts[hostIndex(f, 'HV-2')].name = 'HV-1'), f),
    path: 'hosts.1.name',
    reason: 'duplicate',
    params: { value: 'HV-1' },
  },
  {
    name: 'a relationship to a missing VM',
    damage: (f) => ((f.relationships[0].replicaVm = 'HV-2:no-such-vm'), f),
    path: 'relationships.0.replicaVm',
    reason: 'unknownVm',
    params: { value: 'HV-2:no-such-vm' },
  },
  {
    name: 'a replica ahead of its primary',
    damage: (f) => {
      const rel = f.relationships[0];
      rel.appliedSeq = (f.vms as Json[]).find((v) => v.key === rel.primaryVm)?.writeSeq + 1;
      return f;
    },
    path: 'relationships.0.appliedSeq',
    reason: 'replicaAhead',
  },
  { name: 'negative free space', damage: (f) => ((f.hosts[0].volumes[1].freeBytes = -1), f), path: 'hosts.0.volumes.1.freeBytes', reason: 'outOfRange' },
  {
    name: 'frequencySec: 7',
    damage: (f) => ((f.relationships[2].settings.frequencySec = 7), f),
    path: 'relationships.2.settings.frequencySec',
    reason: 'notOneOf',
    params: { allowed: '30, 300, 900' },
  },
  { name: "power: 'Maybe'", damage: (f) => ((f.hosts[1].power = 'Maybe'), f), path: 'hosts.1.power', reason: 'notOneOf', params: { allowed: 'On, Crashed' } },
  { name: 'now: -5', damage: (f) => ((f.now = -5), f), path: 'now', reason: 'outOfRange', params: { min: 0, max: LAB_LIMITS.maxNowMs } },
  { name: 'now: 1e308', damage: (f) => ((f.now = 1e308), f), path: 'now', reason: 'outOfRange' },
  { name: 'a 10 MB name', damage: (f) => ((f.vms[0].name = 'x'.repeat(10_000_000)), f), path: 'vms.0.name', reason: 'tooLong', params: { max: LAB_LIMITS.nameChars } },
  {
    name: '100,000 hosts',
    damage: (f) => ((f.hosts = Array.from({ length: 100_000 }, (_, i) => ({ ...f.hosts[0], name: `H${i}` }))), f),
    path: 'hosts',
    reason: 'tooMany',
    params: { max: LAB_LIMITS.hosts },
  },
  { name: "startDate: 'garbage'", damage: (f) => ((f.startDate = 'garbage'), f), path: 'startDate', reason: 'invalidDate' },
  { name: "VM state 'Exploded'", damage: (f) => ((f.vms[1].state = 'Exploded'), f), path: 'vms.1.state', reason: 'notOneOf' },
  { name: "a host renamed '__proto__'", damage: (f) => ((f.hosts[0].name = '__proto__'), f), path: 'hosts.0.name', reason: 'reservedName', params: { value: '__proto__' } },
  { name: "a host renamed 'constructor'", damage: (f) => ((f.hosts[0].name = 'constructor'), f), path: 'hosts.0.name', reason: 'reservedName' },
  {
    name: "a field '__proto__' (JSON.parse keeps it as a field)",
    damage: (f) => JSON.parse(JSON.stringify(f).replace('"labId"', '"__proto__":{"x":1},"labId"')) as unknown,
    path: '__proto__',
    reason: 'reservedName',
  },
  { name: 'not an object', damage: () => 'hello', path: '', reason: 'notLabFile' },
  { name: 'another format', damage: (f) => ((f.format = 'other'), f), path: 'format', reason: 'notLabFile' },
  { name: 'another version', damage: (f) => ((f.version = 2), f), path: 'version', reason: 'wrongVersion', params: { version: 2, expected: 1 } },
  { name: 'a missing field', damage: (f) => (delete f.queue, f), path: 'queue', reason: 'required' },
  { name: 'a string for a number', damage: (f) => ((f.vms[0].writeSeq = '12'), f), path: 'vms.0.writeSeq', reason: 'notNumber' },
  { name: 'NaN written as null', damage: (f) => ((f.vms[0].cpuUsagePercent = null), f), path: 'vms.0.cpuUsagePercent', reason: 'notNumber' },
  { name: 'recoveryHistory 25', damage: (f) => ((f.relationships[0].settings.recoveryHistory = 25), f), path: 'relationships.0.settings.recoveryHistory', reason: 'outOfRange' },
  { name: 'a host on an unknown site', damage: (f) => ((f.hosts[0].site = 'Mars'), f), path: 'hosts.0.site', reason: 'unknownSite', params: { value: 'Mars' } },
  { name: 'a link to an unknown site', damage: (f) => ((f.links[0].siteB = 'Mars'), f), path: 'links.0.siteB', reason: 'unknownSite' },
  { name: 'a VM listing an unknown relationship', damage: (f) => (f.vms[0].relationships.push('rel-99'), f), path: 'vms.0.relationships.1', reason: 'unknownRelationship' },
  { name: 'a VM key that is not host:id', damage: (f) => ((f.vms[0].key = 'HV-1:other'), f), path: 'vms.0.key', reason: 'keyMismatch' },
  { name: 'a runtime entry for an unknown VM', damage: (f) => ((f.runtime.vms[0][0] = 'HV-7:x'), f), path: 'runtime.vms.0.0', reason: 'unknownVm' },
  { name: 'a host without runtime', damage: (f) => (f.runtime.hosts.pop(), f), path: 'hosts.1', reason: 'missingState' },
  { name: 'a queued event before now', damage: (f) => ((f.queue.events[0].time = -1), f), path: 'queue.events.0.time', reason: 'outOfRange' },
  { name: 'an unknown event kind', damage: (f) => ((f.queue.events[0].kind = 99), f), path: 'queue.events.0.kind', reason: 'notOneOf' },
  { name: 'a reserved random stream name', damage: (f) => JSON.parse(JSON.stringify(f).replace('"rng":{', '"rng":{"__proto__":[1,2,3,4],')) as unknown, path: 'rng.__proto__', reason: 'reservedName' },
];

describe('lab files: refused with the first problem (path and reason)', () => {
  it.each(CASES)('$name → $path ($reason)', ({ damage, path, reason, params }) => {
    const found = refusal(damage(file()));
    expect(found.path).toBe(path);
    expect(found.reason).toBe(reason);
    if (params) expect(found.params).toMatchObject(params);
  });

  it('refuses a 100,000-host file in well under a second without walking it', () => {
    const f = file();
    f.hosts = Array.from({ length: 100_000 }, (_, i) => ({ ...f.hosts[0], name: `H${i}` }));
    expect(checkLabFile(f)).toEqual({ path: 'hosts', reason: 'tooMany', params: { max: LAB_LIMITS.hosts } });
  });

  it('a refused file leaves nothing half-loaded: the same engine still runs', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    const before = engine.snapshot();
    expect(() => loadLab({ ...file(), startDate: 'garbage' })).toThrow(LabFileRefused);
    expect(engine.snapshot()).toEqual(before);
    expect(checkInvariants(engine)).toEqual([]);
  });
});
