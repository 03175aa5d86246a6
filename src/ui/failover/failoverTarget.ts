import type { Command, RecoveryPoint, Relationship, Vm } from '../../protocol';
import { getVMReplication, recordLookup } from '../../query';
import { actionEnv } from '../../actions/env';
import type { LabMirror } from '../../store/labStore';
import { selectVmByName } from '../../store/selectors/vmList';
import { formatError } from '../../i18n/messages/format';
import type { Locale } from '../../i18n/ui';

/** A stable empty list (store selectors must not return a new array on every call). */
export const NO_POINTS: readonly RecoveryPoint[] = [];

/** The VM a dialog is about and the relationship it takes part in on its own side (replica side first). */
export interface FailoverTarget {
  vm: Vm;
  rel: Relationship;
}

export function findVm(lab: LabMirror, host: string, name: string): Vm | null {
  return selectVmByName(lab, host, name);
}

/** The VM and its own relationship (`Get-VMReplication`: the one it receives, else the one it sends). */
export function findTarget(lab: LabMirror, host: string, name: string): FailoverTarget | null {
  const vm = findVm(lab, host, name);
  if (!vm) return null;
  const own = getVMReplication(vm, recordLookup(lab.relationships));
  return own ? { vm, rel: own.rel } : null;
}

export { waitForLab } from '../../store/waitForLab';

/** Why the engine refused a command: its error code (null when the simulation failed) and its text. */
export interface Refusal {
  code: string | null;
  text(locale: Locale): string;
}

/** Sends one command; resolves with null when it was accepted, else with the engine's refusal. */
export async function sendCommand(command: Command): Promise<Refusal | null> {
  try {
    const result = await actionEnv().execute(command);
    if (result.ok) return null;
    const { error } = result;
    return { code: error.code, text: (locale) => formatError(locale, error) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { code: null, text: () => message };
  }
}
