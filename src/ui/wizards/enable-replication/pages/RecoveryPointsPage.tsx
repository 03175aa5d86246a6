import { useId } from 'react';
import type { PageProps } from './pageProps';

/**
 * "Configure Additional Recovery Points": latest only, or hourly points kept for 1–24 hours with an
 * optional VSS (application-consistent) snapshot every 1–12 hours. Extended replication has no VSS.
 */
export function RecoveryPointsPage({ fields, set, ctx, t }: PageProps) {
  const ids = { latest: useId(), additional: useId(), coverage: useId(), vss: useId(), vssHours: useId() };
  const vssAllowed = ctx.mode !== 'extend';
  return (
    <>
      <p className="dlg-hint">{t('enableWizard.points.intro')}</p>
      <div className="ew-option">
        <input id={ids.latest} type="radio" name="ew-points" checked={!fields.additional} onChange={() => set({ additional: false })} />
        <label htmlFor={ids.latest}>{t('enableWizard.points.latest')}</label>
      </div>
      <div className="ew-option">
        <input id={ids.additional} type="radio" name="ew-points" checked={fields.additional} onChange={() => set({ additional: true })} />
        <label htmlFor={ids.additional}>{t('enableWizard.points.additional')}</label>
      </div>
      <div className="ew-indent">
        <div className="form-row">
          <label htmlFor={ids.coverage} className="ew-long-label">
            {t('enableWizard.points.coverage')}
          </label>
          <input id={ids.coverage} className="dlg-input ew-num" type="number" min={1} max={24} disabled={!fields.additional} value={fields.coverageHours} onChange={(e) => set({ coverageHours: e.target.value })} />
        </div>
        <div className="form-row">
          <input id={ids.vss} type="checkbox" disabled={!fields.additional || !vssAllowed} checked={fields.vssEnabled && vssAllowed} onChange={(e) => set({ vssEnabled: e.target.checked })} />
          <label htmlFor={ids.vss} className="ew-long-label">
            {t('enableWizard.points.vss')}
          </label>
          <input
            id={ids.vssHours}
            aria-label={t('enableWizard.points.vss')}
            className="dlg-input ew-num"
            type="number"
            min={1}
            max={12}
            disabled={!fields.additional || !fields.vssEnabled || !vssAllowed}
            value={fields.vssHours}
            onChange={(e) => set({ vssHours: e.target.value })}
          />
        </div>
        <p className="ew-sub">{t('enableWizard.points.vssNote')}</p>
      </div>
    </>
  );
}
