/**
 * Flows: multi-step operations as async functions over a {@link FlowPort} (execute + waitFor a query), so the
 * console, PowerShell, demos and tests run the very same sequence. Imports only protocol and query.
 */
export { isAbort, type FlowPort } from './port';
export {
  ACTIONS,
  PREREQUISITES,
  failedPrerequisite,
  initialStatuses,
  plannedFailover,
  type PlannedFailoverOptions,
  type PlannedFailoverOutcome,
  type PlannedFailoverRun,
  type StepId,
  type StepStatus,
  type StepStatuses,
} from './plannedFailover';
export { finishReplicationWizard, type WizardFinishOutcome } from './replicationWizard';
