/**
 * English console strings: the source of truth for {@link UiKey}. Labels follow Hyper-V Manager's own
 * wording (shared/reference/hyperv-manager-ui.md §1); `{name}` placeholders are filled by `translate`.
 */
import { actionsEn } from './features/actions';
import { failoverUiEn } from './features/failoverUi';
import { labFileUiEn } from './features/labFileUi';
import { labUiEn } from './features/labUi';
import { recoveryUiEn } from './features/recoveryUi';
import { setupUiEn } from './features/setupUi';
import { detailsEn } from './features/details';
import { gridEn } from './features/grid';
import { shellEn } from './features/shell';

export const en = {
  ...shellEn,
  ...gridEn,
  ...detailsEn,
  ...actionsEn,
  ...labUiEn,
  ...labFileUiEn,
  ...recoveryUiEn,
  ...setupUiEn,
  ...failoverUiEn,
  'app.title': 'Replica Lab',
  'app.loading': 'Loading the lab…',
  'app.fault': 'The simulation stopped: {message}',

  'lab.name': 'Lab: {lab}',
  'notice.unknownLab': 'There is no lab named “{lab}”. The blank lab was opened instead.',
  'notice.autosaveInvalid': 'The lab saved in this browser could not be opened. The blank lab was opened instead.',
  'notice.badParameter': 'The URL parameter {name}={value} is not valid and was ignored.',

  'clock.region': 'Simulation clock',
  'clock.time': 'Simulated time',
  'clock.speed': 'Speed',
  'clock.behind': 'Behind real time',
  'speed.0': 'Paused',
  'speed.1': '1×',
  'speed.10': '10×',
  'speed.60': '60×',
  'speed.600': '600×',
  'speed.3600': '3600×',

  'vmList.title': 'Virtual Machines',
  'vmList.tableLabel': 'Virtual Machines on {host}',
  'vmList.empty': 'No virtual machines were found on this server.',
  'column.name': 'Name',
  'column.state': 'State',
  'column.cpuUsage': 'CPU Usage',
  'column.assignedMemory': 'Assigned Memory',
  'column.replicationState': 'Replication State',
  'column.replicationHealth': 'Replication Health',
  'column.replicationMode': 'Replication Mode',
  'unit.percent': '{value} %',
  'unit.megabytes': '{value} MB',

  'vmState.Running': 'Running',
  'vmState.Off': 'Off',
  'vmState.Saved': 'Saved',
  'vmState.Paused': 'Paused',
  'vmState.Starting': 'Starting',
  'vmState.Stopping': 'Stopping',

  'replicationState.Disabled': 'Not enabled',
  'replicationState.ReadyForInitialReplication': 'Pending Initial Replication',
  'replicationState.InitialReplicationInProgress': 'Initial replication in progress',
  'replicationState.WaitingForInitialReplication': 'Pending Initial Replication',
  'replicationState.Replicating': 'Replication enabled',
  'replicationState.PreparedForFailover': 'Prepared for planned failover',
  'replicationState.FailedOverWaitingCompletion': 'Failover Complete',
  'replicationState.FailedOver': 'Failover Complete',
  'replicationState.Suspended': 'Replication Paused',
  'replicationState.Error': 'Replication Error',
  'replicationState.WaitingForStartResynchronize': 'Resynchronization required',
  'replicationState.Resynchronizing': 'Resynchronizing',
  'replicationState.ResynchronizeSuspended': 'Resynchronize Suspended',

  'replicationHealth.NotApplicable': 'Not Applicable',
  'replicationHealth.Normal': 'Normal',
  'replicationHealth.Warning': 'Warning',
  'replicationHealth.Critical': 'Critical',

  'replicationMode.None': 'Not enabled',
  'replicationMode.Primary': 'Primary',
  'replicationMode.Replica': 'Replica',
  'replicationMode.ExtendedReplica': 'Extended Replica',
  'replicationMode.TestReplica': 'Test Replica',
} as const;

export type UiKey = keyof typeof en;
export type UiCatalogue = Record<UiKey, string>;
