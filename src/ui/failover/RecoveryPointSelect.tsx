import { useId } from 'react';
import type { RecoveryPoint } from '../../protocol';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import { formatLabDateTime } from '../details/format';

/** Value of the "Latest Recovery Point" option (the engine's `recoveryPointId: null`). */
export const LATEST = '';

/**
 * The recovery point drop-down of the Failover and Test Failover dialogs: "Latest Recovery Point" first,
 * then the older points newest first, application-consistent ones marked (hyperv-replica.md §5.5).
 */
export function RecoveryPointSelect({ points, value, onChange, disabled }: { points: readonly RecoveryPoint[]; value: string; onChange: (id: string) => void; disabled?: boolean }) {
  const t = useDialogT();
  const id = useId();
  const locale = useUi((ui) => ui.locale);
  const startDate = useLab((lab) => lab.startDate);
  const older = [...points].sort((a, b) => b.time - a.time);
  return (
    <div className="failover-point">
      <div className="form-row">
        <label htmlFor={id}>{t('failover.point.label')}</label>
        <select id={id} className="dlg-select failover-point__select" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          <option value={LATEST}>{t('failover.point.latest')}</option>
          {older.map((p) => {
            const time = formatLabDateTime(locale, startDate, p.time);
            return (
              <option key={p.id} value={p.id}>
                {p.applicationConsistent ? t('failover.point.appConsistent', { time }) : time}
              </option>
            );
          })}
        </select>
      </div>
      {older.length === 0 && <p className="dlg-hint">{t('failover.point.none')}</p>}
    </div>
  );
}
