import { useState } from 'react';
import { actionEnv } from '../../actions/env';
import { formatError } from '../../i18n/messages/format';
import type { Host, ReplicaServerConfig } from '../../protocol';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import type { DialogProps } from '../dialogs/DialogHost';
import { SettingsFrame } from '../dialogs/SettingsFrame';
import { HostMissing } from '../lab/labToolsHostMissing';
import { applyReplication } from './applyReplication';
import { firewallReminder } from './firewallReminder';
import { InfoPage } from './InfoPage';
import { draftFromConfig, enabledListeners, isDirty, type ReplicationDraft } from './replicationDraft';
import { ReplicationPage } from './ReplicationPage';
import { settingsSections, type PageId } from './settingsTree';
import './settings.css';

/**
 * "Hyper-V Settings for <host>": the Server / User tree of the real dialog. Replication Configuration is
 * the live page; the others summarise the host read-only. OK / Apply send the page all or nothing.
 */
export default function HyperVSettingsDialog({ request, onClose }: DialogProps<'hyperVSettings'>) {
  const t = useDialogT();
  const host = useLab((lab) => lab.hosts[request.host]);
  if (!host) return <HostMissing title={t('hyperVSettings.title', { host: request.host })} host={request.host} onClose={onClose} />;
  return <HyperVSettings host={host} onClose={onClose} />;
}

function HyperVSettings({ host, onClose }: { host: Host; onClose: () => void }) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const vmCount = useLab((lab) => lab.vmKeysByHost[host.name]?.length ?? 0);
  const [page, setPage] = useState<PageId>('vhds');
  const [draft, setDraft] = useState<ReplicationDraft>(() => draftFromConfig(host.replicaServer));
  /** What the server has, as far as this dialog knows (the last config it opened with or applied). */
  const [applied, setApplied] = useState(host.replicaServer);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = isDirty(applied, draft);

  const apply = async (): Promise<boolean> => {
    if (!dirty) return true;
    setBusy(true);
    const outcome = await applyReplication((c) => actionEnv().execute(c), host.name, applied, draft);
    setBusy(false);
    if (!outcome.ok) {
      setPage('replication');
      setError(formatError(locale, outcome.error));
      return false;
    }
    setError(null);
    const next = { ...applied, ...configOf(draft) };
    setApplied(next);
    setDraft(draftFromConfig(next));
    if (outcome.serverSent) for (const l of enabledListeners(draft)) void actionEnv().messageBox(firewallReminder(l.rule, l.port));
    return true;
  };

  return (
    <SettingsFrame
      title={t('hyperVSettings.title', { host: host.name })}
      sections={settingsSections(t, host.replicaServer.enabled)}
      selected={page}
      onSelect={(id) => setPage(id as PageId)}
      error={page === 'replication' ? error : null}
      busy={busy}
      dirty={dirty}
      onOk={() => void apply().then((ok) => ok && onClose())}
      onCancel={onClose}
      onApply={() => void apply()}
    >
      {page === 'replication' ? (
        <ReplicationPage host={host} draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
      ) : (
        <InfoPage page={page} host={host} vmCount={vmCount} />
      )}
    </SettingsFrame>
  );
}

/** The configuration a successful Apply leaves on the server (ports are numbers once accepted). */
function configOf(draft: ReplicationDraft): Omit<ReplicaServerConfig, 'monitoringIntervalHours' | 'monitoringStartMinutes'> {
  return {
    enabled: draft.enabled,
    kerberos: { enabled: draft.kerberos, port: Number(draft.kerberosPort.trim()) },
    certificate: { enabled: draft.certificate, port: Number(draft.certificatePort.trim()), thumbprint: draft.thumbprint },
    allowAnyServer: draft.allowAnyServer,
    defaultStorageLocation: draft.defaultStorageLocation,
    entries: draft.allowAnyServer ? [] : [...draft.entries],
  };
}
