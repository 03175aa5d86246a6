import { useId } from 'react';
import { SPEEDS, isSpeed } from '../../protocol';
import { simControl } from '../../store/bridge';
import { useLab } from '../../store/labStore';
import { useT } from '../common/useT';

/** Paused / 1× / 10× / 60× / 600× / 3600×. */
export function SpeedSelect() {
  const t = useT();
  const id = useId();
  const speed = useLab((lab) => lab.speed);
  return (
    <div className="sim-speed">
      <label htmlFor={id} className="sim-label">
        {t('clock.speed')}
      </label>
      <select
        id={id}
        value={speed}
        onChange={(event) => {
          const next = Number(event.target.value);
          if (isSpeed(next)) simControl.setSpeed(next).catch(() => undefined);
        }}
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {t(`speed.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
