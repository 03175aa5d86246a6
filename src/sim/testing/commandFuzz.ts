/**
 * Malformed-command fuzzing, shared by the engine's property test and the EN/FR text check under tools/:
 * scenarios of valid and mutated payloads (deleted fields, swapped types, NaN/Infinity/huge numbers, wrong
 * enum values, extra fields, nested junk, random type strings) for every command type, against the
 * preset labs. Each payload must come back `{ ok: true }` or as a typed error, never as an exception, and a
 * refused command (or a dry run) must leave the saved lab byte-identical.
 */
import fc from 'fast-check';
import type { Command, SimError } from '../../protocol';
import { isSimErrorCode } from '../../protocol/errorCodes';
import { createEngine, saveLab, type Engine } from '../index';
import { COMMAND_TYPES, pick, VALID } from './commandFuzzPayloads';

export const FUZZ_PRESETS = ['active-passive', 'blank', 'extended-chain'] as const;

// ---- Mutations

const SPECIAL: unknown[] = [
  Number.NaN, Infinity, -Infinity, -0, 1e308, -1e308, 2 ** 53 + 2, -1, 0, 1.5, 65_536,
  '', ' ', 'x'.repeat(2000), 'true', 'NaN', null, undefined, true, false, [], {}, [null], { a: { b: { c: [] } } },
  Array.from({ length: 300 }, (_, i) => `C:\\d${i}.vhdx`),
];
const ENUMISH = ['HTTP', 'HTTPS', 'SMB', 'Network', 'ExternalMedia', 'ExistingVm', 'CarrierPigeon', 'Kerberos', 'Certificate', 'NTLM', 'server', 'all', 'everything', 'kerberos'];
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: pick(SPECIAL) },
  { weight: 2, arbitrary: pick(ENUMISH) },
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
);
const typeJunk: fc.Arbitrary<unknown> = fc.oneof(
  pick(['toString', '__proto__', 'constructor', 'hasOwnProperty', 'start-vm', 'Start-VM ', 'Get-VM', '', ...COMMAND_TYPES]),
  fc.string({ maxLength: 20 }),
  junk,
);

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'add'; at: number; key: string; value: unknown }
  | { kind: 'type'; value: unknown }
  | { kind: 'replace'; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: junk }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: fc.oneof(fc.string({ maxLength: 8 }), pick(['__proto__', 'constructor', 'force', 'WhatIf'])), value: junk }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('type' as const), value: typeJunk }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), value: junk }) },
);

type Path = (string | number)[];
const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] => typeof v === 'object' && v !== null;

/** Every path to a value inside `root` (not the root itself, nor the command's `type`), depth first. */
function pathsOf(root: unknown, prefix: Path = []): Path[] {
  if (!isContainer(root)) return [];
  // The type has its own, rarer mutation: changing it here would mostly test UnknownCommand.
  return Object.keys(root).filter((k) => prefix.length > 0 || k !== 'type').flatMap((k) => {
    const key = Array.isArray(root) ? Number(k) : k;
    const path = [...prefix, key];
    return [path, ...pathsOf((root as Record<string, unknown>)[k], path)];
  });
}

/** A copy of `root` with the value at `path` replaced (or deleted); containers on the way are copied. */
function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  if (!isContainer(root)) return root;
  const [head, ...rest] = path;
  const copy: Record<string, unknown> = Array.isArray(root) ? ([...root] as unknown as Record<string, unknown>) : { ...root };
  const key = String(head);
  if (rest.length === 0 && remove) delete copy[key];
  // defineProperty: a key named `__proto__` must become an own field, not the prototype.
  else Object.defineProperty(copy, key, { value: rest.length === 0 ? value : setAt(copy[key], rest, value, remove), enumerable: true, writable: true, configurable: true });
  return copy;
}

export function applyMutation(payload: unknown, m: Mutation): unknown {
  switch (m.kind) {
    case 'replace':
      return m.value;
    case 'type':
      return setAt(payload, ['type'], m.value);
    case 'delete':
    case 'set': {
      const paths = pathsOf(payload);
      const path = paths[m.at % Math.max(1, paths.length)];
      if (!path) return payload;
      return m.kind === 'delete' ? setAt(payload, path, undefined, true) : setAt(payload, path, m.value);
    }
    case 'add': {
      const objects: Path[] = [[], ...pathsOf(payload).filter((p) => isContainer(valueAt(payload, p)))];
      const at = objects[m.at % objects.length] ?? [];
      return setAt(payload, [...at, m.key], m.value);
    }
  }
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const key of path) v = isContainer(v) ? (v as Record<string, unknown>)[String(key)] : undefined;
  return v;
}

