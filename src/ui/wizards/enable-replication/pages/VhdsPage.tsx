import { useId } from 'react';
import { useVm } from '../useVm';
import type { PageProps } from './pageProps';

/** "Choose Replication VHDs": one check box per VHD, all ticked; the engine refuses clearing them all. */
export function VhdsPage({ fields, set, ctx, t }: PageProps) {
  const listId = useId();
  const disks = useVm(ctx.host, ctx.vm)?.disks ?? [];
  const toggle = (path: string, replicate: boolean) =>
    set({ excluded: replicate ? fields.excluded.filter((p) => p !== path) : [...fields.excluded, path] });
  return (
    <>
      <p className="dlg-hint">{t('enableWizard.vhds.intro')}</p>
      <p id={listId}>{t('enableWizard.vhds.list')}</p>
      <ul className="ew-checklist" aria-labelledby={listId}>
        {disks.map((d) => (
          <li key={d.path}>
            <label>
              <input type="checkbox" checked={!fields.excluded.includes(d.path)} onChange={(e) => toggle(d.path, e.target.checked)} />
              {d.path}
            </label>
          </li>
        ))}
      </ul>
    </>
  );
}
