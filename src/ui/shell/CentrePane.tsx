import { useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useT } from '../common/useT';
import { HostUnavailable } from './HostUnavailable';
import { HostView } from './HostView';
import { RootIntro } from './RootIntro';

/** The centre pane: the introduction for the root, a host's panes, or why the host cannot be reached. */
export function CentrePane() {
  const t = useT();
  const ready = useLab((lab) => lab.status === 'ready');
  const host = useUi((ui) => ui.selectedHost);
  const known = useLab((lab) => host !== null && lab.hosts[host] !== undefined);
  const crashed = useLab((lab) => host !== null && lab.hosts[host]?.power === 'Crashed');
  if (!ready) {
    return (
      <p className="pane-empty" aria-busy="true">
        {t('app.loading')}
      </p>
    );
  }
  if (host === null || !known) return <RootIntro />;
  if (crashed) return <HostUnavailable host={host} />;
  return <HostView key={host} host={host} />;
}
