import type { SimErrorCode } from '../../protocol';
import type { ReasonCatalogue } from './reasons';

/** Message keys the engine emits in events and health details (typed so catalogues cannot miss one). */
export const EVENT_KEYS = [
  'event.29174', 'event.29242', 'event.29244', 'event.32086', 'event.32315',
  'event.hostCrashed', 'event.hostStarted', 'event.irCompleted', 'event.irNoSpace', 'event.irStarted',
  'event.linkDown', 'event.linkUp', 'event.replicaServerChanged', 'event.replicationEnabled', 'event.replicationRemoved',
  'event.replicationResumed', 'event.replicationSuspended', 'event.resyncLogsTooLarge', 'event.resyncUnclean',
  'event.vmRunning', 'event.vmOff', 'event.vmSaved', 'event.vmPaused',
  'event.plannedPrepared', 'event.failedOver', 'event.testFailoverStarted', 'event.testFailoverStopped',
  'event.failoverCancelled', 'event.failoverCompleted', 'event.replicationReversed',
  'event.exportStarted', 'event.exportCompleted', 'event.importCompleted',
] as const;
export type EventKey = (typeof EVENT_KEYS)[number];

export const HEALTH_KEYS = [
  'health.behind', 'health.cannotSend', 'health.error', 'health.initialPending', 'health.latency', 'health.missedCycles',
  'health.pausedOnPrimary', 'health.pausedOnReplica', 'health.resyncRequired', 'health.reversePending',
] as const;
export type HealthKey = (typeof HEALTH_KEYS)[number];

export type MessageCatalogue = Record<EventKey | HealthKey, string> & Record<`error.${SimErrorCode}`, string> & ReasonCatalogue;
