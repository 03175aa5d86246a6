import type { Relationship, Vm } from '../../protocol';
import { useDialogT } from '../common/useDialogT';
import { CheckField, InfoRow, RadioField, SelectField, TextField } from './fields';
import type { ReplicationDraft } from './vmDraft';
import { fileName } from './vmSettingsTree';

type Edit = (patch: Partial<ReplicationDraft>) => void;

/** Replication: the relationship's servers (read-only) and the replication frequency. */
export function ReplicationPage({ rel, vm, draft, onChange }: { rel: Relationship; vm: Vm; draft: ReplicationDraft; onChange: Edit }) {
  const t = useDialogT();
  const isReplica = vm.key === rel.replicaVm;
  const freq = (['30', '300', '900'] as const).map((v) => ({ value: v, label: t(`vmSettings.freq.${v}`) }));
  return (
    <section aria-label={t('vmSettings.node.replication')}>
      <h3>{t('vmSettings.node.replication')}</h3>
      <p className="dlg-hint">{t('vmSettings.replication.intro')}</p>
      <InfoRow label={t(isReplica ? 'vmSettings.replication.primaryServer' : 'vmSettings.replication.replicaServer')}>{isReplica ? rel.primaryHost : rel.settings.replicaServer}</InfoRow>
      <InfoRow label={t('vmSettings.replication.port')}>{rel.settings.replicaServerPort}</InfoRow>
      <CheckField label={t('vmSettings.replication.compress')} checked={rel.settings.compressionEnabled} />
      <p className="dlg-hint">{t('vmSettings.replication.frequencyHint')}</p>
      <SelectField label={t('vmSettings.replication.frequency')} value={String(draft.frequencySec) as '30'} options={freq} onChange={(v) => onChange({ frequencySec: Number(v) })} />
    </section>
  );
}

/** Authentication (read-only here: it is chosen when replication is enabled or reversed). */
export function AuthenticationPage({ rel }: { rel: Relationship }) {
  const t = useDialogT();
  return (
    <section aria-label={t('vmSettings.node.authentication')}>
      <h3>{t('vmSettings.node.authentication')}</h3>
      <p className="dlg-hint">{t('vmSettings.readOnly')}</p>
      <InfoRow label={t('vmSettings.auth.type')}>{t(`vmSettings.auth.${rel.settings.authenticationType}`)}</InfoRow>
      {rel.settings.certificateThumbprint && <InfoRow label={t('vmSettings.auth.thumbprint')}>{rel.settings.certificateThumbprint}</InfoRow>}
    </section>
  );
}

/** Recovery Points: latest only, or additional hourly points with optional VSS snapshots. */
export function RecoveryPointsPage({ draft, onChange }: { draft: ReplicationDraft; onChange: Edit }) {
  const t = useDialogT();
  return (
    <section aria-label={t('vmSettings.node.recoveryPoints')}>
      <h3>{t('vmSettings.node.recoveryPoints')}</h3>
      <p className="dlg-hint">{t('vmSettings.rp.intro')}</p>
      <RadioField name="vms-rp" label={t('vmSettings.rp.latest')} checked={!draft.additionalPoints} onChange={() => onChange({ additionalPoints: false })} />
      <RadioField name="vms-rp" label={t('vmSettings.rp.hourly')} checked={draft.additionalPoints} onChange={() => onChange({ additionalPoints: true })} />
      <div className="vms-indent">
        <TextField label={t('vmSettings.rp.coverage')} type="number" width={60} value={draft.coverageHours} disabled={!draft.additionalPoints} onChange={(coverageHours) => onChange({ coverageHours })} />
        <div className="form-row">
          <CheckField label={t('vmSettings.rp.vss')} checked={draft.vssEnabled} disabled={!draft.additionalPoints} onChange={(vssEnabled) => onChange({ vssEnabled })} />
          <input
            className="dlg-input"
            type="number"
            style={{ width: 60 }}
            aria-label={t('vmSettings.rp.vssHours')}
            value={draft.vssHours}
            disabled={!draft.additionalPoints || !draft.vssEnabled}
            onChange={(e) => onChange({ vssHours: e.target.value })}
          />
        </div>
      </div>
    </section>
  );
}

/** Resynchronization: when Hyper-V may start a required resynchronisation by itself. */
export function ResyncPage({ draft, onChange }: { draft: ReplicationDraft; onChange: Edit }) {
  const t = useDialogT();
  const window = draft.resync === 'window';
  return (
    <section aria-label={t('vmSettings.node.resync')}>
      <h3>{t('vmSettings.node.resync')}</h3>
      <p className="dlg-hint">{t('vmSettings.resync.intro')}</p>
      <RadioField name="vms-resync" label={t('vmSettings.resync.auto')} checked={draft.resync === 'auto'} onChange={() => onChange({ resync: 'auto' })} />
      <RadioField name="vms-resync" label={t('vmSettings.resync.window')} checked={window} onChange={() => onChange({ resync: 'window' })} />
      <div className="vms-indent">
        <TextField label={t('vmSettings.resync.from')} type="time" width={110} value={draft.resyncFrom} disabled={!window} onChange={(resyncFrom) => onChange({ resyncFrom })} />
        <TextField label={t('vmSettings.resync.to')} type="time" width={110} value={draft.resyncTo} disabled={!window} onChange={(resyncTo) => onChange({ resyncTo })} />
      </div>
      <RadioField name="vms-resync" label={t('vmSettings.resync.manual')} checked={draft.resync === 'manual'} onChange={() => onChange({ resync: 'manual' })} />
    </section>
  );
}

/** Replication VHDs (read-only: changing them means enabling replication again). */
export function ReplicationVhdsPage({ rel }: { rel: Relationship }) {
  const t = useDialogT();
  return (
    <section aria-label={t('vmSettings.node.replicationVhds')}>
      <h3>{t('vmSettings.node.replicationVhds')}</h3>
      <p className="dlg-hint">{t('vmSettings.vhds.intro')}</p>
      {rel.settings.replicatedDisks.map((path) => (
        <CheckField key={path} label={`${fileName(path)} (${path})`} checked />
      ))}
    </section>
  );
}
