import type { Host } from '../../protocol';
import { useDialogT } from '../common/useDialogT';
import { AuthenticationGroup } from './AuthenticationGroup';
import type { ReplicationDraft } from './replicationDraft';
import { StorageGroup } from './StorageGroup';

interface Props {
  host: Host;
  draft: ReplicationDraft;
  onChange: (patch: Partial<ReplicationDraft>) => void;
}

/** Server ▸ Replication Configuration (hyperv-replica.md §1.2): unticking "Enable…" greys everything below. */
export function ReplicationPage({ host, draft, onChange }: Props) {
  const t = useDialogT();
  const off = !draft.enabled;
  return (
    <div className="hvs-page">
      <h3>{t('hyperVSettings.node.replication')}</h3>
      <label className="hvs-check hvs-check--main">
        <input type="checkbox" checked={draft.enabled} onChange={(e) => onChange({ enabled: e.target.checked })} />
        {t('hyperVSettings.rep.enable')}
      </label>
      <AuthenticationGroup host={host} draft={draft} disabled={off} onChange={onChange} />
      <StorageGroup host={host.name} draft={draft} disabled={off} onChange={onChange} />
    </div>
  );
}
