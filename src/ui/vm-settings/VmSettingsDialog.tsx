import { useState } from 'react';
import { actionEnv } from '../../actions/env';
import { formatError } from '../../i18n/messages/format';
import type { Host, Relationship, Vm } from '../../protocol';
import { recordLookup, settingsRelationship } from '../../query';
import { useLab } from '../../store/labStore';
import { selectVmByName } from '../../store/selectors/vmList';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import type { DialogProps } from '../dialogs/DialogHost';
import { SettingsFrame, type SettingsNode } from '../dialogs/SettingsFrame';
import { applyVmSettings } from './applyVmSettings';
import { FailoverTcpIpPage } from './FailoverTcpIpPage';
import { InfoPage } from './InfoPages';
import { AuthenticationPage, RecoveryPointsPage, ReplicationPage, ReplicationVhdsPage, ResyncPage } from './ReplicationPages';
import { SwitchPage } from './SwitchPage';
import { draftFromVm, isDirty, type VmDraft } from './vmDraft';
import { settingsTree, type PageId } from './vmSettingsTree';
import './vmSettings.css';

/** "Settings for <VM> on <host>": Hardware and Management pages; OK / Apply send what changed. */
export default function VmSettingsDialog({ request, onClose }: DialogProps<'vmSettings'>) {
  const vm = useLab((lab) => selectVmByName(lab, request.host, request.vm));
  const host = useLab((lab) => lab.hosts[request.host]);
  const rel = useLab((lab) => (vm ? settingsRelationship(vm, recordLookup(lab.relationships)) : null));
  if (!vm || !host) return null;
  return <VmSettings vm={vm} host={host} rel={rel} onClose={onClose} />;
}

function findLabel(nodes: readonly SettingsNode[], id: string): string | null {
  for (const node of nodes) {
    if (node.id === id) return node.label;
    const inner = node.children && findLabel(node.children, id);
    if (inner) return inner;
  }
  return null;
}

function VmSettings({ vm, host, rel, onClose }: { vm: Vm; host: Host; rel: Relationship | null; onClose: () => void }) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const [page, setPage] = useState<PageId>('addHardware');
  const [applied, setApplied] = useState<VmDraft>(() => draftFromVm(vm.adapters[0], rel?.settings ?? null));
  const [draft, setDraft] = useState<VmDraft>(applied);
  const [error, setError] = useState<{ page: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = isDirty(applied, draft);
  const sections = settingsTree(t, vm, rel, draft.switchName);
  const heading = sections.map((s) => findLabel(s.nodes, page)).find(Boolean) ?? '';

  const apply = async (): Promise<boolean> => {
    if (!dirty) return true;
    setBusy(true);
    const outcome = await applyVmSettings((command) => actionEnv().execute(command), { host: host.name, vm: vm.name }, applied, draft, page);
    setBusy(false);
    if (!outcome.ok) {
      setApplied(outcome.saved);
      setPage(outcome.page);
      const e = outcome.error;
      setError({ page: outcome.page, message: 'key' in e ? t(e.key, { value: e.value }) : formatError(locale, e) });
      return false;
    }
    setError(null);
    setApplied(draft);
    return true;
  };

  const edit = (patch: Partial<VmDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const editRep = (patch: Partial<NonNullable<VmDraft['replication']>>) => setDraft((d) => (d.replication ? { ...d, replication: { ...d.replication, ...patch } } : d));

  const body = (() => {
    switch (page) {
      case 'networkAdapter':
        return <SwitchPage kind="network" heading={heading} switches={host.switches} value={draft.switchName} onChange={(switchName) => edit({ switchName })} />;
      case 'testFailover':
        return <SwitchPage kind="testFailover" heading={heading} switches={host.switches} value={draft.testSwitch} onChange={(testSwitch) => edit({ testSwitch })} />;
      case 'failoverTcpIp':
        return (
          <FailoverTcpIpPage
            ipv4={draft.ipv4}
            ipv6={draft.ipv6}
            onIpv4={(patch) => setDraft((d) => ({ ...d, ipv4: { ...d.ipv4, ...patch } }))}
            onIpv6={(patch) => setDraft((d) => ({ ...d, ipv6: { ...d.ipv6, ...patch } }))}
          />
        );
    }
    if (rel && draft.replication) {
      if (page === 'replication') return <ReplicationPage rel={rel} vm={vm} draft={draft.replication} onChange={editRep} />;
      if (page === 'authentication') return <AuthenticationPage rel={rel} />;
      if (page === 'recoveryPoints') return <RecoveryPointsPage draft={draft.replication} onChange={editRep} />;
      if (page === 'resync') return <ResyncPage draft={draft.replication} onChange={editRep} />;
      if (page === 'replicationVhds') return <ReplicationVhdsPage rel={rel} />;
    }
    return <InfoPage page={page} vm={vm} heading={heading} />;
  })();

  return (
    <SettingsFrame
      title={t('vmSettings.title', { vm: vm.name, host: host.name })}
      sections={sections}
      selected={page}
      onSelect={(id) => setPage(id as PageId)}
      error={error?.page === page ? error.message : null}
      busy={busy}
      dirty={dirty}
      onOk={() => void apply().then((ok) => ok && onClose())}
      onCancel={onClose}
      onApply={() => void apply()}
    >
      {body}
    </SettingsFrame>
  );
}
