import type { DialogTranslate } from '../../i18n/dialogs';
import type { SettingsSection } from '../dialogs/SettingsFrame';

/** Pages of Hyper-V Settings in the real dialog's order (hyperv-manager-ui.md §1.9). */
export const SERVER_PAGES = ['vhds', 'vms', 'gpus', 'numa', 'liveMigrations', 'advancedFeatures', 'storageMigrations', 'esmPolicy', 'replication'] as const;
export const USER_PAGES = ['keyboard', 'mouseRelease', 'esm', 'resetCheckBoxes'] as const;
export type PageId = (typeof SERVER_PAGES)[number] | (typeof USER_PAGES)[number];

/** The default folder of the course's hosts: VMs and their disks live under C:\VM. */
export const DEFAULT_VM_FOLDER = 'C:\\VM';

/**
 * The Server / User tree with each node's grey caption. The replication one is the server's effective
 * state (`host.replicaServer.enabled` from the engine): it changes after OK / Apply, never while editing.
 */
export function settingsSections(t: DialogTranslate, replicaEnabled: boolean): SettingsSection[] {
  const node = (id: PageId, detail: string) => ({ id, label: t(`hyperVSettings.node.${id}`), detail });
  return [
    {
      heading: t('hyperVSettings.section.server'),
      nodes: [
        node('vhds', `${DEFAULT_VM_FOLDER}\\`),
        node('vms', `${DEFAULT_VM_FOLDER}\\`),
        node('gpus', t('hyperVSettings.detail.gpus')),
        node('numa', t('hyperVSettings.detail.numa')),
        { ...node('liveMigrations', t('hyperVSettings.detail.liveMigrations')), children: [node('advancedFeatures', t('hyperVSettings.detail.advancedFeatures'))] },
        node('storageMigrations', t('hyperVSettings.detail.storageMigrations')),
        node('esmPolicy', t('hyperVSettings.detail.esmPolicy')),
        node('replication', t(replicaEnabled ? 'hyperVSettings.detail.replicaEnabled' : 'hyperVSettings.detail.replicaDisabled')),
      ],
    },
    {
      heading: t('hyperVSettings.section.user'),
      nodes: [
        node('keyboard', t('hyperVSettings.detail.keyboard')),
        node('mouseRelease', t('hyperVSettings.detail.mouseRelease')),
        node('esm', t('hyperVSettings.detail.esm')),
        node('resetCheckBoxes', t('hyperVSettings.detail.resetCheckBoxes')),
      ],
    },
  ];
}
