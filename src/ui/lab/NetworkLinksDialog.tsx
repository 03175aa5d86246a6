import { useMemo, useState } from 'react';
import { actionEnv } from '../../actions/env';
import { formatError } from '../../i18n/messages/format';
import type { Link } from '../../protocol';
import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import type { DialogProps } from '../dialogs/DialogHost';
import { DialogButton, ModalDialog, PageError } from '../dialogs/ModalDialog';
import { linkCommands, linkDraft, type LinkDraft, type LinkProblem } from './labToolsLinks';
import './labTools.css';

const FIELDS = [
  { field: 'bandwidth', label: 'labTools.links.bandwidthFor' },
  { field: 'latency', label: 'labTools.links.latencyFor' },
] as const;

/**
 * The lab's links between sites: up/down, bandwidth and latency. OK sends `Lab-SetLink` for each changed
 * link; a bad number shows an error here and sends nothing.
 */
export default function NetworkLinksDialog({ onClose }: DialogProps<'networkLinks'>) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const linkMap = useLab((lab) => lab.links);
  const links = useMemo(() => Object.values(linkMap), [linkMap]);
  const [drafts, setDrafts] = useState<Record<string, LinkDraft>>(() => Object.fromEntries(links.map((l) => [l.id, linkDraft(l)])));
  const [problem, setProblem] = useState<LinkProblem | null>(null);
  const [error, setError] = useState<string | null>(null);

  const edit = (id: string, patch: Partial<LinkDraft>) => setDrafts((d) => ({ ...d, [id]: { ...(d[id] as LinkDraft), ...patch } }));

  const ok = async () => {
    const plan = linkCommands(links, drafts);
    if (!plan.ok) {
      setProblem(plan.problem);
      const key = plan.problem.field === 'bandwidth' ? 'labTools.links.badBandwidth' : 'labTools.links.badLatency';
      return setError(t(key, { link: plan.problem.link, value: plan.problem.value }));
    }
    for (const command of plan.commands) {
      const result = await actionEnv().execute(command);
      if (!result.ok) return setError(formatError(locale, result.error));
    }
    onClose();
  };

  const sites = (l: Link) => (l.siteA === l.siteB ? t('labTools.links.lan', { site: l.siteA }) : `${l.siteA} ↔ ${l.siteB}`);
  const invalid = (id: string, field: LinkProblem['field']) => problem?.link === id && problem.field === field;
  const footer = (
    <>
      <DialogButton onClick={() => void ok()}>{t('button.ok')}</DialogButton>
      <DialogButton onClick={onClose}>{t('button.cancel')}</DialogButton>
    </>
  );
  return (
    <ModalDialog title={t('labTools.links.title')} onClose={onClose} className="modal--small lab-links" footer={footer}>
      <PageError message={error} label={t('dialog.pageError')} />
      <p className="dlg-hint">{t('labTools.links.text')}</p>
      {links.length === 0 && <p>{t('labTools.links.none')}</p>}
      <table className="lab-table" aria-label={t('labTools.links.title')}>
        <thead>
          <tr>
            <th scope="col">{t('labTools.links.link')}</th>
            <th scope="col">{t('labTools.links.sites')}</th>
            <th scope="col">{t('labTools.links.up')}</th>
            <th scope="col">{t('labTools.links.bandwidth')}</th>
            <th scope="col">{t('labTools.links.latency')}</th>
          </tr>
        </thead>
        <tbody>
          {links.map((l) => {
            const d = drafts[l.id] ?? linkDraft(l);
            return (
              <tr key={l.id}>
                <td>{l.id}</td>
                <td>{sites(l)}</td>
                <td>
                  <input type="checkbox" aria-label={t('labTools.links.upFor', { link: l.id })} checked={d.up} onChange={(e) => edit(l.id, { up: e.target.checked })} />
                </td>
                {FIELDS.map(({ field, label }) => (
                  <td key={field}>
                    <input
                      className="dlg-input lab-number"
                      aria-label={t(label, { link: l.id })}
                      aria-invalid={invalid(l.id, field)}
                      value={d[field]}
                      onChange={(e) => edit(l.id, { [field]: e.target.value })}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ModalDialog>
  );
}
