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
  | 'HostAlreadyRunning'
  | 'HostAlreadyCrashed'
  | 'VmAlreadyExistsOnReplica'
  | 'InitialReplicationMethodUnavailable'
  | 'NotPreparedForPlannedFailover'
  | 'PrimaryStillRunning'
  | 'InitialReplicationNotComplete'
  | 'TestFailoverRunning'
  | 'NoTestFailover'
  | 'InvalidRecoveryPoint';

export interface SimError {
  code: SimErrorCode;
  params: Record<string, string | number>;
}

export type CommandResult<T = unknown> = { ok: true; data?: T } | { ok: false; error: SimError };
