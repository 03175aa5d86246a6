import type { DialogTranslate } from '../../i18n/dialogs';
import type { Vm } from '../../protocol';
import { useDialogT } from '../common/useDialogT';
import { CheckField, InfoRow } from './fields';
import { fileName, vmFolder, type PageId } from './vmSettingsTree';

const GB = 1024 ** 3;

/**
 * The pages the lab does not simulate: each one summarises what the VM has, read-only, so no page is
 * ever empty (hyperv-manager-ui.md §1.8).
 */
export function InfoPage({ page, vm, heading }: { page: PageId; vm: Vm; heading: string }) {
  const t = useDialogT();
  return (
    <section aria-label={heading}>
      <h3>{heading}</h3>
      <p className="dlg-hint">{t('vmSettings.readOnly')}</p>
      <InfoBody page={page} vm={vm} t={t} />
    </section>
  );
}

function gb(t: DialogTranslate, bytes: number): string {
  return t('vmSettings.gb', { gb: Math.round((bytes / GB) * 10) / 10 });
}

function InfoBody({ page, vm, t }: { page: PageId; vm: Vm; t: DialogTranslate }) {
  if (page.startsWith('hardDrive:')) {
    const disk = vm.disks[Number(page.slice('hardDrive:'.length))];
    if (!disk) return null;
    return (
      <>
        <InfoRow label={t('vmSettings.disk.path')}>{disk.path}</InfoRow>
        <InfoRow label={t('vmSettings.disk.size')}>{gb(t, disk.maxBytes)}</InfoRow>
        <InfoRow label={t('vmSettings.disk.used')}>{gb(t, disk.usedBytes)}</InfoRow>
      </>
    );
  }
  switch (page) {
    case 'addHardware':
      return (
        <>
          <p>{t('vmSettings.addHardware.intro')}</p>
          <p>{t('vmSettings.addHardware.select')}</p>
          <ul className="vms-list" aria-label={t('vmSettings.node.addHardware')}>
            <li>{t('vmSettings.node.scsi')}</li>
            <li>{t('vmSettings.node.networkAdapter')}</li>
            <li>{t('vmSettings.addHardware.fibreChannel')}</li>
          </ul>
        </>
      );
    case 'firmware':
      return (
        <>
          <InfoRow label={t('vmSettings.firmware.bootOrder')}>{''}</InfoRow>
          <ul className="vms-list">
            {vm.disks.slice(0, 1).map((d) => (
              <li key={d.path}>{`${t('vmSettings.node.hardDrive')} — ${fileName(d.path)}`}</li>
            ))}
            {vm.adapters.map((a) => (
              <li key={a.name}>{a.name === 'Network Adapter' ? t('vmSettings.node.networkAdapter') : a.name}</li>
            ))}
          </ul>
        </>
      );
    case 'security':
      return (
        <>
          <CheckField label={t('vmSettings.security.secureBoot')} checked />
          <p>{t('vmSettings.security.template')}</p>
        </>
      );
    case 'memory':
      return (
        <>
          <InfoRow label={t('vmSettings.memory.startup')}>{t('vmSettings.detail.memory', { mb: vm.memoryStartupMB })}</InfoRow>
          <InfoRow label={t('vmSettings.memory.assigned')}>{t('vmSettings.detail.memory', { mb: vm.memoryAssignedMB })}</InfoRow>
        </>
      );
    case 'processor':
      return (
        <>
          <InfoRow label={t('vmSettings.processor.count')}>{vm.processorCount}</InfoRow>
          <InfoRow label={t('vmSettings.processor.usage')}>{`${vm.cpuUsagePercent} %`}</InfoRow>
        </>
      );
    case 'scsi':
      return (
        <>
          <p>{t('vmSettings.scsi.intro')}</p>
          <ul className="vms-list">
            {vm.disks.map((d) => (
              <li key={d.path}>{`${t('vmSettings.node.hardDrive')} — ${d.path}`}</li>
            ))}
          </ul>
        </>
      );
    case 'acceleration':
      return (
        <>
          <CheckField label={t('vmSettings.acceleration.vmq')} checked />
          <CheckField label={t('vmSettings.acceleration.ipsec')} checked />
        </>
      );
    case 'advanced':
      return (
        <>
          <InfoRow label={t('vmSettings.advanced.mac')}>{t('vmSettings.advanced.dynamic')}</InfoRow>
          <CheckField label={t('vmSettings.advanced.spoofing')} checked={false} />
        </>
      );
    case 'name':
      return <InfoRow label={t('vmSettings.name.label')}>{vm.name}</InfoRow>;
    case 'integration':
      return (
        <>
          <p>{t('vmSettings.integration.intro')}</p>
          {(['heartbeat', 'kvp', 'shutdown', 'timeSync', 'vss'] as const).map((s) => (
            <CheckField key={s} label={t(`vmSettings.integration.${s}`)} checked={vm.integrationServices && s !== 'vss'} />
          ))}
        </>
      );
    case 'checkpoints':
      return (
        <>
          <CheckField label={t('vmSettings.checkpoints.enable')} checked />
          <InfoRow label={t('vmSettings.checkpoints.type')}>{t('vmSettings.detail.production')}</InfoRow>
          <InfoRow label={t('vmSettings.location')}>{vmFolder(vm)}</InfoRow>
        </>
      );
    case 'smartPaging':
      return <InfoRow label={t('vmSettings.location')}>{vmFolder(vm)}</InfoRow>;
    case 'autoStart':
      return <InfoRow label={t('vmSettings.autoStart.label')}>{t('vmSettings.detail.restartIfRunning')}</InfoRow>;
    case 'autoStop':
      return <InfoRow label={t('vmSettings.autoStop.label')}>{t('vmSettings.detail.save')}</InfoRow>;
    default:
      return null;
  }
}
