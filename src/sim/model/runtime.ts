/** Engine-private bookkeeping kept beside the public entities (exported in lab files, never shown). */

export interface HostRuntime {
  slot: number;
  /** Transfers currently on the wire from this host (≤ MAX_ACTIVE_TRANSFERS). */
  activeTransfers: number;
  /** Relationship ids waiting for a transfer slot, FIFO. */
  waiting: string[];
  monitorGen: number;
}

export interface VmRuntime {
  slot: number;
  /** Fractional writes not yet counted in `writeSeq`. */
  writeAcc: number;
  /** Simulated time up to which writes were accounted. */
  accountedTo: number;
  /** Simulated time of the last committed write (data-loss window after a failover). */
  lastWriteAt: number;
  workloadGen: number;
}

/** Change-log (HRL) bookkeeping of one relationship, seen from the primary. */
export interface RelRuntime {
  slot: number;
  /** One generation counter per event kind; bumping it cancels the pending event of that kind. */
  gens: number[];
  /** First write sequence of the open log (writes after this are in the current log). */
  logFromSeq: number;
  /** Closed logs waiting to be sent (merged into one transfer). */
  queuedLogs: number;
  queuedBytes: number;
  queuedSeqTo: number;
  queuedFirstSwitch: number;
  queuedLastSwitch: number;
  /** The log on the wire. */
  inflight: boolean;
  inflightBytes: number;
  inflightWireBytes: number;
  inflightSeqTo: number;
  inflightFirstSwitch: number;
  inflightLastSwitch: number;
  /** Waiting in the primary host's transfer queue. */
  waitingSlot: boolean;
  /** A retry is scheduled (event 32315); sends wait for it. */
  retryPending: boolean;
  /** Logs received by a paused replica but not applied yet. */
  receivedSeq: number;
  receivedAt: number;
  /** Primary time the newest received log was closed (its log switch): the data time it brings. */
  receivedDataTime: number;
  /** Hourly points created since the last application-consistent one. */
  pointsSinceVss: number;
  /** Write sequence at the start of the running initial copy or resynchronisation. */
  jobSeq: number;
  /** Primary time `jobSeq` was read (the data time of the copy once it is in place). */
  jobDataTime: number;
  /** Tracking is active: writes are logged (false while resynchronisation is required). */
  tracking: boolean;
  /** The primary host lost power while the VM ran: its log was not closed gracefully. */
  uncleanShutdown: boolean;
  /** Time left of a resynchronisation paused half-way. */
  pausedJobRemainingMs: number;
}

/** Cancels the pending event of `kind` (its generation no longer matches) and returns the new generation. */
export function bumpGen(rt: RelRuntime, kind: number): number {
  const gen = (rt.gens[kind] ?? 0) + 1;
  rt.gens[kind] = gen;
  return gen;
}

export function newRelRuntime(slot: number, seq: number): RelRuntime {
  return {
    slot,
    gens: new Array<number>(16).fill(0),
    logFromSeq: seq,
    queuedLogs: 0,
    queuedBytes: 0,
    queuedSeqTo: seq,
    queuedFirstSwitch: 0,
    queuedLastSwitch: 0,
    inflight: false,
    inflightBytes: 0,
    inflightWireBytes: 0,
    inflightSeqTo: seq,
    inflightFirstSwitch: 0,
    inflightLastSwitch: 0,
    waitingSlot: false,
    retryPending: false,
    receivedSeq: seq,
    receivedAt: 0,
    receivedDataTime: 0,
    pointsSinceVss: 0,
    jobSeq: seq,
    jobDataTime: 0,
    tracking: false,
    uncleanShutdown: false,
    pausedJobRemainingMs: 0,
  };
}
