import { useState } from 'react';
import { actionEnv } from '../../../actions/env';
import { formatError } from '../../../i18n/messages/format';
import type { InitialReplicationMethod } from '../../../protocol';
import { outgoingRelationship, recordLookup } from '../../../query';
import { labStore } from '../../../store/labStore';
import { useUi } from '../../../store/uiStore';
import { useDialogT } from '../../common/useDialogT';
import type { DialogProps } from '../../dialogs/DialogHost';
import { DialogButton, ModalDialog, PageError } from '../../dialogs/ModalDialog';
import { InitialMethodFields } from './pages/InitialMethodFields';
import { initialState, unreadableStart, type WizardFields } from './wizardMachine';
import { FIELD_PATTERNS } from './schedule';
import { wizardContext } from './wizardContext';
import { vmByName } from './useVm';
import './wizard.css';

type StartFields = Pick<WizardFields, 'method' | 'exportPath' | 'startLater' | 'startAt'>;

/** What Start Replication may offer: the existing-VM copy stays one; the others may switch to external media. */
function startChoices(method: InitialReplicationMethod | undefined): readonly InitialReplicationMethod[] {
  return method === 'ExistingVm' ? ['ExistingVm'] : ['Network', 'ExternalMedia'];
}

/**
 * "Start Replication..." on a primary Ready for initial replication (enabled with a later start): the
 * initial copy's method and start time, sent as Start-VMInitialReplication (-DestinationPath for media).
 */
export default function StartReplicationDialog({ request, onClose }: DialogProps<'startReplication'>) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const [info] = useState(() => {
    const lab = labStore.getState();
    const vm = vmByName(lab, request.host, request.vm);
    const rel = vm ? outgoingRelationship(vm, recordLookup(lab.relationships)) : null;
    return { server: rel?.settings.replicaServer ?? '', method: rel?.settings.initialReplicationMethod, now: lab.now };
  });
  const methods = startChoices(info.method);
  const [fields, setFieldsState] = useState<StartFields>(() => {
    const base = initialState(wizardContext(labStore.getState(), 'enable', request.host, request.vm)).fields;
    return { method: methods[0] ?? 'Network', exportPath: '', startLater: false, startAt: base.startAt };
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const ok = async () => {
    if (unreadableStart(fields)) return setError(t('enableWizard.initial.badDate', FIELD_PATTERNS[locale]));
    setBusy(true);
    const media = fields.method === 'ExternalMedia';
    const result = await actionEnv().execute({
      type: 'Start-VMInitialReplication',
      host: request.host,
      vm: request.vm,
      startTime: fields.startLater && !media ? fields.startAt : null,
      ...(media ? { destinationPath: fields.exportPath.trim() } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(formatError(locale, result.error));
    onClose();
  };

  const footer = (
    <>
      <DialogButton disabled={busy} onClick={() => void ok()}>
        {t('button.ok')}
      </DialogButton>
      <DialogButton onClick={onClose}>{t('button.cancel')}</DialogButton>
    </>
  );
  return (
    <ModalDialog title={t('enableWizard.start.title', { vm: request.vm })} onClose={onClose} className="ew-start" footer={footer}>
      <form
        className="ew-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void ok();
        }}
      >
        <PageError message={error} label={t('dialog.pageError')} />
        <p className="dlg-hint">{t('enableWizard.start.intro', { vm: request.vm, server: info.server })}</p>
        <InitialMethodFields fields={fields} set={(patch) => setFieldsState((f) => ({ ...f, ...patch }))} t={t} methods={methods} />
        <button type="submit" hidden tabIndex={-1} />
      </form>
    </ModalDialog>
  );
}
