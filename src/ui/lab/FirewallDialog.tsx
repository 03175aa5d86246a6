import { useState } from 'react';
import { actionEnv } from '../../actions/env';
import { formatError } from '../../i18n/messages/format';
import type { Host } from '../../protocol';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import type { DialogProps } from '../dialogs/DialogHost';
import { DialogButton, ModalDialog, PageError } from '../dialogs/ModalDialog';
import { HostMissing } from './labToolsHostMissing';
import './labTools.css';

const RULES = [
  { rule: 'HTTP', port: 80 },
  { rule: 'HTTPS', port: 443 },
] as const;

/**
 * The host's inbound listener rules, as Windows Defender Firewall lists them (hyperv-replica.md §1.5).
 * OK sends `Set-NetFirewallRule` for each rule whose box changed. The Enabled column is the host's rule as
 * the engine holds it: ticking a box changes only the box until OK.
 */
export default function FirewallDialog({ request, onClose }: DialogProps<'firewall'>) {
  const t = useDialogT();
  const host = useLab((lab) => lab.hosts[request.host]);
  const title = t('labTools.firewall.title', { host: request.host });
  if (!host) return <HostMissing title={title} host={request.host} onClose={onClose} />;
  return <Firewall host={host} title={title} onClose={onClose} />;
}

function Firewall({ host, title, onClose }: { host: Host; title: string; onClose: () => void }) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const [enabled, setEnabled] = useState(host.firewall);
  const [error, setError] = useState<string | null>(null);

  const ok = async () => {
    for (const { rule } of RULES) {
      if (enabled[rule] === host.firewall[rule]) continue;
      const result = await actionEnv().execute({ type: 'Set-NetFirewallRule', host: host.name, rule, enabled: enabled[rule] });
      if (!result.ok) return setError(formatError(locale, result.error));
    }
    onClose();
  };

  const footer = (
    <>
      <DialogButton onClick={() => void ok()}>{t('button.ok')}</DialogButton>
      <DialogButton onClick={onClose}>{t('button.cancel')}</DialogButton>
    </>
  );
  return (
    <ModalDialog title={title} onClose={onClose} className="modal--small lab-firewall" footer={footer}>
      <PageError message={error} label={t('dialog.pageError')} />
      <p className="dlg-hint">{t('labTools.firewall.text', { host: host.name })}</p>
      <table className="lab-table" aria-label={t('labTools.firewall.rules')}>
        <thead>
          <tr>
            <th scope="col">{t('labTools.firewall.name')}</th>
            <th scope="col">{t('labTools.firewall.group')}</th>
            <th scope="col">{t('labTools.firewall.port')}</th>
            <th scope="col">{t('labTools.firewall.enabled')}</th>
          </tr>
        </thead>
        <tbody>
          {RULES.map(({ rule, port }) => (
            <tr key={rule}>
              <td>
                <label className="lab-check">
                  <input type="checkbox" checked={enabled[rule]} onChange={(e) => setEnabled({ ...enabled, [rule]: e.target.checked })} />
                  {t(`labTools.firewall.rule.${rule}`)}
                </label>
              </td>
              <td>{t(`labTools.firewall.group.${rule}`)}</td>
              <td>{port}</td>
              {/* The rule's state on the host (the engine's): it changes once OK has sent the command. */}
              <td>{t(host.firewall[rule] ? 'labTools.firewall.yes' : 'labTools.firewall.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
