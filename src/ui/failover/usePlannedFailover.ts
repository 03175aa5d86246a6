import { useState } from 'react';
import { consoleFlowPort } from '../../actions/flowPort';
import { formatError } from '../../i18n/messages/format';
import { initialStatuses, plannedFailover, type PlannedFailoverOptions, type StepId, type StepStatuses } from '../../flows';
import { labStore } from '../../store/labStore';
import type { Refusal } from './failoverTarget';
import { useClosedSignal } from './useClosedSignal';

export interface PlannedRun {
  statuses: StepStatuses;
  running: boolean;
  /** The refusal that stopped the run, if any, and the line it belongs to. */
  failure: { step: StepId; refusal: Refusal } | null;
}

type Ref = { host: string; vm: string };

/**
 * The Planned Failover dialog's view of the `plannedFailover` flow: its checklist statuses as they change,
 * and the refusal that stopped it. Closing the dialog aborts the flow, which then sends nothing more.
 */
export function usePlannedFailover(primary: Ref, relId: string) {
  const [state, setState] = useState<PlannedRun>({ statuses: initialStatuses({ reverse: false, start: true }), running: false, failure: null });
  const closed = useClosedSignal();

  /** Runs the checklist; resolves with the refusal that stopped it (null when every line succeeded or the dialog closed). */
  const start = async (options: PlannedFailoverOptions): Promise<PlannedRun['failure']> => {
    setState({ statuses: initialStatuses(options), running: true, failure: null });
    const outcome = await plannedFailover(consoleFlowPort(), {
      ...primary,
      ...options,
      signal: closed(),
      onProgress: (statuses) => setState((s) => ({ ...s, statuses })),
    });
    const failure =
      outcome.kind === 'refused' ? { step: outcome.step, refusal: { code: outcome.error.code, text: (locale: Parameters<Refusal['text']>[0]) => formatError(locale, outcome.error) } } : null;
    setState((s) => ({ ...s, running: false, failure }));
    return failure;
  };

  return { ...state, start, isMounted: () => !closed().aborted, failoverRecord: () => labStore.getState().relationships[relId]?.failover ?? null };
}
