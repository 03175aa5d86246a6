/**
 * Lab files and autosaves are untrusted input (architecture.md, "Input is checked where it enters"):
 * before one replaces the running lab it must pass, in this order,
 * 1. the caps of {@link LAB_LIMITS} (counts first, so an absurd file is refused without being walked);
 * 2. its shape: every field of every entity typed, enums valid, numbers finite and in range, dates valid;
 * 3. its meaning: names and keys unique, every reference resolved, the engine's bookkeeping complete;
 * 4. the engine's invariants (a replica never ahead of its primary, no negative free space…).
 * The first problem found is returned with its path in the file (`vms.3.host`) and an {@link InputReason}.
 */
import type { InputProblem } from '../../protocol/inputProblem';
import { labFileCapsProblem } from '../../protocol/labLimits';
import { LAB_FILE_FORMAT, LAB_FILE_VERSION, labFileSchema, YEAR_MS } from './labFileShape';
import { at, isPlainObject, problem } from './labShape';

export { LAB_FILE_FORMAT, LAB_FILE_VERSION } from './labFileShape';

/** A lab file refused by {@link checkLabFile}: the error carries the problem for the page to translate. */
export class LabFileRefused extends Error {
  constructor(readonly problem: InputProblem) {
    super(`Not a Replica Lab file (version ${LAB_FILE_VERSION}): ${problem.path || 'root'}: ${problem.reason} ${JSON.stringify(problem.params)}`);
    this.name = 'LabFileRefused';
  }
}

// ---- meaning -----------------------------------------------------------------------------------

/** What the shape check guarantees; the fields the meaning checks read. */
interface CheckedFile {
  now: number;
  counters: { nextSlot: number; nextRelId: number; nextPointId: number };
  hosts: { name: string; fqdn: string; site: string; volumes: { drive: string }[] }[];
  vms: { key: string; id: string; host: string; writeSeq: number; relationships: string[] }[];
  relationships: {
    id: string;
    primaryVm: string;
    replicaVm: string;
    primaryHost: string;
    replicaHost: string;
    appliedSeq: number;
    testVm: string | null;
    recoveryPoints: { id: string }[];
  }[];
  links: { id: string; siteA: string; siteB: string }[];
  sites: { name: string }[];
  runtime: {
    hosts: [string, { slot: number; waiting: string[] }][];
    vms: [string, { slot: number }][];
    relationships: [string, { slot: number }][];
    slots: [number, string][];
    linkActive: [string, number][];
  };
  queue: { events: { time: number; seq: number; slot: number }[]; nextSeq: number };
}

/** Indexes `items` by `keyOf`, returning the first duplicate's problem. */
function indexBy<T>(items: readonly T[], path: string, field: string, keyOf: (item: T) => string, fold = false): Map<string, number> | InputProblem {
  const index = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const raw = keyOf(items[i] as T);
    const key = fold ? raw.toLowerCase() : raw;
    if (index.has(key)) return problem(at(at(path, i), field), 'duplicate', { value: raw });
    index.set(key, i);
  }
  return index;
}

