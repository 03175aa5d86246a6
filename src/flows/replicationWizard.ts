import type { Command, SimError } from '../protocol';
import type { FlowPort } from './port';

export type WizardFinishOutcome =
  /** The wizard's command was refused: nothing changed, the wizard stays open on its error. */
  | { kind: 'refused'; error: SimError }
  /** Replication was enabled, extended or reversed (and its initial copy started, when there was one). */
  | { kind: 'done' }
  /** The reverse went through but its initial copy did not start: the engine's reason. */
  | { kind: 'copyNotStarted'; error: SimError };

/**
 * Finish of the Enable / Extend / Reverse Replication wizard: its one command (`Enable-VMReplication`, or
 * `Set-VMReplication -Reverse`), then, for a reverse after an unplanned failover, `Start-VMInitialReplication`
 * once the roles are swapped — two cmdlets in Hyper-V too (hyperv-replica.md §6.4 step 5).
 */
export async function finishReplicationWizard(port: FlowPort, command: Command, initialCopy: Command | null): Promise<WizardFinishOutcome> {
  const result = await port.execute(command);
  if (!result.ok) return { kind: 'refused', error: result.error };
  if (!initialCopy) return { kind: 'done' };
  const started = await port.execute(initialCopy);
  return started.ok ? { kind: 'done' } : { kind: 'copyNotStarted', error: started.error };
}
