import { noticeParams } from '../../store/labFileNotices';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useT } from '../common/useT';

/** Problems the user must see: bad URL parameters, an unknown lab, a stopped simulation. */
export function LabNotices() {
  const t = useT();
  const locale = useUi((ui) => ui.locale);
  const notices = useUi((ui) => ui.notices);
  const fault = useLab((lab) => lab.fault);
  if (notices.length === 0 && !fault) return null;
  return (
    <div role="alert" className="lab-notices">
      {notices.map((n, i) => (
        <p key={i}>{t(n.key, noticeParams(locale, n))}</p>
      ))}
      {fault && <p>{t('app.fault', { message: fault })}</p>}
    </div>
  );
}
