import { useId } from 'react';
import { useT } from '../common/useT';

/** A crashed host: Hyper-V Manager cannot connect to it. */
export function HostUnavailable({ host }: { host: string }) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="pane host-unavailable" aria-labelledby={headingId}>
      <h2 id={headingId} className="pane-header">
        {t('vmList.title')}
      </h2>
      <div className="host-error">
        <svg className="host-error-icon" width="32" height="32" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <circle cx="16" cy="16" r="15" fill="#c50f1f" />
          <path d="m10 10 12 12m0-12L10 22" stroke="#fff" strokeWidth="3" />
        </svg>
        <div>
          <p className="host-error-text">{t('host.connectError', { host })}</p>
          <p className="host-error-detail">{t('host.connectErrorDetail', { host })}</p>
        </div>
      </div>
    </section>
  );
}
