import type { ReplicationHealth } from '../../protocol';
import { useT } from '../common/useT';
import { ErrorGlyph, OkGlyph } from '../common/statusGlyphs';

/** Replication health: a coloured icon plus the word (colour is never the only cue). */
export function HealthValue({ health }: { health: ReplicationHealth }) {
  const t = useT();
  return (
    <span className={`health-value health-value--${health}`}>
      <HealthIcon health={health} />
      {t(`replicationHealth.${health}`)}
    </span>
  );
}

function HealthIcon({ health }: { health: ReplicationHealth }) {
  if (health === 'NotApplicable') return null;
  return (
    <svg className="details-health-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {health === 'Normal' && <OkGlyph />}
      {health === 'Warning' && (
        <>
          <path d="M8 1.2 15.2 14.5H.8Z" fill="#f2c811" stroke="#9d7a00" strokeWidth=".8" />
          <path d="M8 5.5v4.5M8 11.3v1.4" stroke="#1b1b1b" strokeWidth="1.6" />
        </>
      )}
      {health === 'Critical' && <ErrorGlyph />}
    </svg>
  );
}
