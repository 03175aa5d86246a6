import { useCallback } from 'react';
import { useUi } from '../../store/uiStore';
import { useT } from '../common/useT';
import { FieldList } from './FieldList';
import { formatInteger } from './format';
import { selectMemory } from './selectors';
import { useLabView } from './useLabView';

/** Memory tab: startup and assigned memory. */
export function MemoryTab({ vmKey }: { vmKey: string }) {
  const t = useT();
  const locale = useUi((ui) => ui.locale);
  const memory = useLabView(useCallback((lab) => selectMemory(lab, vmKey), [vmKey]));
  if (!memory) return null;
  const mb = (value: number) => t('details.megabytes', { value: formatInteger(locale, value) });
  return (
    <div className="details-columns">
      <FieldList
        fields={[
          { label: t('memory.startup'), value: mb(memory.startupMB) },
          { label: t('memory.assigned'), value: mb(memory.assignedMB) },
        ]}
      />
    </div>
  );
}