// ---- Scenarios

export interface Step {
  advanceMs: number;
  payload: Command;
  /** Empty: the valid payload is sent as is (it moves the lab into other states, or is refused by the engine). */
  mutations: Mutation[];
}
export interface Scenario {
  preset: (typeof FUZZ_PRESETS)[number];
  /** Valid commands run first (results ignored), so the fuzzed payloads meet crashed hosts, failovers… */
  prelude: Command[];
  steps: Step[];
}

const on = (host: string, vm: string) => ({ host, vm });
/** State changes the presets allow, in an order that lets later ones build on earlier ones. */
const PRELUDE: Command[] = [
  { type: 'Stop-VM', ...on('HV-1', 'Vm4') },
  { type: 'Start-VMFailover', ...on('HV-1', 'Vm4'), prepare: true },
  { type: 'Start-VMFailover', ...on('HV-2', 'Vm4') },
  { type: 'Start-VMFailover', ...on('HV-2', 'Vm3'), asTest: true },
  { type: 'Suspend-VMReplication', ...on('HV-1', 'Vm2') },
  { type: 'Set-VMReplicationServer', host: 'HV-2', replicationEnabled: true, kerberos: { enabled: true }, allowAnyServer: true, defaultStorageLocation: 'D:\\Replica' },
  { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: true },
  { type: 'Enable-VMReplication', ...on('HV-1', 'Vm1'), replicaServerName: 'hv-2.formation.lan', replicaServerPort: 80, authenticationType: 'Kerberos' },
  { type: 'Enable-VMReplication', ...on('HV-1', 'Vm2'), replicaServerName: 'hv-2.formation.lan', replicaServerPort: 80, authenticationType: 'Kerberos', initialReplication: { method: 'Network' }, recoveryHistory: 2 },
  { type: 'Lab-SetLink', link: 'lan-siege', up: false },
  { type: 'Lab-CrashHost', host: 'HV-1' },
  { type: 'Lab-CrashHost', host: 'HV-2' },
];

const step: fc.Arbitrary<Step> = fc.record({
  advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 * 3_600_000 })),
  payload: fc.oneof(...COMMAND_TYPES.map((t) => VALID[t] as fc.Arbitrary<Command>)),
  mutations: fc.oneof({ weight: 2, arbitrary: fc.constant<Mutation[]>([]) }, { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) }),
});

export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  preset: pick(FUZZ_PRESETS),
  prelude: fc.subarray(PRELUDE, { maxLength: 5 }),
  steps: fc.array(step, { minLength: 1, maxLength: 14 }),
});

// ---- Running and counting

/** What a run saw; `problems` holds the first few descriptions of anything that broke the contract. */
export interface Tally {
  payloads: number;
  ok: number;
  errors: Record<string, number>;
  exceptions: number;
  /** Answers that are neither `{ ok: true }` nor a typed error with a known code and string/number params. */
  badResults: number;
  refusedWithStateChange: number;
  dryRunWithStateChange: number;
  /** Error texts (EN/FR, when a describer is given) with a `{placeholder}` left unfilled. */
  unfilledTexts: number;
  /** Accepted commands after which the saved lab holds NaN, ±Infinity or undefined (a reload would differ). */
  acceptedStoringNonJson: number;
  problems: string[];
}

export const newTally = (): Tally => ({ payloads: 0, ok: 0, errors: {}, exceptions: 0, badResults: 0, refusedWithStateChange: 0, dryRunWithStateChange: 0, unfilledTexts: 0, acceptedStoringNonJson: 0, problems: [] });

/** Texts of an error to check for unfilled placeholders (the EN and FR catalogues live outside src/sim). */
export type DescribeError = (error: SimError) => string[];

const MAX_PROBLEMS = 20;

function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v === undefined ? '<undefined>' : v)) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function isTypedResult(result: unknown): result is { ok: true } | { ok: false; error: SimError } {
  if (typeof result !== 'object' || result === null) return false;
  const r = result as { ok?: unknown; error?: { code?: unknown; params?: unknown } };
  if (r.ok === true) return true;
  if (r.ok !== false || typeof r.error !== 'object' || r.error === null || !isSimErrorCode(r.error.code)) return false;
  const params = r.error.params;
  return typeof params === 'object' && params !== null && Object.values(params).every((v) => typeof v === 'string' || typeof v === 'number');
}

