import { useState } from 'react';
import { actionEnv } from '../../actions/env';
import { formatError } from '../../i18n/messages/format';
import type { Certificate } from '../../protocol';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import { DialogButton, ModalDialog, PageError } from '../dialogs/ModalDialog';
import { expiryDate, isExpired } from './certificates';

interface Props {
  host: string;
  certificates: readonly Certificate[];
  selected: string | null;
  onPick: (thumbprint: string) => void;
  onClose: () => void;
}

/**
 * "Select Certificate…": the host's Personal store (Windows Security's certificate picker). Every
 * certificate is listed, expired ones too; picking one asks the engine whether it can serve replication,
 * so an expired or unsuitable certificate gives the engine's own error here.
 */
export function SelectCertificateDialog({ host, certificates, selected, onPick, onClose }: Props) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const startDate = useLab((lab) => lab.startDate);
  const now = useLab((lab) => lab.now);
  const [choice, setChoice] = useState<string | null>(selected ?? certificates[0]?.thumbprint ?? null);
  const [error, setError] = useState<string | null>(null);

  const ok = async () => {
    if (choice === null) return onClose();
    // Only the certificate is under test: the default port, Kerberos off (no port clash), specified servers (no storage check).
    const result = await actionEnv().execute({
      type: 'Set-VMReplicationServer',
      host,
      replicationEnabled: true,
      kerberos: { enabled: false },
      certificate: { enabled: true, port: 443, thumbprint: choice },
      allowAnyServer: false,
      dryRun: true,
    });
    if (!result.ok) return setError(formatError(locale, result.error));
    onPick(choice);
  };

  const footer = (
    <>
      <DialogButton onClick={() => void ok()} disabled={choice === null}>
        {t('button.ok')}
      </DialogButton>
      <DialogButton onClick={onClose}>{t('button.cancel')}</DialogButton>
    </>
  );
  return (
    <ModalDialog title={t('hyperVSettings.cert.title')} onClose={onClose} className="modal--small" footer={footer}>
      <h3 className="hvs-subheading">{t('hyperVSettings.cert.heading')}</h3>
      <PageError message={error} label={t('dialog.pageError')} />
      {certificates.length === 0 && <p className="dlg-hint">{t('hyperVSettings.cert.none')}</p>}
      <div role="radiogroup" aria-label={t('hyperVSettings.cert.list', { host })} className="hvs-certs">
        {certificates.map((cert) => {
          const expired = isExpired(cert, now);
          const date = expiryDate(locale, startDate, cert);
          return (
            <label key={cert.thumbprint} className={`hvs-cert${choice === cert.thumbprint ? ' is-selected' : ''}`}>
              <input type="radio" name="certificate" checked={choice === cert.thumbprint} onChange={() => setChoice(cert.thumbprint)} />
              <span className="hvs-cert__text">
                <span className="hvs-cert__subject">{cert.issuedTo}</span>
                <span>
                  {t('hyperVSettings.rep.issuedBy')} {cert.issuedBy}
                </span>
                <span className={expired ? 'hvs-cert__expired' : undefined}>
                  {expired ? t('hyperVSettings.cert.expiredOn', { date }) : t('hyperVSettings.cert.valid', { date })}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </ModalDialog>
  );
}
