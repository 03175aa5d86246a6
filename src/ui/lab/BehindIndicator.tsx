import { useLab } from '../../store/labStore';
import { useT } from '../common/useT';

/** "Behind real time" while the worker caps the speed; a live region, so it is announced. */
export function BehindIndicator() {
  const t = useT();
  const behind = useLab((lab) => lab.behind);
  return (
    <span role="status" className={behind ? 'sim-behind' : 'sim-behind sim-behind--hidden'}>
      {behind ? t('clock.behind') : ''}
    </span>
  );
}
