import type { Command, CommandResult } from '../protocol';
import type { LabReader } from '../query';

/**
 * What a flow needs from whoever runs it: the console (the worker behind the store), PowerShell, a demo or
 * a test with an engine in memory. Flows never touch React, the store or the worker directly.
 */
export interface FlowPort {
  /** Sends one command; resolves with the engine's answer (a simulation that cannot answer is a refusal, not a rejection). */
  execute(command: Command): Promise<CommandResult>;
  /** The lab as this client sees it now. */
  read(): LabReader;
  /**
   * Resolves once `done` holds for the lab this client sees (the engine's answer reaches a mirror a moment
   * after the command's result). Rejects with an `AbortError` when `signal` aborts.
   */
  waitFor(done: (lab: LabReader) => boolean, signal?: AbortSignal): Promise<void>;
}

/** Raised (as a rejection) when a flow's signal aborts: its caller went away, so nothing more is sent. */
export function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}
