import type { DialogKey } from '../../i18n/dialogs';
import type { Host } from '../../protocol';
import { useDialogT } from '../common/useDialogT';
import { DialogButton } from '../dialogs/ModalDialog';
import { DEFAULT_VM_FOLDER, type PageId } from './settingsTree';

const GIB = 1024 ** 3;

/** Read-only pages: a checkbox as the server has it (the lab does not simulate these features). */
const CHECKS: Partial<Record<PageId, { key: DialogKey; checked: boolean }>> = {
  numa: { key: 'hyperVSettings.numa.text', checked: true },
  liveMigrations: { key: 'hyperVSettings.liveMigrations.text', checked: false },
  advancedFeatures: { key: 'hyperVSettings.advancedFeatures.text', checked: true },
  esmPolicy: { key: 'hyperVSettings.esmPolicy.text', checked: false },
  esm: { key: 'hyperVSettings.esm.text', checked: true },
};

const TEXTS: Partial<Record<PageId, DialogKey>> = {
  gpus: 'hyperVSettings.gpus.text',
  keyboard: 'hyperVSettings.keyboard.text',
  mouseRelease: 'hyperVSettings.mouseRelease.text',
  resetCheckBoxes: 'hyperVSettings.reset.text',
};

function Volumes({ host }: { host: Host }) {
  const t = useDialogT();
  const gb = (bytes: number) => t('hyperVSettings.volume.gb', { value: Math.round(bytes / GIB) });
  return (
    <table className="hvs-table" aria-label={t('hyperVSettings.volumes')}>
      <thead>
        <tr>
          <th scope="col">{t('hyperVSettings.volume.drive')}</th>
          <th scope="col">{t('hyperVSettings.volume.capacity')}</th>
          <th scope="col">{t('hyperVSettings.volume.free')}</th>
        </tr>
      </thead>
      <tbody>
        {host.volumes.map((v) => (
          <tr key={v.drive}>
            <td>{v.drive}</td>
            <td>{gb(v.capacityBytes)}</td>
            <td>{gb(v.freeBytes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One of the pages other than Replication Configuration: a summary of the host, read-only. */
export function InfoPage({ page, host, vmCount }: { page: Exclude<PageId, 'replication'>; host: Host; vmCount: number }) {
  const t = useDialogT();
  const check = CHECKS[page];
  const text = TEXTS[page];
  const folder = page === 'vhds' || page === 'vms';
  return (
    <div className="hvs-page">
      <h3>{t(`hyperVSettings.node.${page}`)}</h3>
      {folder && (
        <>
          <p className="dlg-hint">{t(page === 'vhds' ? 'hyperVSettings.vhds.text' : 'hyperVSettings.vms.text')}</p>
          <input className="dlg-input hvs-wide" aria-label={t('hyperVSettings.folder')} value={`${DEFAULT_VM_FOLDER}\\`} readOnly />
        </>
      )}
      {page === 'vhds' && <Volumes host={host} />}
      {page === 'vms' && <p>{t('hyperVSettings.vms.count', { count: vmCount })}</p>}
      {page === 'storageMigrations' && (
        <div className="form-row">
          <label htmlFor="hvs-storage-migrations">{t('hyperVSettings.storageMigrations.text')}</label>
          <input id="hvs-storage-migrations" className="dlg-input hvs-port__input" value="2" readOnly />
        </div>
      )}
      {check && (
        <label className="hvs-check">
          <input type="checkbox" checked={check.checked} disabled readOnly />
          {t(check.key)}
        </label>
      )}
      {text && <p>{t(text)}</p>}
      {page === 'resetCheckBoxes' && <DialogButton disabled>{t('hyperVSettings.reset.button')}</DialogButton>}
      <p className="dlg-hint hvs-readonly">{t('hyperVSettings.readOnly')}</p>
    </div>
  );
}
