import { useId, useState } from 'react';
import type { AuthorizationEntry } from '../../protocol';
import { useDialogT } from '../common/useDialogT';
import { DialogButton } from '../dialogs/ModalDialog';
import { AuthorizationEntryDialog } from './AuthorizationEntryDialog';
import type { ReplicationDraft } from './replicationDraft';

interface Props {
  host: string;
  draft: ReplicationDraft;
  disabled: boolean;
  onChange: (patch: Partial<ReplicationDraft>) => void;
}

/** "Authorization and storage": any authenticated server with a default location, or the listed servers. */
export function StorageGroup({ host, draft, disabled, onChange }: Props) {
  const t = useDialogT();
  const id = useId();
  const [selected, setSelected] = useState<number | null>(null);
  /** `'add'`, the index being edited, or null. */
  const [editing, setEditing] = useState<'add' | number | null>(null);
  const listOff = disabled || draft.allowAnyServer;
  const current = selected !== null && selected < draft.entries.length ? selected : null;

  const save = (entry: AuthorizationEntry) => {
    const entries = editing === 'add' || editing === null ? [...draft.entries, entry] : draft.entries.map((e, i) => (i === editing ? entry : e));
    onChange({ entries });
    setSelected(editing === 'add' || editing === null ? entries.length - 1 : editing);
    setEditing(null);
  };
  const remove = () => {
    if (current === null) return;
    onChange({ entries: draft.entries.filter((_, i) => i !== current) });
    setSelected(null);
  };

  return (
    <fieldset className="dlg-group" disabled={disabled}>
      <legend>{t('hyperVSettings.rep.storageGroup')}</legend>
      <p className="dlg-hint">{t('hyperVSettings.rep.storageText')}</p>
      <label className="hvs-check">
        <input type="radio" name={`${id}-mode`} checked={draft.allowAnyServer} onChange={() => onChange({ allowAnyServer: true })} />
        {t('hyperVSettings.rep.anyServer')}
      </label>
      <div className="hvs-indent">
        <label htmlFor={`${id}-location`} className="hvs-field-label">
          {t('hyperVSettings.rep.defaultLocation')}
        </label>
        <input
          id={`${id}-location`}
          className="dlg-input hvs-wide"
          disabled={disabled || !draft.allowAnyServer}
          value={draft.defaultStorageLocation}
          onChange={(e) => onChange({ defaultStorageLocation: e.target.value })}
        />
      </div>
      <label className="hvs-check">
        <input type="radio" name={`${id}-mode`} checked={!draft.allowAnyServer} onChange={() => onChange({ allowAnyServer: false })} />
        {t('hyperVSettings.rep.specifiedServers')}
      </label>
      <div className="hvs-indent">
        <table className="hvs-entries" aria-label={t('hyperVSettings.rep.entries')} aria-disabled={listOff}>
          <thead>
            <tr>
              <th scope="col">{t('hyperVSettings.rep.primaryServer')}</th>
              <th scope="col">{t('hyperVSettings.rep.storageLocation')}</th>
              <th scope="col">{t('hyperVSettings.rep.trustGroup')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.entries.map((e, i) => (
              <tr
                key={e.allowedPrimaryServer}
                aria-selected={i === current}
                className={i === current ? 'is-selected' : undefined}
                onClick={() => !listOff && setSelected(i)}
                onDoubleClick={() => !listOff && setEditing(i)}
              >
                <td>{e.allowedPrimaryServer}</td>
                <td>{e.storageLocation}</td>
                <td>{e.trustGroup}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {draft.entries.length === 0 && !listOff && <p className="dlg-hint">{t('hyperVSettings.rep.noEntries')}</p>}
        <div className="hvs-entry-buttons">
          <DialogButton disabled={listOff} onClick={() => setEditing('add')}>
            {t('hyperVSettings.rep.add')}
          </DialogButton>
          <DialogButton disabled={listOff || current === null} onClick={() => setEditing(current)}>
            {t('hyperVSettings.rep.edit')}
          </DialogButton>
          <DialogButton disabled={listOff || current === null} onClick={remove}>
            {t('button.remove')}
          </DialogButton>
        </div>
      </div>
      {editing !== null && (
        <AuthorizationEntryDialog
          host={host}
          entry={editing === 'add' ? null : (draft.entries[editing] ?? null)}
          others={draft.entries.filter((_, i) => i !== editing)}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
    </fieldset>
  );
}
