import { formatError } from '../../i18n/messages/format';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import { DialogButton, ModalDialog, PageError } from '../dialogs/ModalDialog';

/** A host dialog opened for a host the lab no longer has (another lab was loaded): say so, offer Close. */
export function HostMissing({ title, host, onClose }: { title: string; host: string; onClose: () => void }) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  return (
    <ModalDialog title={title} onClose={onClose} className="modal--small" footer={<DialogButton onClick={onClose}>{t('button.close')}</DialogButton>}>
      <PageError message={formatError(locale, { code: 'HostNotFound', params: { host } })} label={t('dialog.pageError')} />
    </ModalDialog>
  );
}