function checkMeaning(file: CheckedFile): InputProblem | null {
  const hostIndex = indexBy(file.hosts, 'hosts', 'name', (h) => h.name, true);
  if (!(hostIndex instanceof Map)) return hostIndex;
  const fqdnIndex = indexBy(file.hosts, 'hosts', 'fqdn', (h) => h.fqdn, true);
  if (!(fqdnIndex instanceof Map)) return fqdnIndex;
  const siteIndex = indexBy(file.sites, 'sites', 'name', (s) => s.name);
  if (!(siteIndex instanceof Map)) return siteIndex;
  const vmIndex = indexBy(file.vms, 'vms', 'key', (v) => v.key);
  if (!(vmIndex instanceof Map)) return vmIndex;
  const relIndex = indexBy(file.relationships, 'relationships', 'id', (r) => r.id);
  if (!(relIndex instanceof Map)) return relIndex;
  const linkIndex = indexBy(file.links, 'links', 'id', (l) => l.id);
  if (!(linkIndex instanceof Map)) return linkIndex;
  const hosts = new Set(file.hosts.map((h) => h.name));

  for (let i = 0; i < file.hosts.length; i++) {
    const host = file.hosts[i] as CheckedFile['hosts'][number];
    if (!siteIndex.has(host.site)) return problem(`hosts.${i}.site`, 'unknownSite', { value: host.site });
    const drives = indexBy(host.volumes, `hosts.${i}.volumes`, 'drive', (v) => v.drive, true);
    if (!(drives instanceof Map)) return drives;
  }
  for (let i = 0; i < file.links.length; i++) {
    const link = file.links[i] as CheckedFile['links'][number];
    if (!siteIndex.has(link.siteA)) return problem(`links.${i}.siteA`, 'unknownSite', { value: link.siteA });
    if (!siteIndex.has(link.siteB)) return problem(`links.${i}.siteB`, 'unknownSite', { value: link.siteB });
  }
  for (let i = 0; i < file.vms.length; i++) {
    const vm = file.vms[i] as CheckedFile['vms'][number];
    if (!hosts.has(vm.host)) return problem(`vms.${i}.host`, 'unknownHost', { value: vm.host });
    const expected = `${vm.host}:${vm.id}`;
    if (vm.key !== expected) return problem(`vms.${i}.key`, 'keyMismatch', { expected });
  }
  for (let i = 0; i < file.relationships.length; i++) {
    const rel = file.relationships[i] as CheckedFile['relationships'][number];
    const path = `relationships.${i}`;
    for (const [field, hostField] of [['primaryVm', 'primaryHost'], ['replicaVm', 'replicaHost']] as const) {
      const host = rel[hostField];
      if (!hosts.has(host)) return problem(`${path}.${hostField}`, 'unknownHost', { value: host });
      const v = vmIndex.get(rel[field]);
      if (v === undefined) return problem(`${path}.${field}`, 'unknownVm', { value: rel[field] });
      const vm = file.vms[v] as CheckedFile['vms'][number];
      if (vm.host !== host) return problem(`${path}.${hostField}`, 'mismatch', { other: `vms.${v}.host`, expected: vm.host });
      if (!vm.relationships.includes(rel.id)) return problem(`${path}.${field}`, 'mismatch', { other: `vms.${v}.relationships`, expected: rel.id });
    }
    if (rel.primaryVm === rel.replicaVm) return problem(`${path}.replicaVm`, 'duplicate', { value: rel.replicaVm });
    if (rel.testVm !== null && !vmIndex.has(rel.testVm)) return problem(`${path}.testVm`, 'unknownVm', { value: rel.testVm });
    const points = indexBy(rel.recoveryPoints, `${path}.recoveryPoints`, 'id', (p) => p.id);
    if (!(points instanceof Map)) return points;
    const primary = file.vms[vmIndex.get(rel.primaryVm) as number] as CheckedFile['vms'][number];
    if (rel.appliedSeq > primary.writeSeq) return problem(`${path}.appliedSeq`, 'replicaAhead', { value: rel.appliedSeq, max: primary.writeSeq });
  }
  for (let i = 0; i < file.vms.length; i++) {
    const vm = file.vms[i] as CheckedFile['vms'][number];
    for (let j = 0; j < vm.relationships.length; j++) {
      const id = vm.relationships[j] as string;
      const r = relIndex.get(id);
      if (r === undefined) return problem(`vms.${i}.relationships.${j}`, 'unknownRelationship', { value: id });
      const rel = file.relationships[r] as CheckedFile['relationships'][number];
      if (rel.primaryVm !== vm.key && rel.replicaVm !== vm.key) return problem(`vms.${i}.relationships.${j}`, 'mismatch', { other: `relationships.${r}`, expected: `${rel.primaryVm}, ${rel.replicaVm}` });
      if (vm.relationships.indexOf(id) !== j) return problem(`vms.${i}.relationships.${j}`, 'duplicate', { value: id });
    }
  }
  return checkRuntime(file, relIndex, linkIndex);
}

