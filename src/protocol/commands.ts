import type { AuthenticationType, InitialReplicationMethod, ListenerRule, RelationshipType } from './enums';
import type { FailoverIpv4, FailoverIpv6, SimTime } from './entities';

/** A VM is addressed the way the cmdlets do: `-ComputerName <host> -VMName <vm>`. */
export interface VmRef {
  host: string;
  vm: string;
}

export type VmPowerCommand =
  | ({ type: 'Start-VM' } & VmRef)
  /** Shut down (guest) or, with `turnOff`, pull the virtual plug. */
  | ({ type: 'Stop-VM'; turnOff?: boolean } & VmRef)
  | ({ type: 'Save-VM' } & VmRef)
  | ({ type: 'Suspend-VM' } & VmRef)
  | ({ type: 'Resume-VM' } & VmRef);

export interface SetReplicationServerCommand {
  type: 'Set-VMReplicationServer';
  host: string;
  replicationEnabled?: boolean;
  kerberos?: { enabled: boolean; port?: number };
  certificate?: { enabled: boolean; port?: number; thumbprint?: string | null };
  allowAnyServer?: boolean;
  defaultStorageLocation?: string;
  monitoringIntervalHours?: number;
  monitoringStartMinutes?: number;
  /** Validate only (Hyper-V Settings checks every part before applying any): nothing changes. */
  dryRun?: boolean;
}

/**
 * How far a wizard's "Next >" dry run checks, in page order: `server` (Specify Replica Server),
 * `connection` (Specify Connection Parameters, incl. authorisation), `disks` (Choose Replication VHDs),
 * `schedule` (frequency and recovery points), `all` (initial replication method too; same as `true`).
 */
export type DryRunStage = 'server' | 'connection' | 'disks' | 'schedule' | 'all';

export interface EnableReplicationCommand extends VmRef {
  type: 'Enable-VMReplication';
  replicaServerName: string;
  replicaServerPort: number;
  authenticationType: AuthenticationType;
  certificateThumbprint?: string | null;
  compressionEnabled?: boolean;
  /** Paths of disks NOT to replicate. */
  excludedDisks?: string[];
  frequencySec?: number;
  recoveryHistory?: number;
  vssSnapshotFrequencyHour?: number | null;
  /** When set, initial replication is started (or scheduled) right after enabling. */
  initialReplication?: { method: InitialReplicationMethod; startTime?: SimTime | null; destinationPath?: string };
  /** Validate only (wizard "Next >"): nothing changes; a stage stops after that page's checks. */
  dryRun?: boolean | DryRunStage;
}

