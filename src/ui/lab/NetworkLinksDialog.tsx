import { useEffect, useMemo, useRef, useState } from 'react';
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

/** A typed value as quoted in a message: 400 nines would not fit a dialog. */
function shortValue(value: string): string {
  return value.length > 24 ? `${value.slice(0, 20)}…` : value;
}

/** A site's display name: the presets' id 'Siege' is the French word « Siège » (ids stay unaccented). */
function siteName(site: string): string {
  return site === 'Siege' ? 'Siège' : site;
}

/**
 * The lab's links between sites: up/down, bandwidth and latency. OK checks every row first and sends
 * `Lab-SetLink` for each changed link only when all are valid; otherwise each bad field is marked (with its
 * message) and nothing at all is sent.
 */
export default function NetworkLinksDialog({ onClose }: DialogProps<'networkLinks'>) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const linkMap = useLab((lab) => lab.links);
  const links = useMemo(() => Object.values(linkMap), [linkMap]);
  const [drafts, setDrafts] = useState<Record<string, LinkDraft>>(() => Object.fromEntries(links.map((l) => [l.id, linkDraft(l)])));
  const [problems, setProblems] = useState<readonly LinkProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  /** Counts refused OKs: each one moves the focus to the first bad field. */
  const [refusals, setRefusals] = useState(0);
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (refusals > 0) tableRef.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }, [refusals]);

  const edit = (id: string, patch: Partial<LinkDraft>) => {
    setDrafts((d) => ({ ...d, [id]: { ...(d[id] as LinkDraft), ...patch } }));
    // A field being corrected is no longer marked; the message stays until the next OK.
    setProblems((ps) => ps.filter((p) => p.link !== id || !(p.field in patch)));
  };
  const message = (p: LinkProblem) =>
    t(p.field === 'bandwidth' ? 'labTools.links.badBandwidth' : 'labTools.links.badLatency', { link: p.link, value: shortValue(p.value) });

  const ok = async () => {
    const plan = linkCommands(links, drafts);
    if (!plan.ok) {
      // Nothing is sent: the whole batch is checked before the first command.
      setProblems(plan.problems);
      setRefusals((n) => n + 1);
      return setError(plan.problems.map(message).join(' '));
    }
    setProblems([]);
    for (const command of plan.commands) {
      const result = await actionEnv().execute(command);
      if (!result.ok) return setError(formatError(locale, result.error));
    }
    onClose();
  };

  const sites = (l: Link) =>
    l.siteA === l.siteB ? t('labTools.links.lan', { site: siteName(l.siteA) }) : `${siteName(l.siteA)} ↔ ${siteName(l.siteB)}`;
  const problemOf = (id: string, field: LinkProblem['field']) => problems.find((p) => p.link === id && p.field === field);
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
      <table ref={tableRef} className="lab-table" aria-label={t('labTools.links.title')}>
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
                {FIELDS.map(({ field, label }) => {
                  const problem = problemOf(l.id, field);
                  return (
                    <td key={field}>
                      <input
                        className="dlg-input lab-number"
                        aria-label={t(label, { link: l.id })}
                        aria-invalid={problem !== undefined}
                        title={problem ? message(problem) : undefined}
                        value={d[field]}
                        onChange={(e) => edit(l.id, { [field]: e.target.value })}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ModalDialog>
  );
}