/** The documented dry runs, which must change nothing either. */
function isDryRun(payload: unknown): boolean {
  if (typeof payload !== 'object' || payload === null) return false;
  const p = payload as Record<string, unknown>;
  switch (p.type) {
    case 'Set-VMReplicationServer':
    case 'New-VMReplicationAuthorizationEntry':
    case 'Enable-VMReplication':
      return !!p.dryRun;
    case 'Set-VMReplication':
      return !!p.dryRun && p.reverse === true && !p.asReplica;
    case 'Start-VMFailover':
      return !!p.dryRun && p.prepare === true;
    default:
      return false;
  }
}

/** Path of the first NaN, ±Infinity or undefined in a saved lab (what JSON would turn into null or drop). */
function nonJsonAt(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (value === undefined) return path;
  if (typeof value !== 'object' || value === null) return null;
  for (const [k, v] of Object.entries(value)) {
    // Optional fields left out are fine; an own key holding undefined is what the check is after only in arrays.
    if (v === undefined && !Array.isArray(value)) continue;
    const found = nonJsonAt(v, path ? `${path}.${k}` : k);
    if (found !== null) return found;
  }
  return null;
}

function note(tally: Tally, problem: string): string {
  if (tally.problems.length < MAX_PROBLEMS) tally.problems.push(problem);
  return problem;
}

/** Sends one payload and checks the answer and the saved lab; returns a problem description or null. */
export function checkOne(engine: Engine, payload: unknown, tally: Tally, describe?: DescribeError): string | null {
  tally.payloads++;
  const before = JSON.stringify(saveLab(engine));
  let result: unknown;
  try {
    result = engine.execute(payload as Command);
  } catch (err) {
    tally.exceptions++;
    return note(tally, `threw ${err instanceof Error ? err.message : String(err)} on ${show(payload)}`);
  }
  if (!isTypedResult(result)) {
    tally.badResults++;
    return note(tally, `answered ${show(result)} to ${show(payload)}`);
  }
  const changed = () => JSON.stringify(saveLab(engine)) !== before;
  if (result.ok) {
    tally.ok++;
    if (isDryRun(payload) && changed()) {
      tally.dryRunWithStateChange++;
      return note(tally, `dry run changed the lab: ${show(payload)}`);
    }
    const bad = nonJsonAt(saveLab(engine));
    if (bad !== null) {
      tally.acceptedStoringNonJson++;
      return note(tally, `accepted and stored a value JSON cannot keep at ${bad}: ${show(payload)}`);
    }
    return null;
  }
  const { code } = result.error;
  tally.errors[code] = (tally.errors[code] ?? 0) + 1;
  if (changed()) {
    tally.refusedWithStateChange++;
    return note(tally, `refused (${code}) but changed the lab: ${show(payload)}`);
  }
  const unfilled = (describe?.(result.error) ?? []).find((text) => /\{\w+\}/.test(text));
  if (unfilled !== undefined) {
    tally.unfilledTexts++;
    return note(tally, `unfilled placeholder in "${unfilled}" (${show(result.error)})`);
  }
  return null;
}

/** Runs a scenario on a fresh preset lab; returns the problems found (empty when the contract held). */
export function runScenario(scenario: Scenario, tally: Tally, describe?: DescribeError): string[] {
  const engine = createEngine(scenario.preset, { seed: 1 });
  for (const cmd of scenario.prelude) {
    engine.execute(cmd);
    engine.advanceBy(10 * 60_000);
  }
  const problems: string[] = [];
  for (const s of scenario.steps) {
    try {
      if (s.advanceMs > 0) engine.advanceBy(s.advanceMs);
    } catch (err) {
      tally.exceptions++;
      problems.push(note(tally, `advancing threw ${err instanceof Error ? err.message : String(err)}`));
      break;
    }
    const payload = s.mutations.reduce<unknown>(applyMutation, s.payload);
    const thrownBefore = tally.exceptions;
    const problem = checkOne(engine, payload, tally, describe);
    if (problem) problems.push(problem);
    // After an exception the lab may be half-written: the rest of the scenario would only echo it.
    if (tally.exceptions > thrownBefore) break;
  }
  return problems;
}

/** Many scenarios without stopping at the first problem (the big run): counts everything. */
export function fuzzMany(scenarios: number, seed: number, describe?: DescribeError): Tally {
  const tally = newTally();
  const CHUNK = 500;
  for (let done = 0; done < scenarios; done += CHUNK) {
    for (const scenario of fc.sample(scenarioArb, { numRuns: Math.min(CHUNK, scenarios - done), seed: seed + done })) runScenario(scenario, tally, describe);
  }
  return tally;
}
