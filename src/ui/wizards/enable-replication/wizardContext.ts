import { incomingRelationship, recordLookup } from '../../../query';
import type { LabMirror } from '../../../store/labStore';
import type { WizardContext, WizardMode } from './wizardMachine';
import { vmByName } from './useVm';

/**
 * What the wizard reads from the lab when it opens: for Extend the relationship the replica receives
 * (its auth type and frequency bound the extension), for Reverse the failed-over relationship (its old
 * primary prefills Specify Replica Server).
 */
export function wizardContext(lab: LabMirror, mode: WizardMode, host: string, vm: string): WizardContext {
  const record = vmByName(lab, host, vm);
  const incoming = record ? incomingRelationship(record, recordLookup(lab.relationships)) : null;
  const followed = mode === 'enable' ? null : incoming;
  return {
    mode,
    host,
    vm,
    now: lab.now,
    oldPrimary: mode === 'reverse' && incoming ? (lab.hosts[incoming.primaryHost]?.fqdn ?? incoming.primaryHost) : null,
    // The engine's states say which failover it was: only a planned one leaves the old primary prepared.
    needsInitialCopy: mode === 'reverse' && !!incoming && incoming.primaryState !== 'PreparedForFailover',
    current: followed
      ? { auth: followed.settings.authenticationType, frequencySec: followed.settings.frequencySec, compression: followed.settings.compressionEnabled }
      : null,
  };
}

const SKIP_KEY = 'replica-lab:enable-wizard:skip-before';

/** "Do not show this page again." is remembered in this browser, as Windows remembers it per user. */
export function skipBeforePage(): boolean {
  try {
    return globalThis.localStorage?.getItem(SKIP_KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberSkipBefore(skip: boolean): void {
  try {
    if (skip) globalThis.localStorage?.setItem(SKIP_KEY, '1');
    else globalThis.localStorage?.removeItem(SKIP_KEY);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this wizard only.
  }
}
