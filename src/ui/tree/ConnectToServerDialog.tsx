import { Dialog } from 'radix-ui';
import { useId, useState, type FormEvent } from 'react';
import { labStore } from '../../store/labStore';
import { useT } from '../common/useT';
import { closeConnectToServer, useConnectDialogOpen } from './connectDialogStore';
import { connectToServer, localServer } from '../../store/serverList';
import './selectComputer.css';

/** "Select Computer", opened by Connect to Server… ({@link openConnectToServer}). */
export function ConnectToServerDialog() {
  const t = useT();
  const open = useConnectDialogOpen();
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && closeConnectToServer()}>
      <Dialog.Portal>
        <Dialog.Overlay className="selcomp-overlay" />
        <Dialog.Content className="selcomp" aria-describedby={undefined}>
          <Dialog.Title className="selcomp-title">{t('connect.title')}</Dialog.Title>
          <ConnectForm />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function ConnectForm() {
  const t = useT();
  const ids = { another: useId(), error: useId() };
  const [target, setTarget] = useState<'local' | 'another'>('local');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lab = labStore.getState();
    const typed = target === 'local' ? (localServer(lab) ?? '') : name;
    if (typed.trim() === '') {
      setError(t('connect.empty'));
      return;
    }
    if (connectToServer(typed, lab) === null) {
      setError(t('connect.unknown', { name: typed.trim() }));
      return;
    }
    closeConnectToServer();
  };

  return (
    <form className="selcomp-body" onSubmit={submit} noValidate>
      <fieldset className="selcomp-group">
        <legend>{t('connect.group')}</legend>
        <label className="selcomp-radio">
          <input type="radio" name="target" checked={target === 'local'} onChange={() => setTarget('local')} />
          {t('connect.local')}
        </label>
        <div className="selcomp-another">
          <label className="selcomp-radio">
            <input type="radio" name="target" checked={target === 'another'} onChange={() => setTarget('another')} />
            <span id={ids.another}>{t('connect.another')}</span>
          </label>
          <input
            type="text"
            className="selcomp-input"
            aria-labelledby={ids.another}
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : ids.error}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setTarget('another');
              setError(null);
            }}
          />
          <button type="button" className="selcomp-button" aria-disabled="true" title={t('connect.browseUnavailable')}>
            {t('connect.browse')}
          </button>
        </div>
      </fieldset>
      {error !== null && (
        <p id={ids.error} role="alert" className="selcomp-error">
          {error}
        </p>
      )}
      <div className="selcomp-buttons">
        <button type="submit" className="selcomp-button selcomp-button--default">
          {t('connect.ok')}
        </button>
        <Dialog.Close asChild>
          <button type="button" className="selcomp-button">
            {t('connect.cancel')}
          </button>
        </Dialog.Close>
      </div>
    </form>
  );
}
