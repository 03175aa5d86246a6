import { useDialogT } from '../../common/useDialogT';
import { DialogButton, ModalDialog } from '../../dialogs/ModalDialog';
import type { DialogProps } from '../../dialogs/DialogHost';

/** Placeholder until the dialog lands: it only closes. */
export default function Placeholder({ request, onClose }: DialogProps<'startReplication'>) {
  const t = useDialogT();
  return (
    <ModalDialog title={request.kind} onClose={onClose} className="modal--small" footer={<DialogButton onClick={onClose}>{t('button.close')}</DialogButton>}>
      <p>{t('dialog.loading')}</p>
    </ModalDialog>
  );
}
