/** The Planned Failover dialog's checklist, in the product's order (hyperv-replica.md §6.3). */
export const PREREQUISITES = ['vmOff', 'replicaState', 'reverseConfig'] as const;
export const ACTIONS = ['send', 'failover', 'reverse', 'startVm'] as const;

export type StepId = (typeof PREREQUISITES)[number] | (typeof ACTIONS)[number];
export type StepStatus = 'pending' | 'running' | 'done' | 'failed' | 'skipped';
export type StepStatuses = Record<StepId, StepStatus>;

/** Lines that only run when their checkbox is ticked. */
export function initialStatuses(options: { reverse: boolean; start: boolean }): StepStatuses {
  const skipIf = (skip: boolean): StepStatus => (skip ? 'skipped' : 'pending');
  return {
    vmOff: 'pending',
    replicaState: 'pending',
    reverseConfig: skipIf(!options.reverse),
    send: 'pending',
    failover: 'pending',
    reverse: skipIf(!options.reverse),
    startVm: skipIf(!options.start),
  };
}

/**
 * Which prerequisite line a refused dry run of `Start-VMFailover -Prepare` belongs to: the VM's power
 * state is the first line, anything else the Replica state check.
 */
export function failedPrerequisite(code: string | null): StepId {
  return code === 'NotPreparedForPlannedFailover' || code === 'InvalidVmState' ? 'vmOff' : 'replicaState';
}
