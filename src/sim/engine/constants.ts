export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Hyper-V retries a failed send after 5 minutes (event 32315 "will retry replication after 5 minute(s)"). */
export const RETRY_DELAY_MS = 5 * MINUTE;
/** Logs of at most 3 VMs are transferred in parallel per primary host (`MaximumActiveTransfers` default). */
export const MAX_ACTIVE_TRANSFERS = 3;
/** Resynchronisation is required once tracking logs exceed half of the replicated disks' size. */
export const RESYNC_LOG_RATIO = 0.5;
/** A relationship is Warning when more than 20 % of cycles were missed in the interval. */
export const MISSED_CYCLE_RATIO = 0.2;
/** A relationship is Warning when the replica is more than an hour behind. */
export const BEHIND_LIMIT_MS = HOUR;
/** Failed attempts (first try + one retry) after which the primary is considered unable to send: Critical. */
export const CRITICAL_AFTER_FAILURES = 2;
/** How often health is re-evaluated between events (the "behind by an hour" rule depends on time alone). */
export const HEALTH_TICK_MS = MINUTE;
/** Workload random-walk step. */
export const WORKLOAD_TICK_MS = 5 * MINUTE;
/** Block compare speed used by resynchronisation and existing-VM initial copy (bytes/s read on each side). */
export const COMPARE_BYTES_PER_SEC = 400 * 1024 * 1024;
/** Scheduled initial replication and resynchronisation may be at most 7 days ahead. */
/** Writing or reading an initial copy on external media (a USB disk): bytes per second. */
export const MEDIA_BYTES_PER_SEC = 150 * 1024 * 1024;
/** Copy rate of a storage move (`Move-VMStorage`): slow enough that the course's move spans a replication cycle or two. */
export const STORAGE_MOVE_BYTES_PER_SEC = 25 * 1024 * 1024;
export const MAX_SCHEDULE_AHEAD_MS = 7 * DAY;
export const VALID_FREQUENCIES = [30, 300, 900] as const;
