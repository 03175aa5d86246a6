import { useDialogT } from '../common/useDialogT';
import { CheckField, TextField } from './fields';
import type { Ipv4Draft, Ipv6Draft } from './vmDraft';

/** Failover TCP/IP (reference §6.6): the IPv4 and IPv6 schemes the guest takes on at failover. */
export function FailoverTcpIpPage({ ipv4, ipv6, onIpv4, onIpv6 }: { ipv4: Ipv4Draft; ipv6: Ipv6Draft; onIpv4: (patch: Partial<Ipv4Draft>) => void; onIpv6: (patch: Partial<Ipv6Draft>) => void }) {
  const t = useDialogT();
  const off4 = !ipv4.enabled;
  const off6 = !ipv6.enabled;
  return (
    <section aria-label={t('vmSettings.node.failoverTcpIp')}>
      <h3>{t('vmSettings.node.failoverTcpIp')}</h3>
      <p className="dlg-hint">{t('vmSettings.tcpip.intro')}</p>
      <fieldset className="dlg-group">
        <legend>{t('vmSettings.tcpip.ipv4Legend')}</legend>
        <CheckField label={t('vmSettings.tcpip.useIpv4')} checked={ipv4.enabled} onChange={(enabled) => onIpv4({ enabled })} />
        <TextField label={t('vmSettings.tcpip.ipv4Address')} value={ipv4.address} disabled={off4} onChange={(address) => onIpv4({ address })} />
        <TextField label={t('vmSettings.tcpip.subnetMask')} value={ipv4.subnetMask} disabled={off4} onChange={(subnetMask) => onIpv4({ subnetMask })} />
        <TextField label={t('vmSettings.tcpip.gateway')} value={ipv4.defaultGateway} disabled={off4} onChange={(defaultGateway) => onIpv4({ defaultGateway })} />
        <TextField label={t('vmSettings.tcpip.preferredDns')} value={ipv4.preferredDns} disabled={off4} onChange={(preferredDns) => onIpv4({ preferredDns })} />
        <TextField label={t('vmSettings.tcpip.alternateDns')} value={ipv4.alternateDns} disabled={off4} onChange={(alternateDns) => onIpv4({ alternateDns })} />
      </fieldset>
      <fieldset className="dlg-group">
        <legend>{t('vmSettings.tcpip.ipv6Legend')}</legend>
        <CheckField label={t('vmSettings.tcpip.useIpv6')} checked={ipv6.enabled} onChange={(enabled) => onIpv6({ enabled })} />
        <TextField label={t('vmSettings.tcpip.ipv6Address')} value={ipv6.address} disabled={off6} width={260} onChange={(address) => onIpv6({ address })} />
        <TextField label={t('vmSettings.tcpip.prefixLength')} value={ipv6.prefixLength} disabled={off6} width={60} onChange={(prefixLength) => onIpv6({ prefixLength })} />
        <TextField label={t('vmSettings.tcpip.ipv6Gateway')} value={ipv6.defaultGateway} disabled={off6} width={260} onChange={(defaultGateway) => onIpv6({ defaultGateway })} />
        <TextField label={t('vmSettings.tcpip.ipv6PreferredDns')} value={ipv6.preferredDns} disabled={off6} width={260} onChange={(preferredDns) => onIpv6({ preferredDns })} />
        <TextField label={t('vmSettings.tcpip.ipv6AlternateDns')} value={ipv6.alternateDns} disabled={off6} width={260} onChange={(alternateDns) => onIpv6({ alternateDns })} />
      </fieldset>
    </section>
  );
}