export type Command =
  | VmPowerCommand
  | SetReplicationServerCommand
  /**
   * With `dryRun`, checks only the entry itself (name pattern, storage location on a volume of the host, trust
   * group): the settings dialog validates entries it adds after switching the server to "specified servers".
   */
  | { type: 'New-VMReplicationAuthorizationEntry'; host: string; allowedPrimaryServer: string; replicaStorageLocation: string; trustGroup: string; dryRun?: boolean }
  | { type: 'Remove-VMReplicationAuthorizationEntry'; host: string; allowedPrimaryServer: string }
  | { type: 'Set-NetFirewallRule'; host: string; rule: ListenerRule; enabled: boolean }
  | EnableReplicationCommand
  /** With `destinationPath`, exports the initial copy to external media instead of sending it. */
  | ({ type: 'Start-VMInitialReplication'; startTime?: SimTime | null; destinationPath?: string } & VmRef)
  /**
   * The per-VM replication cmdlets act on the VM's own relationship (`Get-VMReplication`'s answer);
   * `relationshipType: 'Extended'` (`-ReplicationRelationshipType Extended`) picks the extended relationship
   * a chain's middle VM sends instead of the one it receives. `Resume-VMReplication -Continue` (`continue`)
   * on the middle VM, once its first hop is failed over, continues the chain: the failover is committed and
   * its extended relationship becomes its own replication (hyperv-replica.md §7).
   */
  | ({ type: 'Suspend-VMReplication'; relationshipType?: RelationshipType } & VmRef)
  | ({ type: 'Resume-VMReplication'; resynchronize?: boolean; resynchronizeStartTime?: SimTime | null; relationshipType?: RelationshipType; continue?: boolean } & VmRef)
  | ({ type: 'Remove-VMReplication'; relationshipType?: RelationshipType } & VmRef)
  | ({ type: 'Reset-VMReplicationStatistics'; relationshipType?: RelationshipType } & VmRef)
  /** Failover TCP/IP of the VM's first adapter: each block is left as is when absent, cleared with null (-ClearFailoverIPv4Settings / -ClearFailoverIPv6Settings). */
  | ({ type: 'Set-VMNetworkAdapterFailoverConfiguration'; ipv4?: FailoverIpv4 | null; ipv6?: FailoverIpv6 | null } & VmRef)
  /** Connects the VM's first adapter to a switch (`switchName`, null = Not connected) and/or sets the test-failover switch. */
  | ({ type: 'Set-VMNetworkAdapter'; switchName?: string | null; testReplicaSwitchName?: string | null } & VmRef)
  /**
   * On a primary with `prepare`: planned failover, step 1 (VM off; remaining changes are sent).
   * On a replica: failover to the latest point or `recoveryPointId` (unplanned, or step 2 of a planned one);
   * with `asTest`, a test failover that creates "<VM> - Test". The console also starts the VM (`startVm`).
   * With `prepare`, `reverse` also checks that the replica host may replicate back to this one (the Planned
   * Failover dialog's "Check configuration for allowing reverse replication") and `dryRun` only validates.
   */
  | ({ type: 'Start-VMFailover'; prepare?: boolean; asTest?: boolean; recoveryPointId?: string | null; startVm?: boolean; reverse?: boolean; dryRun?: boolean } & VmRef)
  /** Cancels a prepared planned failover (primary), a failover (replica) or stops a test failover. */
  | ({ type: 'Stop-VMFailover' } & VmRef)
  /**
   * `Set-VMReplication`: `reverse` on a failed-over replica turns it into the primary, replicating back to
   * the old primary; `asReplica` turns the old primary (back after an unplanned failover) into a replica;
   * otherwise changes the frequency / recovery points of a primary.
   */
  | ({ type: 'Set-VMReplication' } & SetReplicationFields & VmRef)
  /** "Import Initial Replica…" on the placeholder of an external-media initial copy. */
  | ({ type: 'Import-VMInitialReplication'; path: string } & VmRef)
  /**
   * Move Wizard, "Move the virtual machine's storage" ▸ "Move all of the virtual machine's data to a single
   * location": `Move-VMStorage -DestinationStoragePath`. `labLeaveSource` (lab option, not a cmdlet
   * parameter) reproduces older hosts that left the source VHD behind, its space still used. `dryRun`:
   * the wizard's folder page checks the destination and its room without moving anything.
   */
  | ({ type: 'Move-VMStorage'; destinationStoragePath: string; labLeaveSource?: boolean; dryRun?: boolean } & VmRef)
  /** `Export-VM -Path <folder>`: writes `<folder>\\<VM name>` (configuration with the VM's ID, disks). */
  | ({ type: 'Export-VM'; path: string } & VmRef)
  /**
   * `Import-VM -Path <export folder>` on `host`: `mode` Register (-Register, in place), Restore (default:
   * files copied to `destinationPath`, same ID) or Copy (-Copy; `generateNewId` defaults to true for Copy).
   * `dryRun` finds the export and answers its VM without importing (the Import wizard's first pages).
   */
  | { type: 'Import-VM'; host: string; path: string; mode?: 'Register' | 'Restore' | 'Copy'; generateNewId?: boolean; destinationPath?: string; dryRun?: boolean }
  /** Commits a failover: "Remove Recovery Points". */
  | ({ type: 'Complete-VMFailover' } & VmRef)
  /** Lab fault: cut the power of a host (running VMs stop without closing their logs). */
  | { type: 'Lab-CrashHost'; host: string }
  | { type: 'Lab-PowerOnHost'; host: string }
  | { type: 'Lab-SetLink'; link: string; up?: boolean; bandwidthBitsPerSec?: number; latencyMs?: number };

export type CommandType = Command['type'];

/** Fields of `Set-VMReplication`; the connection ones and `dryRun` only matter with `reverse` (Reverse Replication wizard). */
export interface SetReplicationFields {
  reverse?: boolean;
  asReplica?: boolean;
  replicaServerName?: string;
  replicaServerPort?: number;
  authenticationType?: AuthenticationType;
  certificateThumbprint?: string | null;
  compressionEnabled?: boolean;
  frequencySec?: number;
  recoveryHistory?: number;
  vssSnapshotFrequencyHour?: number | null;
  /** Resynchronization page: false = manual; true = automatic within the interval (seconds after midnight). */
  autoResynchronizeEnabled?: boolean;
  autoResynchronizeIntervalStart?: number;
  autoResynchronizeIntervalEnd?: number;
  /**
   * Reverse after an unplanned failover (Choose Initial Replication Method): the method the copy will use
   * (the wizard then sends Start-VMInitialReplication); a dry run also checks the start time and media folder.
   */
  initialReplication?: EnableReplicationCommand['initialReplication'];
  dryRun?: boolean | DryRunStage;
}
