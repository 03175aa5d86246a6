import type { ReactNode } from 'react';
import type { DialogTranslate } from '../../i18n/dialogs';
import type { ReplicationHealth } from '../../protocol';
import { HealthValue } from '../details/HealthValue';
import { DialogButton, PageError } from '../dialogs/ModalDialog';
import type { HealthSection } from './healthCsv';

function Rows({ rows, health }: { rows: HealthSection['rows']; health?: { label: string; value: ReplicationHealth } }) {
  return (
    <dl className="rh-rows">
      {rows.map(([label, value]) => (
        <div key={label} className="rh-row">
          <dt>{label}</dt>
          <dd>{health && label === health.label ? <HealthValue health={health.value} /> : (value as ReactNode)}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface HealthPanelProps {
  label: string;
  sections: readonly HealthSection[];
  health: ReplicationHealth;
  error: string | null;
  onReset: () => void;
  onSaveAs: () => void;
  t: DialogTranslate;
}

/** One tab of Replication Health: the fields of one relationship, with its own Reset Statistics and Save As…. */
export function HealthPanel({ label, sections, health, error, onReset, onSaveAs, t }: HealthPanelProps) {
  const [top, ...groups] = sections;
  return (
    <div role="tabpanel" aria-label={label} className="rh-panel">
      {top && <Rows rows={top.rows} health={{ label: t('health.health'), value: health }} />}
      {groups.map((group) => (
        <fieldset key={group.heading} className="dlg-group">
          <legend>{group.heading}</legend>
          <Rows rows={group.rows} />
        </fieldset>
      ))}
      <div className="rh-panel__buttons">
        <DialogButton onClick={onReset}>{t('health.reset')}</DialogButton>
        <DialogButton onClick={onSaveAs}>{t('health.saveAs')}</DialogButton>
      </div>
      <PageError message={error} label={t('dialog.pageError')} />
    </div>
  );
}
