import { memo, useId } from 'react';
import { useShallow } from 'zustand/shallow';
import type { UiKey } from '../../i18n/ui';
import { useLab } from '../../store/labStore';
import { selectHostVmKeys } from '../../store/selectors/vmList';
import { useT } from '../common/useT';
import { VmRow } from './VmRow';

/** Hyper-V Manager's column names, in display order. */
export const VM_COLUMNS: readonly UiKey[] = [
  'column.name',
  'column.state',
  'column.cpuUsage',
  'column.assignedMemory',
  'column.replicationState',
  'column.replicationHealth',
  'column.replicationMode',
];

/** One host: its name and the table of its virtual machines. */
export const HostVmTable = memo(function HostVmTable({ host }: { host: string }) {
  const t = useT();
  const headingId = useId();
  const keys = useLab(useShallow((lab) => selectHostVmKeys(lab, host)));
  return (
    <section aria-labelledby={headingId} className="host">
      <h2 id={headingId}>{host}</h2>
      {keys.length === 0 ? (
        <p className="empty">{t('vmList.empty')}</p>
      ) : (
        <table aria-label={t('vmList.tableLabel', { host })} className="vm-table">
          <thead>
            <tr>
              {VM_COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <VmRow key={key} vmKey={key} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
});
