import { useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import { buildActionContext, type ActionContext } from '../../actions';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';

/**
 * The action context of a host and/or VM, kept current by narrow subscriptions (the host record, the VM
 * record and the VM's relationships). Mount it only where the menu is shown, e.g. in open menu content.
 */
export function useActionContext(hostName: string | null, vmKey: string | null): ActionContext {
  const locale = useUi((ui) => ui.locale);
  const parts = useLab(
    useShallow((lab) => {
      const vm = vmKey === null ? null : (lab.vms[vmKey] ?? null);
      const ids = vm?.relationships ?? [];
      return {
        host: hostName === null ? null : (lab.hosts[hostName] ?? null),
        vm,
        rel0: ids[0] === undefined ? undefined : lab.relationships[ids[0]],
        rel1: ids[1] === undefined ? undefined : lab.relationships[ids[1]],
      };
    }),
  );
  return useMemo(
    () => buildActionContext({ locale, hostName, host: parts.host, vm: parts.vm, relationships: [parts.rel0, parts.rel1] }),
    [locale, hostName, parts.host, parts.vm, parts.rel0, parts.rel1],
  );
}