/** The engine's bookkeeping: one runtime entry per entity, slots unique and matching, queue events on known slots. */
function checkRuntime(file: CheckedFile, relIndex: Map<string, number>, linkIndex: Map<string, number>): InputProblem | null {
  const { runtime } = file;
  const slotKeys = new Map<number, string>();
  for (let i = 0; i < runtime.slots.length; i++) {
    const [slot, key] = runtime.slots[i] as [number, string];
    if (slotKeys.has(slot)) return problem(`runtime.slots.${i}.0`, 'duplicate', { value: slot });
    if (slot >= file.counters.nextSlot) return problem(`runtime.slots.${i}.0`, 'outOfRange', { min: 0, max: file.counters.nextSlot - 1 });
    slotKeys.set(slot, key);
  }
  const kinds = [
    ['hosts', 'unknownHost', file.hosts.map((h) => h.name)],
    ['vms', 'unknownVm', file.vms.map((v) => v.key)],
    ['relationships', 'unknownRelationship', file.relationships.map((r) => r.id)],
  ] as const;
  const usedSlots = new Set<number>();
  for (const [kind, unknown, keys] of kinds) {
    const known = new Set<string>(keys);
    const entries = runtime[kind] as [string, { slot: number }][];
    const seen = new Set<string>();
    for (let i = 0; i < entries.length; i++) {
      const [key, rt] = entries[i] as [string, { slot: number }];
      const path = `runtime.${kind}.${i}`;
      if (!known.has(key)) return problem(`${path}.0`, unknown, { value: key });
      if (seen.has(key)) return problem(`${path}.0`, 'duplicate', { value: key });
      seen.add(key);
      if (slotKeys.get(rt.slot) !== key) return problem(`${path}.1.slot`, 'unknownSlot', { value: rt.slot });
      if (usedSlots.has(rt.slot)) return problem(`${path}.1.slot`, 'duplicate', { value: rt.slot });
      usedSlots.add(rt.slot);
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!seen.has(key)) return problem(`${kind}.${i}`, 'missingState', { value: key });
    }
  }
  for (let i = 0; i < runtime.hosts.length; i++) {
    const waiting = (runtime.hosts[i] as [string, { waiting: string[] }])[1].waiting;
    for (let j = 0; j < waiting.length; j++) {
      if (!relIndex.has(waiting[j] as string)) return problem(`runtime.hosts.${i}.1.waiting.${j}`, 'unknownRelationship', { value: waiting[j] as string });
    }
  }
  for (let i = 0; i < runtime.linkActive.length; i++) {
    const [id] = runtime.linkActive[i] as [string, number];
    if (!linkIndex.has(id)) return problem(`runtime.linkActive.${i}.0`, 'unknownLink', { value: id });
  }
  const seqs = new Set<number>();
  for (let i = 0; i < file.queue.events.length; i++) {
    const ev = file.queue.events[i] as CheckedFile['queue']['events'][number];
    const path = `queue.events.${i}`;
    if (ev.time < file.now) return problem(`${path}.time`, 'outOfRange', { min: file.now, max: 100 * YEAR_MS });
    if (ev.seq >= file.queue.nextSeq) return problem(`${path}.seq`, 'outOfRange', { min: 0, max: file.queue.nextSeq - 1 });
    if (seqs.has(ev.seq)) return problem(`${path}.seq`, 'duplicate', { value: ev.seq });
    seqs.add(ev.seq);
    if (ev.slot >= file.counters.nextSlot) return problem(`${path}.slot`, 'unknownSlot', { value: ev.slot });
  }
  return null;
}

/**
 * The first problem of a lab file, or null when it may replace the running lab. Never throws, and
 * refuses a file over the caps without reading its entities.
 */
export function checkLabFile(input: unknown): InputProblem | null {
  if (!isPlainObject(input)) return problem('', 'notLabFile');
  if (input.format !== LAB_FILE_FORMAT) return problem('format', 'notLabFile');
  const capped = labFileCapsProblem(input);
  if (capped) return capped;
  const shape = labFileSchema(input, '');
  if (shape) return shape;
  return checkMeaning(input as unknown as CheckedFile);
}
