import type { Command } from './commands';
import type { CommandResult } from './errors';
import type { InputProblem } from './inputProblem';
import type { Relationship, SimTime, Vm } from './entities';
import type { Delta, Snapshot } from './snapshot';

/**
 * Messages between the UI thread (`src/store/bridge.ts`) and the simulation worker (`src/worker`).
 *
 * Two channels share one `postMessage` pipe:
 * - **requests** (UI → worker), each with a `requestId`, answered by exactly one `response`;
 * - a **stream** (worker → UI) of `snapshot` and `delta` messages. Every stream message carries
 *   `protocolVersion`, a strictly increasing `seq` and the `baseSeq` it builds on, so the store can
 *   tell when it missed one (it then drops deltas and asks for a full snapshot).
 *
 * Ordering guarantee: a request that changes the lab makes the worker push a delta (or a snapshot)
 * *before* it posts the response, and the response names that message's `seq`.
 */

/** Simulated seconds per wall-clock second. 0 is paused. */
export const SPEEDS = [0, 1, 10, 60, 600, 3600] as const;
export type Speed = (typeof SPEEDS)[number];

/** @returns true when `n` is one of {@link SPEEDS}. */
export function isSpeed(n: unknown): n is Speed {
  return typeof n === 'number' && (SPEEDS as readonly number[]).includes(n);
}

/**
 * A saved lab as `export()` returns it. Its full shape belongs to the engine (`src/sim/labs/labFile.ts`);
 * outside the worker it is an opaque JSON document with these identifying fields.
 */
export interface LabFileData {
  format: 'replica-lab';
  version: number;
  labId: string;
  seed: number;
  startDate: string;
  now: SimTime;
}

/** What to load: a preset by id (with its seed and size parameters) or a saved lab file. */
export type LoadSource =
  /** A fresh preset lab; `hosts`/`vms` only matter for `scale`. An unknown id is rejected. */
  | { kind: 'preset'; presetId: string; seed?: number; hosts?: number; vms?: number }
  /** A lab file from `export()`; rejected when it is not a valid Replica Lab file. */
  | { kind: 'file'; file: unknown };

/** The worker's pacing state, repeated on every stream message. */
export interface ClockStatus {
  /** Requested speed (0 while paused). */
  speed: Speed;
  /** Speed `play()` resumes (the last non-zero speed). */
  playSpeed: Exclude<Speed, 0>;
  /** True while the engine cannot keep up with wall clock × speed (the effective speed is capped). */
  behind: boolean;
  /**
   * Set when the engine threw while running time: the worker stopped the clock where the engine was and
   * keeps the lab inspectable. Cleared by a load, by play and by a later advance that succeeds. The worker
   * always sends it (null when there is no fault).
   */
  engineFault?: EngineFault | null;
}

/** An exception the engine threw while running simulated time (a bug or a lab file it cannot run). */
export interface EngineFault {
  /** The exception's message, as thrown (not translated). */
  message: string;
  /** Simulated time the engine had reached when it threw: the clock stopped there. */
  at: SimTime;
}

/** Identity of the lab the worker holds. */
export interface LabInfo {
  labId: string;
  seed: number;
  /** ISO 8601 date of simulated time 0. */
  startDate: string;
}

/** Request bodies; the bridge adds `requestId`. */
export type WorkerRequestBody =
  /** Run one cmdlet-like command at the current simulated time. */
  | { type: 'execute'; command: Command }
  /** Run the engine synchronously to `now + ms`, whatever the speed. */
  | { type: 'advance'; ms: number }
  | { type: 'setSpeed'; speed: Speed }
  /** Stop the clock; `playSpeed` sets what `play` resumes (so "start paused at 60×" never runs a tick). */
  | { type: 'pause'; playSpeed?: Exclude<Speed, 0> }
  | { type: 'play' }
  /** Replace the lab; the worker pushes a full snapshot. Speed is kept. */
  | { type: 'load'; source: LoadSource }
  | { type: 'export' }
  /**
   * The lab file as JSON text, serialised in the worker (autosave: the page never holds a large lab), or
   * null when it is longer than `maxChars`.
   */
  | { type: 'exportText'; maxChars: number }
  /** Resync: push a full snapshot (the store missed a delta's base). */
  | { type: 'snapshot' };

export type WorkerRequestType = WorkerRequestBody['type'];
export type WorkerRequest = WorkerRequestBody & { requestId: number };

/** The `result` each request type answers with. */
export interface WorkerResults {
  execute: CommandResult;
  advance: { now: SimTime };
  setSpeed: ClockStatus;
  pause: ClockStatus;
  play: ClockStatus;
  load: LabInfo;
  export: LabFileData;
  exportText: string | null;
  snapshot: null;
}

/** Answer to one request. `seq` is the stream message that already reflects the request's effect. */
export type WorkerResponse = {
  kind: 'response';
  protocolVersion: number;
  requestId: number;
  seq: number;
} & (
  | { ok: true; result: WorkerResults[WorkerRequestType] }
  /** The request itself failed (unknown lab, invalid file, bad speed…). Command rejections are `ok: true` with a failed CommandResult. */
  /** `problem`: why a lab file was refused (its path in the file and an InputReason), for the page to translate. */
  | { ok: false; error: string; problem?: InputProblem }
);

