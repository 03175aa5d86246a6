/**
 * Enum values use the PowerShell names (Get-VM, Get-VMReplication), because `state()` is part of the
 * public scripting contract and people compare it with what real cmdlets print.
 */

/** VM power state as `Get-VM` shows it. */
export type VmState = 'Running' | 'Off' | 'Saved' | 'Paused' | 'Starting' | 'Stopping';

/** `VMReplicationMode`. `TestReplica` is the "<VM> - Test" VM of a test failover. */
export type ReplicationMode = 'None' | 'Primary' | 'Replica' | 'ExtendedReplica' | 'TestReplica';

/** `VMReplicationState`, the subset this simulator reaches. */
export type ReplicationState =
  | 'Disabled'
  | 'ReadyForInitialReplication'
  | 'InitialReplicationInProgress'
  | 'WaitingForInitialReplication'
  | 'Replicating'
  | 'PreparedForFailover'
  | 'FailedOverWaitingCompletion'
  | 'FailedOver'
  | 'Suspended'
  | 'Error'
  | 'WaitingForStartResynchronize'
  | 'Resynchronizing'
  | 'ResynchronizeSuspended';

/** `VMReplicationHealthState`. */
export type ReplicationHealth = 'NotApplicable' | 'Normal' | 'Warning' | 'Critical';

/** `VMReplicationRelationshipType`: Simple is A→B, Extended is B→C of a chain. */
export type RelationshipType = 'Simple' | 'Extended';

/** Per-VM `ReplicationAuthenticationType`. */
export type AuthenticationType = 'Kerberos' | 'Certificate';

/** Host power as the lab sees it: `Crashed` is a power cut (nothing closed gracefully). */
export type HostPower = 'On' | 'Crashed';

/** Initial replication method chosen in the wizard (page "Choose Initial Replication Method"). */
export type InitialReplicationMethod = 'Network' | 'ExternalMedia' | 'ExistingVm';

/** Event log level, as in the Hyper-V-VMMS Admin channel. */
export type EventLevel = 'Information' | 'Warning' | 'Error';

/** Firewall rules of the replica listeners. */
export type ListenerRule = 'HTTP' | 'HTTPS';
