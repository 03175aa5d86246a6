import type { Locale } from '../i18n/ui';
import type { Host, Relationship, Vm } from '../protocol';
import type { LabMirror } from '../store/labStore';
import type { ActionContext, VmRole } from './types';

/** The entities an action context is built from (what the store holds for one selection). */
export interface ContextSource {
  locale: Locale;
  hostName: string | null;
  host: Host | null;
  vm: Vm | null;
  /** The VM's relationships (records of `vm.relationships`); missing ones are ignored. */
  relationships: readonly (Relationship | undefined)[];
}

/** Role from the VM's relationships: a replica (or chain middle) is defined by what it receives. */
function roleOf(vm: Vm | null, incoming: Relationship | null, outgoing: Relationship | null): VmRole {
  if (!vm) return 'None';
  if (incoming) return incoming.type === 'Extended' ? 'ExtendedReplica' : 'Replica';
  if (outgoing) return 'Primary';
  return vm.replicationMode === 'TestReplica' ? 'TestReplica' : 'None';
}

/**
 * Builds the context actions decide on. Pure: the same entities give the same context.
 * @example buildActionContext({ locale: 'en', hostName: 'HV-1', host, vm, relationships: [rel] }).role // 'Primary'
 */
export function buildActionContext(source: ContextSource): ActionContext {
  const { vm } = source;
  let incoming: Relationship | null = null;
  let outgoing: Relationship | null = null;
  if (vm) {
    for (const rel of source.relationships) {
      if (!rel) continue;
      if (rel.replicaVm === vm.key) incoming = rel;
      else if (rel.primaryVm === vm.key) outgoing = rel;
    }
  }
  const role = roleOf(vm, incoming, outgoing);
  const replicationState = incoming ? incoming.replicaState : outgoing ? outgoing.primaryState : 'Disabled';
  return { locale: source.locale, hostName: source.hostName, host: source.host, vm, role, replicationState, incoming, outgoing };
}

/** True when the VM takes part in replication (it then has the Replication ▸ submenu). */
export function isReplicated(ctx: ActionContext): boolean {
  return ctx.role === 'Primary' || ctx.role === 'Replica' || ctx.role === 'ExtendedReplica';
}

/** True on the replica side (simple or extended). */
export function isReplicaSide(ctx: ActionContext): boolean {
  return ctx.role === 'Replica' || ctx.role === 'ExtendedReplica';
}

/** The context for a host and/or VM as the lab mirror holds them now (for menus built on demand). */
export function contextFromLab(lab: LabMirror, locale: Locale, hostName: string | null, vmKey: string | null): ActionContext {
  const vm = vmKey === null ? null : (lab.vms[vmKey] ?? null);
  return buildActionContext({
    locale,
    hostName,
    host: hostName === null ? null : (lab.hosts[hostName] ?? null),
    vm,
    relationships: vm ? vm.relationships.map((id) => lab.relationships[id]) : [],
  });
}
