import { useDialogT } from '../common/useDialogT';
import { ACTIONS, PREREQUISITES, type StepId, type StepStatus, type StepStatuses } from '../../flows';
import { ErrorGlyph, OkGlyph } from '../common/statusGlyphs';

/** Status icon of a checklist line: arrow while running, green check, red cross, grey dash when skipped. */
function StatusIcon({ status }: { status: StepStatus }) {
  if (status === 'pending') return <span className="pf-icon" aria-hidden="true" />;
  return (
    <svg className="pf-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {status === 'running' && <path d="M3 8h8M8 4.5 11.5 8 8 11.5" fill="none" stroke="#0063b1" strokeWidth="1.8" />}
      {status === 'done' && <OkGlyph />}
      {status === 'failed' && <ErrorGlyph />}
      {status === 'skipped' && <path d="M4 8h8" stroke="#8a8a8a" strokeWidth="1.6" />}
    </svg>
  );
}

function Line({ id, status }: { id: StepId; status: StepStatus }) {
  const t = useDialogT();
  return (
    <li className={`pf-line pf-line--${status}`} data-step={id}>
      <StatusIcon status={status} />
      <span className="pf-line__text">{t(`failover.planned.step.${id}`)}</span>
      <span className="pf-line__status">{t(`failover.planned.status.${status}`)}</span>
    </li>
  );
}

/** "Prerequisite check" and "Actions" with each line's status. */
export function PlannedChecklist({ statuses }: { statuses: StepStatuses }) {
  const t = useDialogT();
  return (
    <div className="pf-checklist" role="group" aria-label={t('failover.planned.steps')}>
      <h3 className="pf-heading">{t('failover.planned.prerequisites')}</h3>
      <ul className="pf-lines">
        {PREREQUISITES.map((id) => (
          <Line key={id} id={id} status={statuses[id]} />
        ))}
      </ul>
      <h3 className="pf-heading">{t('failover.planned.actions')}</h3>
      <ul className="pf-lines">
        {ACTIONS.map((id) => (
          <Line key={id} id={id} status={statuses[id]} />
        ))}
      </ul>
    </div>
  );
}
