/**
 * The query layer: every question about a lab, answered once over protocol entities, so the engine's world
 * and the UI's mirror (and PowerShell, exercise checks, charts) get the same answers. Imports only protocol.
 */
export { recordLookup, type LabReader, type Lookup } from './lookup';
export {
  getVMReplication,
  incomingRelationship,
  isReplicatedMode,
  outgoingRelationship,
  settingsRelationship,
  sideHealth,
  sideMode,
  sideState,
  vmRelationships,
  vmReplicationStatus,
  type ReplicationSide,
  type VmReplicationStatus,
  type VmSide,
} from './replication';
export { measureReplication, measureVMReplication, type MeasuredReplication, type VmMeasurement } from './measure';
