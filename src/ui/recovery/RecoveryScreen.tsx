import { useId, useState } from 'react';
import type { RecoveryActions } from '../../store/recovery';
import { useT } from '../common/useT';
import './recovery.css';

interface Props {
  error: Error;
  actions: RecoveryActions;
  /** The lab was replaced: bring the console back. */
  onRecovered: () => void;
}

type Status = { kind: 'working' } | { kind: 'failed'; message: string } | { kind: 'downloaded'; file: string };

/**
 * What the page shows instead of a blank window when the console faults while drawing: three ways on and
 * the error itself (collapsed), in the console's language. Drawn from the stores' plain state only, so a
 * fault in the console cannot fault it too.
 */
export function RecoveryScreen({ error, actions, onRecovered }: Props) {
  const t = useT();
  const id = useId();
  const [hasLastGood] = useState(() => actions.hasLastGood());
  const [status, setStatus] = useState<Status | null>(null);
  const busy = status?.kind === 'working';

  const replaceLab = async (load: () => Promise<void>) => {
    setStatus({ kind: 'working' });
    try {
      await load();
    } catch (err) {
      setStatus({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
      return;
    }
    onRecovered();
  };
  const download = async () => {
    setStatus({ kind: 'working' });
    try {
      setStatus({ kind: 'downloaded', file: await actions.downloadCurrent() });
    } catch (err) {
      setStatus({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const statusText =
    status?.kind === 'working'
      ? t('recovery.working')
      : status?.kind === 'failed'
        ? t('recovery.failed', { message: status.message })
        : status?.kind === 'downloaded'
          ? t('recovery.downloaded', { file: status.file })
          : '';
  const details = error.stack && error.stack.includes(error.message) ? error.stack : `${error.message}\n${error.stack ?? ''}`;

  return (
    <div className="recovery">
      <section className="recovery-panel" role="alert" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`} className="recovery-title">
          <span className="recovery-glyph" aria-hidden="true">
            !
          </span>
          {t('recovery.title')}
        </h1>
        <p className="recovery-text">{t('recovery.text')}</p>
        <ul className="recovery-choices">
          <li>
            <button type="button" className="recovery-button" disabled={busy} aria-describedby={`${id}-blank`} onClick={() => void replaceLab(() => actions.startBlank())}>
              {t('recovery.startBlank')}
            </button>
            <span id={`${id}-blank`} className="recovery-hint">
              {t('recovery.startBlank.hint')}
            </span>
          </li>
          <li>
            <button
              type="button"
              className="recovery-button"
              disabled={busy || !hasLastGood}
              aria-describedby={`${id}-last`}
              onClick={() => void replaceLab(() => actions.reloadLastGood())}
            >
              {t('recovery.reloadLastGood')}
            </button>
            <span id={`${id}-last`} className="recovery-hint">
              {hasLastGood ? t('recovery.reloadLastGood.hint') : t('recovery.reloadLastGood.none')}
            </span>
          </li>
          <li>
            <button type="button" className="recovery-button" disabled={busy} aria-describedby={`${id}-download`} onClick={() => void download()}>
              {t('recovery.download')}
            </button>
            <span id={`${id}-download`} className="recovery-hint">
              {t('recovery.download.hint')}
            </span>
          </li>
        </ul>
        <p role="status" className={status?.kind === 'failed' ? 'recovery-status recovery-status--failed' : 'recovery-status'}>
          {statusText}
        </p>
        <details className="recovery-details">
          <summary>{t('recovery.details')}</summary>
          <pre>{details}</pre>
        </details>
      </section>
    </div>
  );
}
