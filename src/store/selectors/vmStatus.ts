import type { Job, Relationship, Vm } from '../../protocol';
import type { LabMirror } from '../labStore';

/**
 * The transient operation text of the grid's Status column (Hyper-V Manager shows long operations
 * there with their progress, e.g. "Sending Initial Replica (42%)").
 */
export type VmStatusKind = 'sendingInitialReplica' | 'resynchronizing';

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

/** The job running on `vm` as the primary of one of its relationships, if its state shows one. */
function runningJob(rel: Relationship | undefined, vm: Vm): Job | null {
  if (!rel?.job || rel.primaryVm !== vm.key) return null;
  if (rel.job.kind === 'InitialReplication' && rel.primaryState === 'InitialReplicationInProgress') return rel.job;
  if (rel.job.kind === 'Resynchronization' && rel.primaryState === 'Resynchronizing') return rel.job;
  return null; // paused or stopped: the job's times no longer describe its progress
}

/** What the Status column shows for `vmKey` (null: blank). */
export function selectVmStatus(lab: LabMirror, vmKey: string): VmStatus | null {
  const vm = lab.vms[vmKey];
  if (!vm) return null;
  for (const id of vm.relationships) {
    const job = runningJob(lab.relationships[id], vm);
    if (job) {
      return {
        kind: job.kind === 'InitialReplication' ? 'sendingInitialReplica' : 'resynchronizing',
        percent: jobPercent(job, lab.now),
      };
    }
  }
  return null;
}
