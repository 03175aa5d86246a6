import type { Job } from '../../protocol';
import { recordLookup, vmRelationships, type VmSide } from '../../query';
import type { LabMirror } from '../labStore';

/**
 * The transient operation text of the grid's Status column (Hyper-V Manager shows long operations
 * there with their progress, e.g. "Sending Initial Replica (42%)"). An initial copy by external media
 * shows its export on the primary and, once Import Initial Replica… runs, its import on the replica.
 */
export type VmStatusKind = 'sendingInitialReplica' | 'exportingInitialReplica' | 'importingInitialReplica' | 'resynchronizing' | 'movingStorage';

const KIND_OF_JOB: Record<Job['kind'], VmStatusKind> = {
  InitialReplication: 'sendingInitialReplica',
  Export: 'exportingInitialReplica',
  Import: 'importingInitialReplica',
  Resynchronization: 'resynchronizing',
};

export interface VmStatus {
  kind: VmStatusKind;
  /** Whole percent done, 0–99 while the job runs. */
  percent: number;
}

/**
 * Progress of `job` at simulated time `now`, as Hyper-V rounds it: whole percent, never 100 before the
 * job has ended (the row then loses its status).
 */
export function jobPercent(job: Pick<Job, 'startedAt' | 'endsAt'>, now: number): number {
  const span = job.endsAt - job.startedAt;
  if (!(span > 0)) return 0;
  const percent = Math.floor(((now - job.startedAt) / span) * 100);
  return Math.min(99, Math.max(0, percent));
}

/**
 * The job of one of `vm`'s relationships that runs on `vm`'s side, if the relationship's state shows it: the
 * copy, export and resynchronisation on the primary, the import on the replica.
 */
function runningJob({ rel, side }: VmSide): Job | null {
  const job = rel.job;
  if (!job) return null;
  if (job.kind === 'Import') return side === 'replica' ? job : null;
  if (side !== 'primary') return null;
  if ((job.kind === 'InitialReplication' || job.kind === 'Export') && rel.primaryState === 'InitialReplicationInProgress') return job;
  if (job.kind === 'Resynchronization' && rel.primaryState === 'Resynchronizing') return job;
  return null; // paused or stopped: the job's times no longer describe its progress
}

/** What the Status column shows for `vmKey` (null: blank). */
export function selectVmStatus(lab: LabMirror, vmKey: string): VmStatus | null {
  const vm = lab.vms[vmKey];
  if (!vm) return null;
  // Move… (Move-VMStorage): "Moving Storage (n%)", whatever the VM's replication does.
  if (vm.storageMove) return { kind: 'movingStorage', percent: jobPercent(vm.storageMove, lab.now) };
  if (vm.relationships.length === 0) return null;
  for (const part of vmRelationships(vm, recordLookup(lab.relationships))) {
    const job = runningJob(part);
    if (job) return { kind: KIND_OF_JOB[job.kind], percent: jobPercent(job, lab.now) };
  }
  return null;
}
