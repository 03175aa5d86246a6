import type { Command, SimError, SimErrorCode } from '../protocol';
import { getVMReplication, type LabReader } from '../query';
import type { FlowPort } from './port';

/** The Planned Failover dialog's checklist, in the product's order (hyperv-replica.md §6.3). */
export const PREREQUISITES = ['vmOff', 'replicaState', 'reverseConfig'] as const;
export const ACTIONS = ['send', 'failover', 'reverse', 'startVm'] as const;

export type StepId = (typeof PREREQUISITES)[number] | (typeof ACTIONS)[number];
export type StepStatus = 'pending' | 'running' | 'done' | 'failed' | 'skipped';
export type StepStatuses = Record<StepId, StepStatus>;

export interface PlannedFailoverOptions {
  /** Also reverse the replication (the dialog's "Reverse the replication direction after failover"). */
  reverse: boolean;
  /** Start the replica VM after failover. */
  start: boolean;
}

/** Lines that only run when their checkbox is ticked. */
export function initialStatuses(options: PlannedFailoverOptions): StepStatuses {
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
export function failedPrerequisite(code: SimErrorCode): StepId {
  return code === 'NotPreparedForPlannedFailover' || code === 'InvalidVmState' ? 'vmOff' : 'replicaState';
}

export type PlannedFailoverOutcome =
  /** Every line ran; `relationshipId` holds the failover record (zero loss). */
  | { kind: 'done'; relationshipId: string; replicaHost: string }
  /** A line was refused: it is marked failed, the earlier ones stay as the engine left them. */
  | { kind: 'refused'; step: StepId; error: SimError }
  /** The caller went away (dialog closed): nothing more was sent. */
  | { kind: 'aborted' };

export interface PlannedFailoverRun extends PlannedFailoverOptions {
  /** The primary VM, as `-ComputerName <host> -VMName <vm>`. */
  host: string;
  vm: string;
  /** Told every time a line changes status (the dialog's checklist). */
  onProgress?(statuses: StepStatuses): void;
  signal?: AbortSignal;
}

/**
 * A planned failover, line by line with the engine's own commands (hyperv-replica.md §6.3):
 * `Start-VMFailover -Prepare` (dry runs for the checks, then for real) on the primary, `Start-VMFailover`
 * on the replica, `Set-VMReplication -Reverse`, `Start-VM`. Each line ends when the client's lab shows the
 * engine's new state, never on a timer.
 */
export async function plannedFailover(port: FlowPort, run: PlannedFailoverRun): Promise<PlannedFailoverOutcome> {
  const primary = { host: run.host, vm: run.vm };
  let statuses = initialStatuses(run);
  const mark = (step: StepId, status: StepStatus) => {
    statuses = { ...statuses, [step]: status };
    run.onProgress?.(statuses);
  };
  const refuse = (step: StepId, error: SimError): PlannedFailoverOutcome => {
    mark(step, 'failed');
    return { kind: 'refused', step, error };
  };
  const aborted = () => run.signal?.aborted === true;

  // The relationship is captured once: reversing swaps its ends while the flow runs.
  const target = ownTarget(port.read(), run.host, run.vm);
  mark('vmOff', 'running');
  const check = await port.execute({ type: 'Start-VMFailover', ...primary, prepare: true, dryRun: true });
  if (!check.ok) {
    const line = failedPrerequisite(check.error.code);
    if (line === 'replicaState') mark('vmOff', 'done');
    return refuse(line, check.error);
  }
  if (!target) return refuse('replicaState', { code: 'ReplicationNotEnabled', params: { vm: run.vm } });
  mark('vmOff', 'done');
  mark('replicaState', 'done');
  if (run.reverse) {
    mark('reverseConfig', 'running');
    const reverse = await port.execute({ type: 'Start-VMFailover', ...primary, prepare: true, dryRun: true, reverse: true });
    if (!reverse.ok) return refuse('reverseConfig', reverse.error);
    mark('reverseConfig', 'done');
  }

  const replica = { host: target.replicaHost, vm: run.vm };
  const rel = (lab: LabReader) => lab.relationships.get(target.relationshipId);
  const lines: [StepId, boolean, Command, (lab: LabReader) => boolean][] = [
    ['send', true, { type: 'Start-VMFailover', ...primary, prepare: true }, (lab) => rel(lab)?.primaryState === 'PreparedForFailover'],
    ['failover', true, { type: 'Start-VMFailover', ...replica }, (lab) => rel(lab)?.replicaState === 'FailedOverWaitingCompletion'],
    ['reverse', run.reverse, { type: 'Set-VMReplication', ...replica, reverse: true }, (lab) => rel(lab)?.primaryHost === target.replicaHost],
    ['startVm', run.start, { type: 'Start-VM', ...replica }, (lab) => lab.vmByName(target.replicaHost, run.vm)?.state === 'Running'],
  ];
  for (const [id, wanted, command, done] of lines) {
    if (!wanted) continue;
    if (aborted()) return { kind: 'aborted' };
    mark(id, 'running');
    const result = await port.execute(command);
    if (!result.ok) return refuse(id, result.error);
    try {
      await port.waitFor(done, run.signal);
    } catch {
      return { kind: 'aborted' };
    }
    mark(id, 'done');
  }
  return { kind: 'done', relationshipId: target.relationshipId, replicaHost: target.replicaHost };
}

function ownTarget(lab: LabReader, host: string, vm: string): { relationshipId: string; replicaHost: string } | null {
  const record = lab.vmByName(host, vm);
  const own = record ? getVMReplication(record, lab.relationships) : null;
  return own ? { relationshipId: own.rel.id, replicaHost: own.rel.replicaHost } : null;
}
