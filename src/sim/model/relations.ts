import type { Host, Relationship, Vm } from '../../protocol';
import type { RelRuntime, VmRuntime } from './runtime';
import type { Rev, World } from './world';

/**
 * Everything one relationship touches, looked up once and cached: at 10k VMs each event lands on a
 * different relationship, so every Map lookup saved is a cache miss saved.
 */
export interface RelContext {
  rel: Relationship;
  rt: RelRuntime;
  primaryVm: Vm;
  replicaVm: Vm;
  primaryHost: Host;
  replicaHost: Host;
  /** `world.vmRt` of the primary VM (undefined when it has none, as a lookup would say). */
  primaryVmRt: VmRuntime | undefined;
  /** Change-stamp boxes of the relationship and its VMs (see World.touchRelVia). */
  relRev: Rev | undefined;
  primaryVmRev: Rev | undefined;
  replicaVmRev: Rev | undefined;
  /** replicatedMaxBytes memo, valid while `rel.settings` and the primary's `disks` are these objects. */
  maxBytesSettings: Relationship['settings'] | null;
  maxBytesDisks: Vm['disks'] | null;
  maxBytes: number;
  /** World.ctxEpoch when cached; dispatch by slot trusts the context only while they match. */
  epoch: number;
}

export function relContext(world: World, rel: Relationship): RelContext | null {
  // Hot path: entities are mutated in place, so a context stays valid until an entity is added or removed.
  const cached = world.ctxCache.get(rel.id);
  if (cached && cached.rel === rel) return cached;
  // A different object under a cached id: nothing does that today, but a stale slot entry must not survive it.
  if (cached) world.forgetContexts();
  const ctx = buildContext(world, rel);
  if (ctx) {
    world.ctxCache.set(rel.id, ctx);
    world.rememberSlot(ctx);
  }
  return ctx;
}

function buildContext(world: World, rel: Relationship): RelContext | null {
  const rt = world.relRt.get(rel.id);
  const primaryVm = world.vms.get(rel.primaryVm);
  const replicaVm = world.vms.get(rel.replicaVm);
  const primaryHost = world.hosts.get(rel.primaryHost);
  const replicaHost = world.hosts.get(rel.replicaHost);
  if (!rt || !primaryVm || !replicaVm || !primaryHost || !replicaHost) return null;
  return {
    rel,
    rt,
    primaryVm,
    replicaVm,
    primaryHost,
    replicaHost,
    primaryVmRt: world.vmRt.get(rel.primaryVm),
    relRev: world.revRels.get(rel.id),
    primaryVmRev: world.revVms.get(rel.primaryVm),
    replicaVmRev: world.revVms.get(rel.replicaVm),
    maxBytesSettings: null,
    maxBytesDisks: null,
    maxBytes: 0,
    epoch: -1,
  };
}

/** replicatedMaxBytes of the context's primary, memoised: settings and disk lists are replaced, never edited. */
export function ctxReplicatedMaxBytes(ctx: RelContext): number {
  const { rel, primaryVm } = ctx;
  if (ctx.maxBytesSettings !== rel.settings || ctx.maxBytesDisks !== primaryVm.disks) {
    ctx.maxBytes = replicatedMaxBytes(rel, primaryVm);
    ctx.maxBytesSettings = rel.settings;
    ctx.maxBytesDisks = primaryVm.disks;
  }
  return ctx.maxBytes;
}

/** Sum of the maximum sizes of the replicated disks (the 50 % resynchronisation rule is relative to it). */
export function replicatedMaxBytes(rel: Relationship, vm: Vm): number {
  let total = 0;
  for (const d of vm.disks) if (rel.settings.replicatedDisks.includes(d.path)) total += d.maxBytes;
  return total;
}

/** Used size of the replicated disks: what an initial copy sends. */
export function replicatedUsedBytes(rel: Relationship, vm: Vm): number {
  let total = 0;
  for (const d of vm.disks) if (rel.settings.replicatedDisks.includes(d.path)) total += d.usedBytes;
  return total;
}

/** Bytes on the wire once compression (when enabled) has squeezed what it can. */
export function wireBytes(rel: Relationship, vm: Vm, bytes: number): number {
  return rel.settings.compressionEnabled ? Math.ceil(bytes * (1 - vm.workload.compressibility)) : bytes;
}

/** Does an authorization entry pattern accept this FQDN? `*` only as the whole first label. */
export function patternMatches(pattern: string, fqdn: string): boolean {
  const p = pattern.trim().toLowerCase();
  const f = fqdn.trim().toLowerCase();
  if (p === '*') return true;
  if (p.startsWith('*.')) return f.endsWith(p.slice(1)) && f.length > p.length - 1;
  return p === f;
}

/** The storage location a replica server gives VMs from `primary`, or null when it does not authorise it. */
export function authorizedStorage(replica: Host, primary: Host): string | null {
  const cfg = replica.replicaServer;
  if (cfg.allowAnyServer) return cfg.defaultStorageLocation;
  const entry = cfg.entries.find((e) => patternMatches(e.allowedPrimaryServer, primary.fqdn));
  return entry ? entry.storageLocation : null;
}
