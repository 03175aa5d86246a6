import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { closeDialog, useOpenDialog, type DialogKind, type DialogRequest } from '../../store/dialogStore';

/** What every dialog module default-exports: the dialog for its request, closing itself through `onClose`. */
export type DialogProps<K extends DialogKind> = { request: Extract<DialogRequest, { kind: K }>; onClose: () => void };

type DialogModules = { [K in DialogKind]: LazyExoticComponent<ComponentType<DialogProps<K>>> };

/** Wizards and settings load on first use (performance T11: they are not in the initial JS). */
const DIALOGS: DialogModules = {
  hyperVSettings: lazy(() => import('../settings/HyperVSettingsDialog')),
  firewall: lazy(() => import('../lab/FirewallDialog')),
  networkLinks: lazy(() => import('../lab/NetworkLinksDialog')),
  enableReplication: lazy(() => import('../wizards/enable-replication/EnableReplicationWizard')),
  startReplication: lazy(() => import('../wizards/enable-replication/StartReplicationDialog')),
  importInitialReplica: lazy(() => import('../wizards/enable-replication/ImportInitialReplicaDialog')),
  exportVm: lazy(() => import('../wizards/export-import/ExportVmDialog')),
  importVm: lazy(() => import('../wizards/export-import/ImportVmWizard')),
  vmSettings: lazy(() => import('../vm-settings/VmSettingsDialog')),
  move: lazy(() => import('../wizards/move/MoveWizard')),
  testFailover: lazy(() => import('../failover/TestFailoverDialog')),
  plannedFailover: lazy(() => import('../failover/PlannedFailoverDialog')),
  failover: lazy(() => import('../failover/FailoverDialog')),
  replicationHealth: lazy(() => import('../replication-health/ReplicationHealthDialog')),
  eventViewer: lazy(() => import('../event-viewer/EventViewerDialog')),
};

/** Shows the open dialog, if any. Mount once; a new request mounts a fresh dialog (fresh state). */
export function DialogHost() {
  const request = useOpenDialog();
  if (!request) return null;
  const Dialog = DIALOGS[request.kind] as LazyExoticComponent<ComponentType<{ request: DialogRequest; onClose: () => void }>>;
  return (
    <Suspense fallback={null}>
      <Dialog key={JSON.stringify(request)} request={request} onClose={closeDialog} />
    </Suspense>
  );
}
