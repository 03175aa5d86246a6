import { useLab } from '../../store/labStore';
import { useT } from '../common/useT';
import { BehindIndicator } from '../lab/BehindIndicator';
import { SimClock } from '../lab/SimClock';

/** The status bar: the lab's name on the left, "behind real time" and the simulated clock on the right. */
export function StatusBar() {
  const t = useT();
  const labId = useLab((lab) => lab.labId);
  const ready = useLab((lab) => lab.status === 'ready');
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <span className="status-cell status-cell--product">{t('app.title')}</span>
      <span className="status-cell status-cell--grow">{ready ? t('lab.name', { lab: labId }) : t('app.loading')}</span>
      <BehindIndicator />
      <span className="status-cell">
        <SimClock />
      </span>
    </footer>
  );
}
