import { useId, useMemo } from 'react';
import { useLab } from '../../store/labStore';
import { simulatedIso } from '../../store/selectors/labState';
import { useUi } from '../../store/uiStore';
import { useT } from '../common/useT';

/** Simulated date and time (lab time zone: UTC), and "Stopped (engine error)" after an engine fault. Subscribes to `now` and the fault. */
export function SimClock() {
  const t = useT();
  const labelId = useId();
  const locale = useUi((ui) => ui.locale);
  const now = useLab((lab) => lab.now);
  const startDate = useLab((lab) => lab.startDate);
  const stopped = useLab((lab) => lab.engineFault !== null);
  const format = useMemo(
    () =>
      new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-US', {
        weekday: 'short',
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        timeZone: 'UTC',
        timeZoneName: 'short',
      }),
    [locale],
  );
  const iso = simulatedIso(startDate, now);
  return (
    <div className="sim-clock">
      <span id={labelId} className="sim-label">
        {t('clock.time')}
      </span>
      {/* role=timer: not announced on every tick (an <output> would be a polite live region). */}
      <span role="timer" aria-labelledby={labelId} className="sim-time">
        <time dateTime={iso}>{format.format(new Date(iso))}</time>
      </span>
      {stopped && (
        <span role="status" className="sim-stopped">
          {t('recovery.clockStopped')}
        </span>
      )}
    </div>
  );
}
