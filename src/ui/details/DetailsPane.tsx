import { Tabs } from 'radix-ui';
import { useId, useState } from 'react';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useT } from '../common/useT';
import './details.css';
import { MemoryTab } from './MemoryTab';
import { NetworkingTab } from './NetworkingTab';
import { ReplicationTab } from './ReplicationTab';
import { SummaryTab } from './SummaryTab';

const TABS = ['summary', 'memory', 'networking', 'replication'] as const;
type Tab = (typeof TABS)[number];

/** The bottom pane: titled with the selected VM's name, tabs Summary, Memory, Networking, Replication. */
export function DetailsPane() {
  const t = useT();
  const headingId = useId();
  const vmKey = useUi((ui) => ui.selectedVm);
  const name = useLab((lab) => (vmKey === null ? null : (lab.vms[vmKey]?.name ?? null)));
  // The chosen tab stays when another VM is selected, as in Hyper-V Manager.
  const [tab, setTab] = useState<Tab>('summary');
  return (
    <section className="pane details-pane" aria-labelledby={name === null ? undefined : headingId}>
      {name === null ? (
        <div className="pane-header" />
      ) : (
        <h2 id={headingId} className="pane-header">
          {name}
        </h2>
      )}
      {vmKey === null || name === null ? (
        <p className="pane-empty">{t('details.noItem')}</p>
      ) : (
        <Tabs.Root className="details-tabs" value={tab} onValueChange={(v) => setTab(v as Tab)} activationMode="manual">
          <Tabs.Content value="summary" className="details-panel">
            <SummaryTab vmKey={vmKey} />
          </Tabs.Content>
          <Tabs.Content value="memory" className="details-panel">
            <MemoryTab vmKey={vmKey} />
          </Tabs.Content>
          <Tabs.Content value="networking" className="details-panel">
            <NetworkingTab vmKey={vmKey} vmName={name} />
          </Tabs.Content>
          <Tabs.Content value="replication" className="details-panel">
            <ReplicationTab vmKey={vmKey} />
          </Tabs.Content>
          {/* Hyper-V Manager draws the tabs under the pane's content. */}
          <Tabs.List className="details-tablist" aria-label={t('details.tabsLabel', { vm: name })}>
            {TABS.map((id) => (
              <Tabs.Trigger key={id} value={id} className="details-tab">
                {t(`details.tab.${id}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs.Root>
      )}
    </section>
  );
}
