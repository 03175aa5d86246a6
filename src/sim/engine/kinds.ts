/** Small-integer event kinds for the queue's hot path (plain switch dispatch, no closures per event). */
export const EV = {
  LOG_SWITCH: 1,
  TRANSFER_DONE: 2,
  RETRY: 3,
  IR_START: 4,
  IR_DONE: 5,
  RESYNC_START: 6,
  RESYNC_DONE: 7,
  RECOVERY_POINT: 8,
  WORKLOAD: 9,
  MONITOR: 10,
  HEALTH_TICK: 11,
  EXPORT_DONE: 12,
  IMPORT_DONE: 13,
  STORAGE_MOVE_DONE: 14,
} as const;

export type EventKind = (typeof EV)[keyof typeof EV];

/** Slot used by lab-wide events (health tick). */
export const GLOBAL_SLOT = 0;
