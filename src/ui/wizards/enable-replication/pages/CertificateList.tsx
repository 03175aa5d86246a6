import type { DialogTranslate } from '../../../../i18n/dialogs';
import type { Certificate } from '../../../../protocol';
import { useLab } from '../../../../store/labStore';
import { simulatedIso } from '../../../../store/selectors/labState';
import { useUi } from '../../../../store/uiStore';

interface Props {
  host: string;
  certificates: readonly Certificate[];
  selected: string | null;
  t: DialogTranslate;
  onPick: (thumbprint: string) => void;
}

/** "Select Certificate...": the primary host's certificates, expired ones too (the engine says why one is refused). */
export function CertificateList({ host, certificates, selected, t, onPick }: Props) {
  const startDate = useLab((lab) => lab.startDate);
  const locale = useUi((ui) => ui.locale);
  const date = (at: number) => new Date(simulatedIso(startDate, at)).toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-US', { timeZone: 'UTC' });
  return (
    <ul className="ew-list" role="listbox" aria-label={t('enableWizard.connection.certificates', { host })}>
      {certificates.map((c) => (
        <li
          key={c.thumbprint}
          role="option"
          tabIndex={0}
          aria-selected={c.thumbprint === selected}
          onClick={() => onPick(c.thumbprint)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' && e.key !== ' ') return;
            e.preventDefault();
            onPick(c.thumbprint);
          }}
        >
          {t('enableWizard.connection.expires', { subject: c.issuedTo, date: date(c.notAfter) })}
          <span className="ew-thumb">{c.thumbprint}</span>
        </li>
      ))}
    </ul>
  );
}
