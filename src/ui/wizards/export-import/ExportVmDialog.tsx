import { useId, useState } from 'react';
import { actionEnv } from '../../../actions/env';
import { formatError } from '../../../i18n/messages/format';
import { useUi } from '../../../store/uiStore';
import { useDialogT } from '../../common/useDialogT';
import type { DialogProps } from '../../dialogs/DialogHost';
import { DialogButton, ModalDialog, PageError } from '../../dialogs/ModalDialog';
import '../enable-replication/wizard.css';

/**
 * Export… on a VM: the folder, then Export sends `Export-VM -Path`; the files land in `<folder>\<VM name>`
 * (written at once in the lab: no export job). A refusal stays in the dialog with nothing changed.
 */
export default function ExportVmDialog({ request, onClose }: DialogProps<'exportVm'>) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const id = useId();
  const [path, setPath] = useState('D:\\Export');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    if (path.trim() === '') return setError(t('exportVm.required'));
    setBusy(true);
    const result = await actionEnv().execute({ type: 'Export-VM', host: request.host, vm: request.vm, path: path.trim() });
    setBusy(false);
    if (!result.ok) return setError(formatError(locale, result.error));
    onClose();
  };

  const footer = (
    <>
      <DialogButton disabled={busy} onClick={() => void run()}>
        {t('exportVm.export')}
      </DialogButton>
      <DialogButton onClick={onClose}>{t('button.cancel')}</DialogButton>
    </>
  );
  return (
    <ModalDialog title={t('exportVm.title')} onClose={onClose} className="modal--small ew-import" footer={footer}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void run();
        }}
      >
        <PageError message={error} label={t('dialog.pageError')} />
        <p className="dlg-hint">{t('exportVm.intro')}</p>
        <label htmlFor={id} className="ew-block-label">
          {t('exportVm.location')}
        </label>
        <input id={id} className="dlg-input ew-full" value={path} onChange={(e) => setPath(e.target.value)} autoFocus />
        <p className="dlg-hint">{t('exportVm.lab')}</p>
        <button type="submit" hidden tabIndex={-1} />
      </form>
    </ModalDialog>
  );
}
