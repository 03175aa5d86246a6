import { useId, useState } from 'react';
import { actionEnv } from '../../actions/env';
import { formatError } from '../../i18n/messages/format';
import type { AuthorizationEntry } from '../../protocol';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import { DialogButton, ModalDialog, PageError } from '../dialogs/ModalDialog';

interface Props {
  host: string;
  /** The entry being edited, or null to add one. */
  entry: AuthorizationEntry | null;
  /** The page's other entries (a primary server may appear once). */
  others: readonly AuthorizationEntry[];
  onSave: (entry: AuthorizationEntry) => void;
  onClose: () => void;
}

/**
 * "Add Authorization Entry": primary server (FQDN, `*` only as the whole first label), storage location and
 * trust group. The engine checks the entry (`dryRun`); nothing is sent until the settings are applied.
 */
export function AuthorizationEntryDialog({ host, entry, others, onSave, onClose }: Props) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const id = useId();
  const [server, setServer] = useState(entry?.allowedPrimaryServer ?? '');
  const [storage, setStorage] = useState(entry?.storageLocation ?? '');
  const [trustGroup, setTrustGroup] = useState(entry?.trustGroup ?? '');
  const [error, setError] = useState<string | null>(null);

  const ok = async () => {
    const candidate = { allowedPrimaryServer: server.trim(), storageLocation: storage.trim(), trustGroup: trustGroup.trim() };
    // The engine would name the primary server for an empty trust group; say what is missing instead.
    if (candidate.allowedPrimaryServer && !candidate.trustGroup) return setError(t('hyperVSettings.entry.trustRequired'));
    const result = await actionEnv().execute({
      type: 'New-VMReplicationAuthorizationEntry',
      host,
      allowedPrimaryServer: candidate.allowedPrimaryServer,
      replicaStorageLocation: candidate.storageLocation,
      trustGroup: candidate.trustGroup,
      dryRun: true,
    });
    if (!result.ok) return setError(formatError(locale, result.error));
    const wanted = candidate.allowedPrimaryServer.toLowerCase();
    if (others.some((e) => e.allowedPrimaryServer.toLowerCase() === wanted)) {
      return setError(formatError(locale, { code: 'AuthorizationEntryExists', params: { server: candidate.allowedPrimaryServer } }));
    }
    onSave(candidate);
  };

  const footer = (
    <>
      <DialogButton onClick={() => void ok()}>{t('button.ok')}</DialogButton>
      <DialogButton onClick={onClose}>{t('button.cancel')}</DialogButton>
    </>
  );
  return (
    <ModalDialog
      title={t(entry ? 'hyperVSettings.entry.editTitle' : 'hyperVSettings.entry.addTitle')}
      onClose={onClose}
      className="modal--small hvs-entry"
      footer={footer}
    >
      <PageError message={error} label={t('dialog.pageError')} />
      <label htmlFor={`${id}-server`} className="hvs-field-label">
        {t('hyperVSettings.entry.primaryServer')}
      </label>
      <input id={`${id}-server`} className="dlg-input hvs-wide" value={server} onChange={(e) => setServer(e.target.value)} />
      <p className="dlg-hint">{t('hyperVSettings.entry.primaryHint')}</p>
      <label htmlFor={`${id}-storage`} className="hvs-field-label">
        {t('hyperVSettings.entry.storage')}
      </label>
      <input id={`${id}-storage`} className="dlg-input hvs-wide" value={storage} onChange={(e) => setStorage(e.target.value)} />
      <label htmlFor={`${id}-trust`} className="hvs-field-label">
        {t('hyperVSettings.entry.trustGroup')}
      </label>
      <input id={`${id}-trust`} className="dlg-input hvs-wide" value={trustGroup} onChange={(e) => setTrustGroup(e.target.value)} />
      <p className="dlg-hint">{t('hyperVSettings.entry.trustHint')}</p>
    </ModalDialog>
  );
}
