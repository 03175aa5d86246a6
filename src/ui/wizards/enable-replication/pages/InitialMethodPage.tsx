import { useUi } from '../../../../store/uiStore';
import { formatSize } from '../schedule';
import { useVm } from '../useVm';
import { InitialMethodFields } from './InitialMethodFields';
import type { PageProps } from './pageProps';

const ALL_METHODS = ['Network', 'ExternalMedia', 'ExistingVm'] as const;

/** "Choose Initial Replication Method": the copy's size (the selected VHDs' used space), method and schedule. */
export function InitialMethodPage({ fields, set, ctx, t }: PageProps) {
  const locale = useUi((ui) => ui.locale);
  const vm = useVm(ctx.host, ctx.vm);
  const bytes = vm?.disks.filter((d) => !fields.excluded.includes(d.path)).reduce((sum, d) => sum + d.usedBytes, 0) ?? 0;
  return (
    <>
      <p>
        {t('enableWizard.initial.size')} <strong>{formatSize(bytes, locale)}</strong>
      </p>
      <InitialMethodFields fields={fields} set={set} t={t} methods={ALL_METHODS} />
    </>
  );
}
