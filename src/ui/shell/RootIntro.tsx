import { useId } from 'react';
import { useLab } from '../../store/labStore';
import { useT } from '../common/useT';

/** What the centre shows for the "Hyper-V Manager" root. */
export function RootIntro() {
  const t = useT();
  const headingId = useId();
  const labId = useLab((lab) => lab.labId);
  return (
    <section className="pane root-intro" aria-labelledby={headingId}>
      <h2 id={headingId} className="pane-header">
        {t('intro.title')}
      </h2>
      <div className="root-intro-body">
        <h3>{t('intro.introduction')}</h3>
        <p>{t('intro.body')}</p>
        <h3>{t('intro.getStarted')}</h3>
        <p>{t('intro.servers')}</p>
        <p className="root-intro-lab">{t('intro.lab', { lab: labId })}</p>
      </div>
    </section>
  );
}
