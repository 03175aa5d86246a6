import { useCallback } from 'react';
import { useT } from '../common/useT';
import { selectAdapters } from './selectors';
import { useLabView } from './useLabView';

/** The name Hyper-V gives a new adapter; the French console shows it as « Carte réseau ». */
const DEFAULT_ADAPTER_NAME = 'Network Adapter';

/** Networking tab: one row per adapter (switch or "Not connected", IP addresses, status). */
export function NetworkingTab({ vmKey, vmName }: { vmKey: string; vmName: string }) {
  const t = useT();
  const adapters = useLabView(useCallback((lab) => selectAdapters(lab, vmKey), [vmKey]));
  if (!adapters) return null;
  if (adapters.length === 0) return <p className="details-empty">{t('network.none')}</p>;
  return (
    <table className="details-table" aria-label={t('network.tableLabel', { vm: vmName })}>
      <thead>
        <tr>
          <th scope="col">{t('network.adapter')}</th>
          <th scope="col">{t('network.connectedTo')}</th>
          <th scope="col">{t('network.ipAddresses')}</th>
          <th scope="col">{t('network.status')}</th>
        </tr>
      </thead>
      <tbody>
        {adapters.map((a, i) => (
          <tr key={i}>
            <th scope="row">{a.name === DEFAULT_ADAPTER_NAME ? t('network.defaultAdapterName') : a.name}</th>
            <td>{a.switchName ?? t('network.notConnected')}</td>
            <td>{a.ipAddresses.join(', ')}</td>
            <td>{a.status ? t(`network.status.${a.status}`) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
