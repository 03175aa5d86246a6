import { labStore, type LabStore } from '../../store/labStore';
import { selectHost, setShownHosts } from '../../store/uiStore';

/**
 * Each time a lab loads (a new `generation`), every host is shown again and the first one is selected, so
 * the console opens on a server as Hyper-V Manager does on the local computer.
 * @returns the unsubscribe function.
 */
export function followLabLoads(store: LabStore = labStore): () => void {
  let seen = -1;
  const apply = () => {
    const lab = store.getState();
    if (lab.status !== 'ready' || lab.generation === seen) return;
    seen = lab.generation;
    setShownHosts(null);
    selectHost(lab.hostNames[0] ?? null);
  };
  apply();
  return store.subscribe(apply);
}
