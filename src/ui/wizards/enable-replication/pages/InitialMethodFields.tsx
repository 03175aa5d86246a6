import { useId, useState } from 'react';
import type { DialogTranslate } from '../../../../i18n/dialogs';
import type { InitialReplicationMethod } from '../../../../protocol';
import { useLab } from '../../../../store/labStore';
import { useUi } from '../../../../store/uiStore';
import { FIELD_PATTERNS, formatLongDate, fromLocaleFields, latestStart, toLocaleFields } from '../schedule';
import type { WizardFields } from '../wizardMachine';

type MethodFields = Pick<WizardFields, 'method' | 'exportPath' | 'startLater' | 'startAt'>;

interface Props {
  fields: MethodFields;
  set: (patch: Partial<MethodFields>) => void;
  t: DialogTranslate;
  /** Methods the user may pick (Start Replication keeps the one chosen when replication was enabled). */
  methods: readonly InitialReplicationMethod[];
}

const LABEL = { Network: 'enableWizard.initial.network', ExternalMedia: 'enableWizard.initial.media', ExistingVm: 'enableWizard.initial.existing' } as const;

/**
 * The "Initial Replication Method" and "Schedule Initial Replication" groups, shared by the wizard's
 * last choice page and by Start Replication. External media has no schedule (it exports at once).
 */
export function InitialMethodFields({ fields, set, t, methods }: Props) {
  const ids = { path: useId(), now: useId(), later: useId(), date: useId(), time: useId(), Network: useId(), ExternalMedia: useId(), ExistingVm: useId() };
  const startDate = useLab((lab) => lab.startDate);
  const now = useLab((lab) => lab.now);
  const locale = useUi((ui) => ui.locale);
  // The typed text, kept as typed (an unreadable date stays on screen for the page's error to point at);
  // written afresh from the start time when the console's language changes.
  const [typed, setTyped] = useState(() => ({ locale, ...shown(startDate, fields.startAt, locale) }));
  const when = typed.locale === locale ? typed : { locale, ...shown(startDate, fields.startAt, locale) };
  const type = (patch: Partial<{ date: string; time: string }>) => {
    const next = { ...when, ...patch };
    setTyped(next);
    set({ startAt: fromLocaleFields(startDate, next.date, next.time, locale) });
  };
  const media = fields.method === 'ExternalMedia';
  return (
    <>
      <fieldset className="dlg-group">
        <legend>{t('enableWizard.initial.method')}</legend>
        {(['Network', 'ExternalMedia', 'ExistingVm'] as const).map((m) => (
          <div key={m} className="ew-option">
            <input id={ids[m]} type="radio" name="ew-method" checked={fields.method === m} disabled={!methods.includes(m)} onChange={() => set({ method: m })} />
            <label htmlFor={ids[m]}>{t(LABEL[m])}</label>
            {m === 'ExternalMedia' && (
              <div className="ew-indent">
                <label htmlFor={ids.path} className="ew-block-label">
                  {t('enableWizard.initial.mediaPath')}
                </label>
                <input id={ids.path} className="dlg-input ew-wide" disabled={!media} value={fields.exportPath} onChange={(e) => set({ exportPath: e.target.value })} />
              </div>
            )}
            {m === 'ExistingVm' && <p className="ew-sub">{t('enableWizard.initial.existingHint')}</p>}
          </div>
        ))}
      </fieldset>
      <fieldset className="dlg-group" disabled={media}>
        <legend>{t('enableWizard.initial.schedule')}</legend>
        <div className="ew-option">
          <input id={ids.now} type="radio" name="ew-start" checked={!fields.startLater || media} onChange={() => set({ startLater: false })} />
          <label htmlFor={ids.now}>{t('enableWizard.initial.now')}</label>
        </div>
        <div className="ew-option ew-inline">
          <input id={ids.later} type="radio" name="ew-start" checked={fields.startLater && !media} onChange={() => set({ startLater: true })} />
          <label htmlFor={ids.later}>{t('enableWizard.initial.later')}</label>
          <input
            id={ids.date}
            className="dlg-input ew-date"
            aria-label={t('enableWizard.initial.date')}
            title={FIELD_PATTERNS[locale].date}
            placeholder={FIELD_PATTERNS[locale].date}
            disabled={!fields.startLater || media}
            value={when.date}
            onChange={(e) => type({ date: e.target.value })}
          />
          <input
            id={ids.time}
            className="dlg-input ew-time"
            aria-label={t('enableWizard.initial.time')}
            title={FIELD_PATTERNS[locale].time}
            placeholder={FIELD_PATTERNS[locale].time}
            disabled={!fields.startLater || media}
            value={when.time}
            onChange={(e) => type({ time: e.target.value })}
          />
        </div>
        <p className="ew-sub">{t('enableWizard.initial.upTo', { date: formatLongDate(startDate, latestStart(now), locale) })}</p>
      </fieldset>
    </>
  );
}

/** The fields of a start time (empty when the typed text was unreadable and the page is shown again). */
function shown(startDate: string, at: number, locale: 'en' | 'fr'): { date: string; time: string } {
  return Number.isNaN(at) ? { date: '', time: '' } : toLocaleFields(startDate, at, locale);
}
