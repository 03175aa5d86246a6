import type { Command, CommandResult, SimError } from '../../protocol';
import { commandsFor, replicationErrorPage, type DraftPage, type LocalProblem, type VmDraft } from './vmDraft';

export type ApplyOutcome =
  | { ok: true }
  /** `saved` is the baseline once the commands accepted before the refusal are counted in. */
  | { ok: false; page: DraftPage; error: LocalProblem['error'] | SimError; saved: VmDraft };

/**
 * OK / Apply: sends the changed pages one command at a time, in tree order, and stops at the first
 * refusal, which the dialog shows on the page that caused it. Nothing is sent when a page cannot even
 * be read (a prefix length or a time that is not one).
 */
export async function applyVmSettings(
  execute: (command: Command) => Promise<CommandResult>,
  ref: { host: string; vm: string },
  applied: VmDraft,
  draft: VmDraft,
  currentPage: string,
): Promise<ApplyOutcome> {
  const pending = commandsFor(ref, applied, draft);
  if (!Array.isArray(pending)) return { ok: false, page: pending.page, error: pending.error, saved: applied };
  let saved = applied;
  for (const { page, command } of pending) {
    const result = await execute(command);
    if (!result.ok) {
      const where = command.type === 'Set-VMReplication' ? replicationErrorPage(result.error.code, currentPage) : page;
      return { ok: false, page: where, error: result.error, saved };
    }
    saved = acceptPage(saved, draft, page);
  }
  return { ok: true };
}

/** The baseline with one accepted page taken from the draft. */
function acceptPage(saved: VmDraft, draft: VmDraft, page: DraftPage): VmDraft {
  switch (page) {
    case 'networkAdapter':
      return { ...saved, switchName: draft.switchName };
    case 'testFailover':
      return { ...saved, testSwitch: draft.testSwitch };
    case 'failoverTcpIp':
      return { ...saved, ipv4: draft.ipv4, ipv6: draft.ipv6 };
    default:
      return { ...saved, replication: draft.replication };
  }
}
