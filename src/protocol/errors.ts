/**
 * Typed command errors. Each code maps to an i18n key `error.<code>` whose English text is the real
 * Hyper-V message (reference §2.2, §3.3); `params` fill its placeholders.
 */
export type SimErrorCode =
  | 'HostNotFound'
  | 'VmNotFound'
  | 'HostNotRunning'
  | 'InvalidVmState'
  | 'ReplicaVmCannotStart'
  | 'ReplicationAlreadyEnabled'
  | 'NotApplicableOnReplica'
  | 'NotApplicableOnVm'
  | 'ReplicationNotEnabled'
  | 'InvalidReplicationState'
  | 'SameServer'
  | 'FqdnRequired'
  | 'NameNotResolved'
  | 'ConnectionTimedOut'
  | 'ReplicaServerNotEnabled'
  | 'AuthTypeNotAllowed'
  | 'KerberosFailed'
  | 'CertificateNotProvided'
  | 'CertificateNotRequired'
  | 'CertificateNotFound'
  | 'CertificateExpired'
  | 'ReplicaCertificateInvalid'
  | 'NotAuthorized'
  | 'DiskNotAttached'
  | 'NoDiskToReplicate'
  | 'InvalidFrequency'
  | 'InvalidRecoveryHistory'
  | 'InvalidVssFrequency'
  | 'VssWithoutHistory'
  | 'StartTimeInPast'
  | 'InvalidStartTime'
  /** The console could not reach the simulation (worker stopped or faulted); not a Hyper-V error. */
  | 'SimulationUnavailable'
  | 'StartTimeTooFar'
  | 'InvalidPort'
  | 'PortsMustDiffer'
  | 'AuthTypeRequired'
  | 'DefaultStorageRequired'
  | 'StorageLocationInvalid'
  | 'InsufficientStorage'
  | 'InvalidAuthorizationEntry'
  | 'AuthorizationEntryExists'
  | 'AuthorizationEntryNotFound'
  | 'AuthorizationEntriesNeedSpecifiedServers'
  | 'InvalidMonitoringInterval'
  | 'InvalidMonitoringStartTime'
  | 'NoParameters'
  | 'LinkNotFound'
  | 'InvalidBandwidth'
  | 'InvalidIpAddress'
  | 'InvalidIpv6Address'
  | 'InvalidSubnetMask'
  | 'InvalidPrefixLength'
  | 'IpAddressRequired'
  | 'GatewayNotOnSubnet'
  | 'InvalidResyncInterval'
  | 'HostAlreadyRunning'
  | 'HostAlreadyCrashed'
  | 'VmAlreadyExistsOnReplica'
  | 'NotPreparedForPlannedFailover'
  | 'PrimaryStillRunning'
  | 'InitialReplicationNotComplete'
  | 'TestFailoverRunning'
  | 'StorageMoveInProgress'
  | 'StorageMoveNoSpace'
  | 'NoTestFailover'
  | 'InvalidRecoveryPoint'
  | 'ReplicationSettingsOnReplica'
  | 'NothingToChange'
  | 'OldPrimaryNotReplica'
  | 'ReverseTargetNotOldPrimary'
  | 'ExistingVmNotFound'
  /** Export-VM / Import-VM. */
  | 'ExportFolderExists'
  | 'NotEnoughSpaceAt'
  | 'ExportNotFound'
  | 'ImportIdExists'
  | 'ScheduleNotForExternalMedia'
  | 'ImportFailed'
  | 'SwitchNotFound'
  /** Extend Replication (§7): 30 s is refused, and B→C may not be more frequent than A→B. */
  | 'ExtendedFrequency30s'
  | 'ExtendedFrequencyTooLow'
  /**
   * A command payload failed its schema at the worker boundary: params `command`, `field` (dotted path),
   * `reason` (an InputReason, translated by `reason.<reason>`) and that reason's own params.
   */
  | 'InvalidParameter'
  /** A command type the engine does not know: params `type`. */
  | 'UnknownCommand';

export interface SimError {
  code: SimErrorCode;
  params: Record<string, string | number>;
}

export type CommandResult<T = unknown> = { ok: true; data?: T } | { ok: false; error: SimError };