interface StreamHeader {
  protocolVersion: number;
  /** Strictly increasing over the worker's life (across loads). */
  seq: number;
  /** `seq` of the stream message this one builds on; -1 for a snapshot (it needs no base). */
  baseSeq: number;
  now: SimTime;
  clock: ClockStatus;
}

/** The whole lab: sent on load and on resync only. */
export interface SnapshotMessage extends StreamHeader {
  kind: 'snapshot';
  reason: 'load' | 'resync';
  snapshot: Snapshot;
}

/**
 * Hot numeric fields: the ones that change on every workload tick or replication cycle. An entity whose
 * only changes since the last message are among these travels in {@link HotDelta} typed arrays, not as an
 * object. `sub` names a field of a nested object (`vm.workload`, `relationship.stats`). At most 16 per kind.
 *
 * These lists are the one definition. The worker's writer (`src/worker/hotDelta.ts`) reads them generically;
 * the store's reader (`src/store/hotRecords.ts`) keeps hand-written accessors for speed, typed against these
 * tuples ({@link HotAccessors}) so a change here that the reader does not mirror fails `npm run typecheck`,
 * and checked at run time by `src/worker/hotDelta.test.ts`.
 */
export interface HotField {
  key: string;
  sub?: string;
}

/** A number-or-null property of `T`, or of a nested object of `T`, as a {@link HotField}. */
export type HotFieldOf<T> = {
  [K in keyof T & string]: T[K] extends number | null
    ? { readonly key: K; readonly sub?: undefined }
    : T[K] extends object
      ? { [S in keyof T[K] & string]: T[K][S] extends number | null ? { readonly key: K; readonly sub: S } : never }[keyof T[K] & string]
      : never;
}[keyof T & string];

/**
 * Accessors for the fields of `Fields`, in the same order: entry `j` names field `j` (`key`, `sub`). A list
 * that gains, loses or reorders a field no longer matches its accessors' type.
 */
export type HotAccessors<Fields extends readonly HotField[], Access> = {
  readonly [J in keyof Fields]: Access & { readonly key: Fields[J]['key']; readonly sub?: Fields[J]['sub'] };
};

export const VM_HOT_FIELDS = [
  { key: 'writeSeq' },
  { key: 'cpuUsagePercent' },
  { key: 'memoryAssignedMB' },
  { key: 'startedAt' },
  { key: 'workload', sub: 'writesPerSecond' },
] as const satisfies readonly HotFieldOf<Vm>[];

export const RELATIONSHIP_HOT_FIELDS = [
  { key: 'appliedSeq' },
  { key: 'pendingBytes' },
  { key: 'lastReplicationTime' },
  { key: 'consecutiveFailures' },
  { key: 'stats', sub: 'startTime' },
  { key: 'stats', sub: 'successCount' },
  { key: 'stats', sub: 'missCount' },
  { key: 'stats', sub: 'sizeBytes' },
  { key: 'stats', sub: 'maxSizeBytes' },
  { key: 'stats', sub: 'latencySumMs' },
  { key: 'stats', sub: 'maxLatencyMs' },
  { key: 'stats', sub: 'networkFailureCount' },
  { key: 'stats', sub: 'replicationFailureCount' },
  { key: 'stats', sub: 'appConsistentFailureCount' },
  { key: 'appliedDataTime' },
] as const satisfies readonly HotFieldOf<Relationship>[];

/**
 * Hot-field updates of one entity kind, in transferred buffers. `bytes` is a stream of LEB128 varints
 * (zigzag for signed ones); for each of the `count` entries: the entity's index (see {@link HotDelta}) as
 * a signed difference from the previous entry's index (the first from 0), then a mask (bit `j` < 16 = field
 * `j` changed; bit `16 + j` = that field comes raw from `floats`, NaN meaning null), then, in field order,
 * each changed field that is not raw as a signed integer difference from the value the UI holds.
 */
export interface HotColumns {
  count: number;
  bytes: Uint8Array;
  floats: Float64Array;
}

/**
 * The typed part of a delta. Entity indexes: the order of the last snapshot's `vms` / `relationships`,
 * extended by `addedVms` / `addedRelationships` (keys first seen in this delta; their full objects are in
 * the delta). A removed entity keeps its index.
 */
export interface HotDelta {
  addedVms: string[];
  addedRelationships: string[];
  vms: HotColumns;
  relationships: HotColumns;
}

/**
 * Entities changed and events logged since the message `baseSeq`; at most 10 per second while running.
 * `delta` holds full objects only for entities with a structural change (state, health, adapters…); the
 * rest are in `hot`.
 */
export interface DeltaMessage extends StreamHeader {
  kind: 'delta';
  delta: Delta;
  hot: HotDelta;
}

export type StreamMessage = SnapshotMessage | DeltaMessage;
export type WorkerMessage = StreamMessage | WorkerResponse;
