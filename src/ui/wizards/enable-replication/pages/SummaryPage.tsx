import type { SummaryRow } from '../summary';
import type { PageProps } from './pageProps';

interface Props extends PageProps {
  rows: readonly SummaryRow[];
  /** Finish is running: "Enabling replication..." */
  progress: boolean;
}

/** "Completing the Enable Replication wizard": the settings about to be applied, then Finish. */
export function SummaryPage({ ctx, t, rows, progress }: Props) {
  return (
    <>
      <p className="dlg-hint">{t(`enableWizard.summary.intro.${ctx.mode}`, { vm: ctx.vm })}</p>
      <p>{t('enableWizard.summary.description')}</p>
      <table className="ew-summary">
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{t(r.label)}</th>
              <td>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="dlg-hint">{t(`enableWizard.summary.finish.${ctx.mode}`)}</p>
      {progress && (
        <p className="ew-progress" role="status">
          {t(`enableWizard.progress.${ctx.mode}`)}
        </p>
      )}
    </>
  );
}
