import { useId, useState } from 'react';
import type { DialogKey } from '../../../../i18n/dialogs';
import type { AuthenticationType } from '../../../../protocol';
import { useLab } from '../../../../store/labStore';
import { DialogButton } from '../../../dialogs/ModalDialog';
import { findHost, offeredAuth } from '../wizardMachine';
import { CertificateList } from './CertificateList';
import type { PageProps } from './pageProps';

/**
 * "Specify Connection Parameters": the values read from the Replica server (port, the authentication
 * types it offers), the primary's certificate for HTTPS, and compression (ticked by default).
 */
export function ConnectionPage({ fields, set, ctx, t }: PageProps) {
  const ids = { port: useId(), kerberos: useId(), certificate: useId(), compress: useId(), server: useId() };
  const hosts = useLab((lab) => lab.hosts);
  const replica = findHost(hosts, fields.server);
  const certificates = hosts[ctx.host]?.certificates ?? [];
  const offered = offeredAuth(replica);
  const locked = ctx.mode !== 'enable';
  const [picking, setPicking] = useState(false);
  const chosen = certificates.find((c) => c.thumbprint === fields.thumbprint);
  const pickAuth = (auth: AuthenticationType) => {
    const cfg = replica?.replicaServer;
    const port = cfg ? (auth === 'Kerberos' ? cfg.kerberos.port : cfg.certificate.port) : Number(fields.port);
    set({ auth, port: String(port), thumbprint: auth === 'Certificate' ? (fields.thumbprint ?? certificates[0]?.thumbprint ?? null) : fields.thumbprint });
  };
  const radio = (auth: AuthenticationType, id: string, label: DialogKey, hint: DialogKey) => (
    <div className="ew-option">
      <input id={id} type="radio" name="ew-auth" checked={fields.auth === auth} disabled={!offered.includes(auth) || locked} onChange={() => pickAuth(auth)} />
      <label htmlFor={id}>{t(label)}</label>
      <p className="ew-sub">{offered.includes(auth) ? t(hint) : t('enableWizard.connection.notOffered')}</p>
    </div>
  );
  return (
    <>
      <div className="form-row">
        <label htmlFor={ids.server}>{t('enableWizard.connection.server')}</label>
        <input id={ids.server} className="dlg-input ew-wide" value={replica?.fqdn ?? fields.server} readOnly />
      </div>
      <div className="form-row">
        <label htmlFor={ids.port}>{t('enableWizard.connection.port')}</label>
        <input id={ids.port} className="dlg-input ew-port" inputMode="numeric" value={fields.port} onChange={(e) => set({ port: e.target.value })} />
      </div>
      <fieldset className="dlg-group">
        <legend>{t('enableWizard.connection.authType')}</legend>
        {radio('Kerberos', ids.kerberos, 'enableWizard.connection.kerberos', 'enableWizard.connection.kerberosHint')}
        {radio('Certificate', ids.certificate, 'enableWizard.connection.certificate', 'enableWizard.connection.certificateHint')}
        {fields.auth === 'Certificate' && (
          <div className="ew-indent">
            <div className="form-row">
              <span>{t('enableWizard.connection.certificateLabel')}</span>
              <span className="ew-cert">{chosen ? chosen.issuedTo : t('enableWizard.connection.noCertificate')}</span>
              <DialogButton onClick={() => setPicking((p) => !p)} aria-expanded={picking}>
                {t('enableWizard.connection.selectCertificate')}
              </DialogButton>
            </div>
            {picking && (
              <CertificateList
                host={ctx.host}
                certificates={certificates}
                selected={fields.thumbprint}
                t={t}
                onPick={(thumbprint) => {
                  set({ thumbprint });
                  setPicking(false);
                }}
              />
            )}
          </div>
        )}
        {locked && <p className="ew-sub">{t('enableWizard.connection.locked')}</p>}
      </fieldset>
      <div className="ew-check">
        <input id={ids.compress} type="checkbox" checked={fields.compression} onChange={(e) => set({ compression: e.target.checked })} />
        <label htmlFor={ids.compress}>{t('enableWizard.connection.compress')}</label>
      </div>
    </>
  );
}
