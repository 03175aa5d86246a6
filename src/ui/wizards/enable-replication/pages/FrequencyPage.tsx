import { useId } from 'react';
import { frequencyChoices, type Frequency } from '../wizardMachine';
import type { PageProps } from './pageProps';

/** "Configure Replication Frequency": 30 seconds / 5 minutes / 15 minutes (extended: 5 or 15 minutes). */
export function FrequencyPage({ fields, set, ctx, t }: PageProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="ew-block-label">
        {t('enableWizard.frequency.label')}
      </label>
      <select id={id} className="dlg-select ew-freq" value={fields.frequencySec} onChange={(e) => set({ frequencySec: Number(e.target.value) as Frequency })}>
        {frequencyChoices(ctx.mode).map((f) => (
          <option key={f} value={f}>
            {t(`enableWizard.frequency.${f}`)}
          </option>
        ))}
      </select>
      {ctx.mode === 'extend' && <p className="dlg-hint">{t('enableWizard.frequency.extendHint')}</p>}
    </>
  );
}
