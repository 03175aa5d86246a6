import { useLab } from '../store/labStore';
import './app.css';
import { useT } from './common/useT';
import { LabNotices } from './lab/LabNotices';
import { SimControls } from './lab/SimControls';
import { HostList } from './vm-list/HostList';

/**
 * The page frame: heading, notices, simulation clock and the VMs of each host. Layout only; every
 * part subscribes to its own slice of the store.
 */
export function App() {
  const t = useT();
  const status = useLab((lab) => lab.status);
  const labId = useLab((lab) => lab.labId);
  return (
    <main className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        {status === 'ready' && <p className="lab-name">{t('lab.name', { lab: labId })}</p>}
      </header>
      <LabNotices />
      <SimControls />
      {status === 'ready' ? <HostList /> : <p aria-busy="true">{t('app.loading')}</p>}
    </main>
  );
}
