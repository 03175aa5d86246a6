import { useT } from '../common/useT';
import { BehindIndicator } from './BehindIndicator';
import { SimClock } from './SimClock';
import { SpeedSelect } from './SpeedSelect';

export function SimControls() {
  const t = useT();
  return (
    <section aria-label={t('clock.region')} className="sim-controls">
      <SimClock />
      <SpeedSelect />
      <BehindIndicator />
    </section>
  );
}
