import { useLab } from '../../store/labStore';
import { useT } from '../common/useT';
import { BehindIndicator } from '../lab/BehindIndicator';
import { SimClock } from '../lab/SimClock';

/** The preset labs (sim/labs/presets.ts PRESET_IDS, not imported so the simulator stays out of the UI bundle). */
const PRESETS = ['blank', 'active-passive', 'active-active', 'extended-chain', 'branch-office-wan', 'scale'] as const;
type Preset = (typeof PRESETS)[number];
const isPreset = (id: string): id is Preset => (PRESETS as readonly string[]).includes(id);

/** The status bar: the lab's name on the left, "behind real time" and the simulated clock on the right. */
export function StatusBar() {
  const t = useT();
  const labId = useLab((lab) => lab.labId);
  const ready = useLab((lab) => lab.status === 'ready');
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <span className="status-cell status-cell--product">{t('app.title')}</span>
      <span className="status-cell status-cell--grow">{ready ? t('lab.name', { lab: isPreset(labId) ? t(`lab.preset.${labId}`) : labId }) : t('app.loading')}</span>
      <BehindIndicator />
      <span className="status-cell">
        <SimClock />
      </span>
    </footer>
  );
}
