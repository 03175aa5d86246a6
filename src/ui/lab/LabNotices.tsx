import { noticeParams } from '../../store/labFileNotices';
import { useLab } from '../../store/labStore';
import { simulatedIso } from '../../store/selectors/labState';
import { useUi } from '../../store/uiStore';
import { useT } from '../common/useT';

/** Problems the user must see: bad URL parameters, an unknown lab, a stopped simulation. */
export function LabNotices() {
  const t = useT();
  const locale = useUi((ui) => ui.locale);
  const notices = useUi((ui) => ui.notices);
  const fault = useLab((lab) => lab.fault);
  const engineFault = useLab((lab) => lab.engineFault);
  const startDate = useLab((lab) => lab.startDate);
  if (notices.length === 0 && !fault && !engineFault) return null;
  const stoppedAt = (at: number) => {
    try {
      return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-US', { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' }).format(new Date(simulatedIso(startDate, at)));
    } catch {
      return `${startDate} + ${at} ms`; // never throw while drawing a notice
    }
  };
  return (
    <div role="alert" className="lab-notices">
      {notices.map((n, i) => (
        <p key={i}>{t(n.key, noticeParams(locale, n))}</p>
      ))}
      {engineFault && !fault && <p>{t('recovery.engineFault', { time: stoppedAt(engineFault.at), message: engineFault.message })}</p>}
      {fault && <p>{t('app.fault', { message: fault })}</p>}
    </div>
  );
}
