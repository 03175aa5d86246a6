import { useId } from 'react';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useT } from '../common/useT';

/** The Checkpoints pane of the selected VM (the engine has no checkpoints yet: Hyper-V's empty text). */
export function CheckpointsPane() {
  const t = useT();
  const headingId = useId();
  const vmKey = useUi((ui) => ui.selectedVm);
  const exists = useLab((lab) => vmKey !== null && vmKey in lab.vms);
  return (
    <section className="pane checkpoints-pane" aria-labelledby={headingId}>
      <h2 id={headingId} className="pane-header">
        {t('checkpoints.title')}
      </h2>
      <p className="pane-empty">{t(exists ? 'checkpoints.none' : 'checkpoints.noVm')}</p>
    </section>
  );
}
