import { useId, useState } from 'react';
import { actionEnv } from '../../../actions/env';
import { formatError } from '../../../i18n/messages/format';
import { incomingRelationship, recordLookup } from '../../../query';
import { labStore } from '../../../store/labStore';
import { useUi } from '../../../store/uiStore';
import { useDialogT } from '../../common/useDialogT';
import type { DialogProps } from '../../dialogs/DialogHost';
import { DialogButton, ModalDialog, PageError } from '../../dialogs/ModalDialog';
import { vmByName } from './useVm';
import './wizard.css';

/**
 * "Import Initial Replica..." on the placeholder of an external-media copy: the folder the export wrote
 * (prefilled when the lab knows it), then Complete Initial Replication sends Import-VMInitialReplication.
 */
export default function ImportInitialReplicaDialog({ request, onClose }: DialogProps<'importInitialReplica'>) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const id = useId();
  const [path, setPath] = useState(() => {
    const lab = labStore.getState();
    const vm = vmByName(lab, request.host, request.vm);
    return (vm && incomingRelationship(vm, recordLookup(lab.relationships))?.exportPath) ?? '';
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const complete = async () => {
    setBusy(true);
    const result = await actionEnv().execute({ type: 'Import-VMInitialReplication', host: request.host, vm: request.vm, path: path.trim() });
    setBusy(false);
    if (!result.ok) return setError(formatError(locale, result.error));
    onClose();
  };

  const footer = (
    <>
      <DialogButton disabled={busy} onClick={() => void complete()}>
        {t('enableWizard.import.complete')}
      </DialogButton>
      <DialogButton onClick={onClose}>{t('button.cancel')}</DialogButton>
    </>
  );
  return (
    <ModalDialog title={t('enableWizard.import.title', { vm: request.vm })} onClose={onClose} className="modal--small ew-import" footer={footer}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void complete();
        }}
      >
        <PageError message={error} label={t('dialog.pageError')} />
        <p className="dlg-hint">{t('enableWizard.import.intro', { vm: request.vm })}</p>
        <label htmlFor={id} className="ew-block-label">
          {t('enableWizard.import.folder')}
        </label>
        <input id={id} className="dlg-input ew-full" value={path} onChange={(e) => setPath(e.target.value)} autoFocus />
        <button type="submit" hidden tabIndex={-1} />
      </form>
    </ModalDialog>
  );
}
