import { useCallback } from 'react';
import { useUi } from '../../store/uiStore';
import { useT } from '../common/useT';
import { FieldList } from './FieldList';
import { formatInteger, formatUptime } from './format';
import { selectSummary } from './selectors';
import { useLabView } from './useLabView';

/** Summary tab: state, uptime, CPU, configuration version, heartbeat, integration services. */
export function SummaryTab({ vmKey }: { vmKey: string }) {
  const t = useT();
  const locale = useUi((ui) => ui.locale);
  const vm = useLabView(useCallback((lab) => selectSummary(lab, vmKey), [vmKey]));
  if (!vm) return null;
  return (
    <div className="details-columns">
      <FieldList
        fields={[
          { label: t('summary.state'), value: t(`vmState.${vm.state}`) },
          { label: t('summary.uptime'), value: vm.uptimeSeconds === null ? '' : formatUptime(vm.uptimeSeconds) },
          {
            label: t('summary.cpuUsage'),
            value: vm.cpuUsagePercent === null ? '' : t('details.percent', { value: formatInteger(locale, vm.cpuUsagePercent) }),
          },
          { label: t('summary.processors'), value: formatInteger(locale, vm.processorCount) },
          { label: t('summary.configurationVersion'), value: vm.configurationVersion },
        ]}
      />
      <FieldList
        fields={[
          { label: t('summary.clustered'), value: t('summary.no') },
          { label: t('summary.heartbeat'), value: vm.heartbeat ? t(`summary.heartbeat.${vm.heartbeat}`) : '' },
          {
            label: t('summary.integrationServices'),
            value: t(vm.integrationServices ? 'summary.integration.UpToDate' : 'summary.integration.NotDetected'),
          },
        ]}
      />
    </div>
  );
}
