import { useId, useState, type ReactNode } from 'react';
import type { Host } from '../../protocol';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import { DialogButton } from '../dialogs/ModalDialog';
import { expiryDate } from './certificates';
import type { ReplicationDraft } from './replicationDraft';
import { SelectCertificateDialog } from './SelectCertificateDialog';

interface Props {
  host: Host;
  draft: ReplicationDraft;
  disabled: boolean;
  onChange: (patch: Partial<ReplicationDraft>) => void;
}

const LISTENER_KEYS = {
  kerberos: { label: 'hyperVSettings.rep.kerberos', note: 'hyperVSettings.rep.kerberosNote', port: 'hyperVSettings.rep.kerberosPort' },
  certificate: { label: 'hyperVSettings.rep.certificate', note: 'hyperVSettings.rep.certificateNote', port: 'hyperVSettings.rep.certificatePort' },
} as const;

/** One authentication type: its checkbox, what it means for the data, its port (and, for HTTPS, the certificate). */
function Listener({ kind, draft, disabled, onChange, children }: Omit<Props, 'host'> & { kind: 'kerberos' | 'certificate'; children?: ReactNode }) {
  const t = useDialogT();
  const keys = LISTENER_KEYS[kind];
  const portField = kind === 'kerberos' ? 'kerberosPort' : 'certificatePort';
  return (
    <>
      <label className="hvs-check">
        <input type="checkbox" checked={draft[kind]} onChange={(e) => onChange({ [kind]: e.target.checked })} />
        {t(keys.label)}
      </label>
      <div className="hvs-indent">
        <p className="hvs-note">{t(keys.note)}</p>
        <div className="hvs-port">
          <span aria-hidden="true">{t('hyperVSettings.rep.port')}</span>
          <input
            className="dlg-input hvs-port__input"
            aria-label={t(keys.port)}
            disabled={disabled || !draft[kind]}
            value={draft[portField]}
            onChange={(e) => onChange({ [portField]: e.target.value })}
          />
        </div>
        {children}
      </div>
    </>
  );
}

/** "Authentication and ports": Kerberos (HTTP) and certificate-based (HTTPS), each with its port. */
export function AuthenticationGroup({ host, draft, disabled, onChange }: Props) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const startDate = useLab((lab) => lab.startDate);
  const id = useId();
  const [picking, setPicking] = useState(false);
  const cert = host.certificates.find((c) => c.thumbprint === draft.thumbprint) ?? null;
  const certOff = disabled || !draft.certificate;
  const rows: [string, string][] = [
    [t('hyperVSettings.rep.issuedTo'), cert?.issuedTo ?? ''],
    [t('hyperVSettings.rep.issuedBy'), cert?.issuedBy ?? ''],
    [t('hyperVSettings.rep.expiration'), cert ? expiryDate(locale, startDate, cert) : ''],
    [t('hyperVSettings.rep.purpose'), cert?.intendedPurposes.join(', ') ?? ''],
  ];
  return (
    <fieldset className="dlg-group" disabled={disabled}>
      <legend>{t('hyperVSettings.rep.authGroup')}</legend>
      <p className="dlg-hint">{t('hyperVSettings.rep.authText')}</p>
      <Listener kind="kerberos" draft={draft} disabled={disabled} onChange={onChange} />
      <Listener kind="certificate" draft={draft} disabled={disabled} onChange={onChange}>
        <div className="hvs-cert-box" id={`${id}-cert`}>
          <span className="hvs-cert-box__title">{t('hyperVSettings.rep.specifyCertificate')}</span>
          <dl>
            {rows.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
        <DialogButton disabled={certOff} onClick={() => setPicking(true)} aria-describedby={`${id}-cert`}>
          {t('hyperVSettings.rep.selectCertificate')}
        </DialogButton>
      </Listener>
      {picking && (
        <SelectCertificateDialog
          host={host.name}
          certificates={host.certificates}
          selected={draft.thumbprint}
          onPick={(thumbprint) => {
            onChange({ thumbprint });
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      )}
    </fieldset>
  );
}
