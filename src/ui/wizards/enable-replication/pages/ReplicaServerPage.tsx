import { useId, useState } from 'react';
import { useLab } from '../../../../store/labStore';
import { DialogButton } from '../../../dialogs/ModalDialog';
import type { PageProps } from './pageProps';

/** "Specify Replica Server": a name (NetBIOS or FQDN) and Browse... listing the lab's Hyper-V hosts. */
export function ReplicaServerPage({ fields, set, ctx, t }: PageProps) {
  const id = useId();
  const listId = useId();
  const [browsing, setBrowsing] = useState(false);
  const hostNames = useLab((lab) => lab.hostNames);
  const hosts = useLab((lab) => lab.hosts);
  const others = hostNames.filter((name) => name !== ctx.host).map((name) => ({ name, fqdn: hosts[name]?.fqdn ?? name }));
  return (
    <>
      <p className="dlg-hint">{t('enableWizard.server.intro')}</p>
      <div className="form-row">
        <label htmlFor={id}>{t('enableWizard.server.label')}</label>
        <input id={id} className="dlg-input ew-wide" value={fields.server} onChange={(e) => set({ server: e.target.value })} autoComplete="off" autoFocus />
        <DialogButton aria-expanded={browsing} aria-controls={listId} onClick={() => setBrowsing((b) => !b)}>
          {t('enableWizard.server.browse')}
        </DialogButton>
      </div>
      {browsing && (
        <ul id={listId} className="ew-list" role="listbox" aria-label={t('enableWizard.server.pick')}>
          {others.map((h) => (
            <li
              key={h.name}
              role="option"
              tabIndex={0}
              aria-selected={fields.server === h.fqdn}
              onClick={() => {
                set({ server: h.fqdn });
                setBrowsing(false);
              }}
              onKeyDown={(e) => {
                if (e.key !== 'Enter' && e.key !== ' ') return;
                e.preventDefault();
                set({ server: h.fqdn });
                setBrowsing(false);
              }}
            >
              {h.fqdn}
            </li>
          ))}
        </ul>
      )}
      <p className="dlg-hint">{t('enableWizard.server.hint')}</p>
    </>
  );
}
