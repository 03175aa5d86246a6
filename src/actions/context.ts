import type { Locale } from '../i18n/ui';
import type { Host, Relationship, Vm } from '../protocol';
import { incomingRelationship, isReplicatedMode, outgoingRelationship, recordLookup, vmReplicationStatus, type Lookup } from '../query';
import type { LabMirror } from '../store/labStore';
import type { ActionContext } from './types';

/** The entities an action context is built from (what the store holds for one selection). */
export interface ContextSource {
  locale: Locale;
  hostName: string | null;
  host: Host | null;
  vm: Vm | null;
  /** Where the VM's relationships are read from: a lookup (the mirror's records) or the records themselves. */
  relationships: Lookup<Relationship> | readonly (Relationship | undefined)[];
}

function asLookup(source: ContextSource['relationships']): Lookup<Relationship> {
  if (!Array.isArray(source)) return source as Lookup<Relationship>;
  const byId = new Map<string, Relationship>();
  for (const rel of source as readonly (Relationship | undefined)[]) if (rel) byId.set(rel.id, rel);
  return byId;
}

/**
 * Builds the context actions decide on, with the query layer's answers (role = the VM's `ReplicationMode`).
 * Pure: the same entities give the same context.
 * @example buildActionContext({ locale: 'en', hostName: 'HV-1', host, vm, relationships: recordLookup(lab.relationships) }).role // 'Primary'
 */
export function buildActionContext(source: ContextSource): ActionContext {
  const { vm } = source;
  const relationships = asLookup(source.relationships);
  const status = vm ? vmReplicationStatus(vm, relationships) : null;
  return {
    locale: source.locale,
    hostName: source.hostName,
    host: source.host,
    vm,
    role: status?.mode ?? 'None',
    replicationState: status?.state ?? 'Disabled',
    incoming: vm ? incomingRelationship(vm, relationships) : null,
    outgoing: vm ? outgoingRelationship(vm, relationships) : null,
  };
}

/** True when the VM takes part in replication (it then has the Replication ▸ submenu). */
export function isReplicated(ctx: ActionContext): boolean {
  return isReplicatedMode(ctx.role);
}

/** True on the replica side (simple or extended, or an old primary made a replica with -AsReplica). */
export function isReplicaSide(ctx: ActionContext): boolean {
  return ctx.role === 'Replica' || ctx.role === 'ExtendedReplica';
}

/** The context for a host and/or VM as the lab mirror holds them now (for menus built on demand). */
export function contextFromLab(lab: LabMirror, locale: Locale, hostName: string | null, vmKey: string | null): ActionContext {
  return buildActionContext({
    locale,
    hostName,
    host: hostName === null ? null : (lab.hosts[hostName] ?? null),
    vm: vmKey === null ? null : (lab.vms[vmKey] ?? null),
    relationships: recordLookup(lab.relationships),
  });
}
