import { Tooltip } from 'radix-ui';
import { useId, useState } from 'react';
import { hasReachableVm, HOST_MENU, ROOT_PANE_MENU, VM_MENU } from '../../actions';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useT } from '../common/useT';
import { useActionContext } from '../menus/useActionContext';
import './actionsPane.css';
import { ActionsSection } from './ActionsSection';

type SectionKind = 'root' | 'host' | 'vm';

interface SectionProps {
  collapsed: boolean;
  onToggle: () => void;
}

function ServerSection({ host, ...fold }: SectionProps & { host: string | null }) {
  const t = useT();
  const ctx = useActionContext(host, null);
  return <ActionsSection title={host ?? t('actions.root')} menu={host === null ? ROOT_PANE_MENU : HOST_MENU} ctx={ctx} {...fold} />;
}

function VmSection({ host, vmKey, ...fold }: SectionProps & { host: string; vmKey: string }) {
  const ctx = useActionContext(host, vmKey);
  // A crashed server shows only its connection error: none of its VMs' actions (hasReachableVm).
  if (!ctx.vm || !hasReachableVm(ctx)) return null;
  return <ActionsSection title={ctx.vm.name} menu={VM_MENU} ctx={ctx} {...fold} />;
}

/**
 * The right-hand "Actions" pane: a section titled with the selected server (or "Hyper-V Manager" at the
 * root) and, when a VM is selected, a section titled with the VM's name. Entries come from the registry.
 */
export function ActionsPane() {
  const t = useT();
  const titleId = useId();
  const host = useUi((ui) => ui.selectedHost);
  const vmKey = useUi((ui) => ui.selectedVm);
  const vmOnHost = useLab((lab) => vmKey !== null && lab.vms[vmKey]?.host === host);
  const [collapsed, setCollapsed] = useState<Record<SectionKind, boolean>>({ root: false, host: false, vm: false });
  const fold = (kind: SectionKind): SectionProps => ({ collapsed: collapsed[kind], onToggle: () => setCollapsed((c) => ({ ...c, [kind]: !c[kind] })) });
  return (
    <section className="actions-pane" aria-labelledby={titleId}>
      <h2 id={titleId} className="actions-pane__title">
        {t('actions.title')}
      </h2>
      <Tooltip.Provider delayDuration={400}>
        <div className="actions-pane__body">
          <ServerSection host={host} {...fold(host === null ? 'root' : 'host')} />
          {host !== null && vmKey !== null && vmOnHost && <VmSection host={host} vmKey={vmKey} {...fold('vm')} />}
        </div>
      </Tooltip.Provider>
    </section>
  );
}
