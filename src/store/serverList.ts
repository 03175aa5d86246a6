import { labStore, type LabMirror } from './labStore';
import { selectHost, setShownHosts, uiStore } from './uiStore';

/**
 * The servers of the console tree. Hyper-V Manager lists the servers it is connected to; in the lab, every
 * host starts connected (`shownHosts` null), "Connect to Server…" adds one back and "Remove Server" drops one.
 * The pure helpers take the lab and the list; `connectToServer` and `removeServer` only update the UI store.
 */

/** Hosts in the tree, in the lab's order: all of them, or those listed in `shown` that still exist. */
export function visibleHosts(hostNames: readonly string[], shown: readonly string[] | null): readonly string[] {
  if (shown === null) return hostNames;
  return hostNames.filter((h) => shown.includes(h));
}

/** The lab host a typed name designates: its name or FQDN, any case, surrounding spaces ignored. */
export function resolveServerName(lab: Pick<LabMirror, 'hosts' | 'hostNames'>, typed: string): string | null {
  const wanted = typed.trim().toLowerCase();
  if (wanted === '') return null;
  return lab.hostNames.find((h) => h.toLowerCase() === wanted || lab.hosts[h]?.fqdn.toLowerCase() === wanted) ?? null;
}

/** "Local computer": the console runs on the lab's first host. */
export function localServer(lab: Pick<LabMirror, 'hostNames'>): string | null {
  return lab.hostNames[0] ?? null;
}

/** Hosts of the lab not in the tree (what Connect to Server… can add). */
export function hiddenHosts(hostNames: readonly string[], shown: readonly string[] | null): readonly string[] {
  const visible = visibleHosts(hostNames, shown);
  return hostNames.filter((h) => !visible.includes(h));
}

/**
 * Connect to Server…: shows `hostName` (name or FQDN) in the tree and selects it.
 * @returns the host's name, or null when the lab has no such host (nothing changes).
 */
export function connectToServer(hostName: string, lab: LabMirror = labStore.getState()): string | null {
  const host = resolveServerName(lab, hostName);
  if (host === null) return null;
  const shown = visibleHosts(lab.hostNames, uiStore.getState().shownHosts);
  if (!shown.includes(host)) {
    const next = lab.hostNames.filter((h) => h === host || shown.includes(h));
    setShownHosts(next.length === lab.hostNames.length ? null : next);
  }
  selectHost(host);
  return host;
}

/** Remove Server: drops `hostName` from the tree; the root is selected if it was the selected server. */
export function removeServer(hostName: string, lab: LabMirror = labStore.getState()): void {
  const shown = visibleHosts(lab.hostNames, uiStore.getState().shownHosts);
  if (!shown.includes(hostName)) return;
  setShownHosts(shown.filter((h) => h !== hostName));
  if (uiStore.getState().selectedHost === hostName) selectHost(null);
}
