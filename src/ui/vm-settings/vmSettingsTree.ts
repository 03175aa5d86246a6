import type { DialogTranslate } from '../../i18n/dialogs';
import type { Relationship, Vm } from '../../protocol';
import type { SettingsNode, SettingsSection } from '../dialogs/SettingsFrame';

/**
 * The Hardware / Management tree of "Settings for <VM> on <host>" (hyperv-manager-ui.md §1.8), with the
 * grey second lines Hyper-V shows. Failover TCP/IP and Replication appear once the VM is replicated;
 * Test Failover on a replica.
 */
export type PageId =
  | 'addHardware'
  | 'firmware'
  | 'security'
  | 'memory'
  | 'processor'
  | 'scsi'
  | `hardDrive:${number}`
  | 'networkAdapter'
  | 'acceleration'
  | 'failoverTcpIp'
  | 'testFailover'
  | 'advanced'
  | 'name'
  | 'integration'
  | 'checkpoints'
  | 'smartPaging'
  | 'autoStart'
  | 'autoStop'
  | 'replication'
  | 'authentication'
  | 'recoveryPoints'
  | 'resync'
  | 'replicationVhds';

export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('\\') + 1);
}

/** The folder the VM's files live in (the replica's sits under "Hyper-V Replica"). */
export function vmFolder(vm: Vm): string {
  const path = vm.disks[0]?.path ?? 'C:\\ProgramData\\Microsoft\\Windows\\Hyper-V\\';
  return path.slice(0, path.lastIndexOf('\\'));
}

export function settingsTree(t: DialogTranslate, vm: Vm, rel: Relationship | null, switchName: string | null): SettingsSection[] {
  const replicated = rel !== null;
  const isReplica = vm.replicationMode === 'Replica' || vm.replicationMode === 'ExtendedReplica';
  const adapterChildren: SettingsNode[] = [
    { id: 'acceleration', label: t('vmSettings.node.acceleration') },
    ...(replicated ? [{ id: 'failoverTcpIp', label: t('vmSettings.node.failoverTcpIp') }] : []),
    ...(isReplica ? [{ id: 'testFailover', label: t('vmSettings.node.testFailover') }] : []),
    { id: 'advanced', label: t('vmSettings.node.advanced') },
  ];
  const hardware: SettingsNode[] = [
    { id: 'addHardware', label: t('vmSettings.node.addHardware') },
    { id: 'firmware', label: t('vmSettings.node.firmware'), detail: t('vmSettings.detail.bootFromFile') },
    { id: 'security', label: t('vmSettings.node.security'), detail: t('vmSettings.detail.secureBoot') },
    { id: 'memory', label: t('vmSettings.node.memory'), detail: t('vmSettings.detail.memory', { mb: vm.memoryStartupMB }) },
    { id: 'processor', label: t('vmSettings.node.processor'), detail: t('vmSettings.detail.processor', { count: vm.processorCount }) },
    {
      id: 'scsi',
      label: t('vmSettings.node.scsi'),
      children: vm.disks.map((d, i) => ({ id: `hardDrive:${i}`, label: t('vmSettings.node.hardDrive'), detail: fileName(d.path) })),
    },
    // Hyper-V names the node by the device type, in the console's language, whatever the adapter's name.
    ...vm.adapters.slice(0, 1).map(() => ({
      id: 'networkAdapter',
      label: t('vmSettings.node.networkAdapter'),
      detail: switchName ?? t('vmSettings.detail.notConnected'),
      children: adapterChildren,
    })),
  ];
  const management: SettingsNode[] = [
    { id: 'name', label: t('vmSettings.node.name'), detail: vm.name },
    { id: 'integration', label: t('vmSettings.node.integration'), detail: t(vm.integrationServices ? 'vmSettings.detail.someServices' : 'vmSettings.detail.noServices') },
    { id: 'checkpoints', label: t('vmSettings.node.checkpoints'), detail: t('vmSettings.detail.production') },
    { id: 'smartPaging', label: t('vmSettings.node.smartPaging'), detail: vmFolder(vm) },
    { id: 'autoStart', label: t('vmSettings.node.autoStart'), detail: t('vmSettings.detail.restartIfRunning') },
    { id: 'autoStop', label: t('vmSettings.node.autoStop'), detail: t('vmSettings.detail.save') },
    ...(replicated
      ? [
          {
            id: 'replication',
            label: t('vmSettings.node.replication'),
            detail: t('vmSettings.detail.replicationOn'),
            children: [
              { id: 'authentication', label: t('vmSettings.node.authentication') },
              { id: 'recoveryPoints', label: t('vmSettings.node.recoveryPoints') },
              { id: 'resync', label: t('vmSettings.node.resync') },
              { id: 'replicationVhds', label: t('vmSettings.node.replicationVhds') },
            ],
          },
        ]
      : []),
  ];
  return [
    { heading: t('vmSettings.hardware'), nodes: hardware },
    { heading: t('vmSettings.management'), nodes: management },
  ];
}
