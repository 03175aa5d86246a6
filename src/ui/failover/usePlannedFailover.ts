import { useState } from 'react';
import type { Command } from '../../protocol';
import { labStore, type LabMirror } from '../../store/labStore';
import { findVm, sendCommand, waitForLab, type Refusal } from './failoverTarget';
import { useClosedSignal } from './useClosedSignal';
import { failedPrerequisite, initialStatuses, type StepId, type StepStatuses } from './plannedSteps';

export interface PlannedRun {
  statuses: StepStatuses;
  running: boolean;
  /** The refusal that stopped the run, if any, and the line it belongs to. */
  failure: { step: StepId; refusal: Refusal } | null;
}

type Ref = { host: string; vm: string };

/**
 * Drives the planned failover line by line with the engine's own commands (hyperv-replica.md §6.3):
 * `Start-VMFailover -Prepare` (dry runs for the checks, then for real) on the primary, `Start-VMFailover` on
 * the replica, `Set-VMReplication -Reverse`, `Start-VM`. Each line ends when the store shows the engine's new
 * state, never on a timer; a refused line stops the run and the earlier ones stay as the engine left them.
 */
export function usePlannedFailover(primary: Ref, replicaHost: string, relId: string) {
  const [state, setState] = useState<PlannedRun>({ statuses: initialStatuses({ reverse: false, start: true }), running: false, failure: null });
  const closed = useClosedSignal();

  /** Runs the checklist; resolves with the refusal that stopped it (null when every line succeeded). */
  const start = async (options: { reverse: boolean; start: boolean }): Promise<PlannedRun['failure']> => {
    let failure: PlannedRun['failure'] = null;
    let statuses = initialStatuses(options);
    const mark = (step: StepId, status: StepStatuses[StepId]) => {
      statuses = { ...statuses, [step]: status };
      setState((s) => ({ ...s, statuses }));
    };
    const stop = (step: StepId, refusal: Refusal) => {
      mark(step, 'failed');
      failure = { step, refusal };
      setState((s) => ({ ...s, running: false, failure }));
      return false;
    };
    setState({ statuses, running: true, failure: null });
    const replica = { host: replicaHost, vm: primary.vm };
    const rel = (lab: LabMirror) => lab.relationships[relId];
    const step = async (id: StepId, command: Command, done: (lab: LabMirror) => boolean) => {
      if (closed().aborted) return false; // the dialog closed: send nothing more
      mark(id, 'running');
      const refusal = await sendCommand(command);
      if (refusal) return stop(id, refusal);
      try {
        await waitForLab(done, closed());
      } catch {
        return false; // the dialog closed: send nothing more
      }
      mark(id, 'done');
      return true;
    };

    mark('vmOff', 'running');
    const check = await sendCommand({ type: 'Start-VMFailover', ...primary, prepare: true, dryRun: true });
    if (check) {
      const line = failedPrerequisite(check.code);
      if (line === 'replicaState') mark('vmOff', 'done');
      stop(line, check);
      return failure;
    }
    mark('vmOff', 'done');
    mark('replicaState', 'done');
    if (options.reverse) {
      mark('reverseConfig', 'running');
      const reverse = await sendCommand({ type: 'Start-VMFailover', ...primary, prepare: true, dryRun: true, reverse: true });
      if (reverse) {
        stop('reverseConfig', reverse);
        return failure;
      }
      mark('reverseConfig', 'done');
    }
    const lines: [StepId, boolean, Command, (lab: LabMirror) => boolean][] = [
      ['send', true, { type: 'Start-VMFailover', ...primary, prepare: true }, (lab) => rel(lab)?.primaryState === 'PreparedForFailover'],
      ['failover', true, { type: 'Start-VMFailover', ...replica }, (lab) => rel(lab)?.replicaState === 'FailedOverWaitingCompletion'],
      ['reverse', options.reverse, { type: 'Set-VMReplication', ...replica, reverse: true }, (lab) => rel(lab)?.primaryHost === replicaHost],
      ['startVm', options.start, { type: 'Start-VM', ...replica }, (lab) => findVm(lab, replicaHost, primary.vm)?.state === 'Running'],
    ];
    for (const [id, wanted, command, done] of lines) {
      if (wanted && !(await step(id, command, done))) break;
    }
    setState((s) => ({ ...s, running: false }));
    return failure;
  };

  return { ...state, start, isMounted: () => !closed().aborted, failoverRecord: () => labStore.getState().relationships[relId]?.failover ?? null };
}
