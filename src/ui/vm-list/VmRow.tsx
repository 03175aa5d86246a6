import { memo } from 'react';
import { useShallow } from 'zustand/shallow';
import { useLab } from '../../store/labStore';
import { selectVmRow } from '../../store/selectors/vmList';
import { useT } from '../common/useT';

/** One VM; subscribes to its own displayed fields, so other VMs' changes never re-render it. */
export const VmRow = memo(function VmRow({ vmKey }: { vmKey: string }) {
  const t = useT();
  const vm = useLab(useShallow((lab) => selectVmRow(lab, vmKey)));
  if (!vm) return null;
  const running = vm.state === 'Running';
  return (
    <tr aria-label={vm.name}>
      <th scope="row">{vm.name}</th>
      <td>{t(`vmState.${vm.state}`)}</td>
      <td className="num">{running ? t('unit.percent', { value: vm.cpuUsagePercent }) : ''}</td>
      <td className="num">{running ? t('unit.megabytes', { value: vm.memoryAssignedMB }) : ''}</td>
      <td>{t(`replicationState.${vm.replicationState}`)}</td>
      <td>
        <span className={`health health--${vm.replicationHealth}`}>{t(`replicationHealth.${vm.replicationHealth}`)}</span>
      </td>
      <td>{t(`replicationMode.${vm.replicationMode}`)}</td>
    </tr>
  );
});
