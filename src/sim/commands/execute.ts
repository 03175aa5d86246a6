import type { Command, CommandResult } from '../../protocol';
import { checkCommand } from '../../protocol/checkCommand';
import type { World } from '../model/world';
import { enableReplication } from './enableReplication';
import { importInitialReplica } from './importInitialReplica';
import { moveStorage } from './moveStorage';
import { continueReplication, setReplicationInChain, startFailoverInChain, stopFailoverInChain } from './chain';
import { exportVm, importVm } from './exportImport';
import { completeFailover } from './failover';
import { crashHost, powerOnHost } from './hostPower';
import { setFailoverIp, setLink, setNetworkAdapter } from './labFaults';
import { newAuthorizationEntry, removeAuthorizationEntry, setFirewallRule, setReplicationServer } from './replicationServer';
import { removeReplication, resetStatistics, resumeReplication, startInitialReplicationCmd, suspendReplication } from './replicationControl';
import { vmPower } from './vmPower';

/**
 * Runs one command against the world at its current time. A rejected command changes nothing.
 * The payload is checked against its schema first whatever its static type says: the worker receives it
 * from another thread, the console and scripts build it by hand, so only the check makes it a `Command`.
 */
export function executeCommand(world: World, input: Command): CommandResult {
  const checked = checkCommand(input);
  if (!checked.ok) return { ok: false, error: checked.error };
  if (dryRunRunsForReal(checked.command)) {
    return { ok: false, error: { code: 'InvalidParameter', params: { command: checked.command.type, field: 'dryRun', reason: 'invalid' } } };
  }
  return run(world, checked.command);
}

/**
 * `dryRun` validates without changing anything only where the console checks before it applies (the
 * wizards' pages, Hyper-V Settings, the Planned Failover checks). Anywhere else the command would run for
 * real, so a payload asking for a dry run there is refused rather than obeyed.
 */
function dryRunRunsForReal(cmd: Command): boolean {
  if (!('dryRun' in cmd) || cmd.dryRun === undefined || cmd.dryRun === false) return false;
  if (cmd.type === 'Start-VMFailover') return !cmd.prepare;
  if (cmd.type === 'Set-VMReplication') return !cmd.reverse || cmd.asReplica === true;
  return false;
}

function run(world: World, cmd: Command): CommandResult {
  switch (cmd.type) {
    case 'Start-VM':
    case 'Stop-VM':
    case 'Save-VM':
    case 'Suspend-VM':
    case 'Resume-VM':
      return vmPower(world, cmd);
    case 'Set-VMReplicationServer':
      return setReplicationServer(world, cmd);
    case 'New-VMReplicationAuthorizationEntry':
      return newAuthorizationEntry(world, cmd.host, { allowedPrimaryServer: cmd.allowedPrimaryServer, storageLocation: cmd.replicaStorageLocation, trustGroup: cmd.trustGroup }, cmd.dryRun);
    case 'Remove-VMReplicationAuthorizationEntry':
      return removeAuthorizationEntry(world, cmd.host, cmd.allowedPrimaryServer);
    case 'Set-NetFirewallRule':
      return setFirewallRule(world, cmd.host, cmd.rule, cmd.enabled);
    case 'Enable-VMReplication':
      return enableReplication(world, cmd);
    case 'Start-VMInitialReplication':
      return startInitialReplicationCmd(world, cmd, cmd.startTime, cmd.destinationPath);
    case 'Suspend-VMReplication':
      return suspendReplication(world, cmd);
    case 'Resume-VMReplication':
      if (cmd.continue) return continuesAlone(cmd) ? continueReplication(world, cmd) : invalidParameter(cmd.type, 'continue');
      return resumeReplication(world, cmd, cmd.resynchronize ?? false, cmd.resynchronizeStartTime);
    case 'Remove-VMReplication':
      return removeReplication(world, cmd);
    case 'Reset-VMReplicationStatistics':
      return resetStatistics(world, cmd);
    case 'Set-VMNetworkAdapter':
      return setNetworkAdapter(world, cmd, cmd.switchName, cmd.testReplicaSwitchName);
    case 'Set-VMNetworkAdapterFailoverConfiguration':
      return setFailoverIp(world, cmd, cmd.ipv4);
    case 'Start-VMFailover':
      return startFailoverInChain(world, cmd);
    case 'Stop-VMFailover':
      return stopFailoverInChain(world, cmd);
    case 'Import-VMInitialReplication':
      return importInitialReplica(world, cmd, cmd.path);
    case 'Set-VMReplication':
      return setReplicationInChain(world, cmd);
    case 'Export-VM':
      return exportVm(world, cmd);
    case 'Import-VM':
      return importVm(world, cmd);
    case 'Complete-VMFailover':
      return completeFailover(world, cmd);
    case 'Move-VMStorage':
      return moveStorage(world, cmd);
    case 'Lab-CrashHost':
      return crashHost(world, cmd.host);
    case 'Lab-PowerOnHost':
      return powerOnHost(world, cmd.host);
    case 'Lab-SetLink':
      return setLink(world, cmd.link, cmd.up, cmd.bandwidthBitsPerSec, cmd.latencyMs);
    default:
      return unknownCommand(cmd);
  }
}

/** `-Continue` is a parameter set of its own: no resynchronisation and no relationship type with it. */
function continuesAlone(cmd: Extract<Command, { type: 'Resume-VMReplication' }>): boolean {
  return !cmd.resynchronize && (cmd.resynchronizeStartTime === undefined || cmd.resynchronizeStartTime === null) && cmd.relationshipType !== 'Extended';
}

function invalidParameter(command: string, field: string): CommandResult {
  return { ok: false, error: { code: 'InvalidParameter', params: { command, field, reason: 'invalid' } } };
}

/** Unreachable once checked (the compiler proves every type is handled); a typed error, never `undefined`. */
function unknownCommand(cmd: never): CommandResult {
  return { ok: false, error: { code: 'UnknownCommand', params: { type: String((cmd as { type?: unknown }).type) } } };
}
