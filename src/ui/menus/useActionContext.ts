import { useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import { buildActionContext, type ActionContext } from '../../actions';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';

/**
 * The action context of a host and/or VM, kept current by narrow subscriptions (the host record, the VM
 * record and every one of the VM's relationships). Mount it only where the menu is shown, e.g. in open menu content.
 */
export function useActionContext(hostName: string | null, vmKey: string | null): ActionContext {
  const locale = useUi((ui) => ui.locale);
  const host = useLab((lab) => (hostName === null ? null : (lab.hosts[hostName] ?? null)));
  const vm = useLab((lab) => (vmKey === null ? null : (lab.vms[vmKey] ?? null)));
  // A shallow-compared list: the context changes when any relationship record of the VM does, however many.
  const rels = useLab(useShallow((lab) => (vm ? vm.relationships.map((id) => lab.relationships[id]) : [])));
  return useMemo(() => buildActionContext({ locale, hostName, host, vm, relationships: rels }), [locale, hostName, host, vm, rels]);
}
