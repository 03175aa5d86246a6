import {
  PROTOCOL_VERSION,
  problemOf,
  isSpeed,
  type ClockStatus,
  type Command,
  type CommandResult,
  type Delta,
  type EngineFault,
  type LabFileData,
  type LabInfo,
  type LoadSource,
  type Snapshot,
  type Speed,
  type WorkerMessage,
  type WorkerRequest,
  type WorkerRequestType,
  type WorkerResults,
} from '../protocol';
import { HotDeltaSplitter } from './hotDelta';

/**
 * The worker's logic, free of worker globals so node tests can drive it with a fake clock:
 * it paces the engine against wall clock × speed, answers requests and streams snapshots and deltas.
 * It holds no business rules: everything about hosts, VMs and replication happens in the engine.
 */

/** The part of the engine the host drives (`src/sim` Engine satisfies it). */
export interface PacedEngine {
  readonly now: number;
  execute(command: Command): CommandResult;
  /** Fires events due up to `time`; stops after `maxEvents` and returns false when it did not get there. */
  advanceTo(time: number, maxEvents?: number): boolean;
  snapshot(): Snapshot;
  delta(baseSeq: number, baseEventSeq: number): Delta;
  /** Like `delta` but with live objects, not copies (the host copies what it sends); optional. */
  changes?(baseSeq: number, baseEventSeq: number): Delta;
}

/** How labs are made and saved (injected so the host does not import the engine). */
export interface LabFactory<E extends PacedEngine = PacedEngine> {
  /** @throws on an unknown preset or an invalid lab file. */
  load(source: LoadSource): E;
  save(engine: E): LabFileData;
}

export interface HostEnv {
  /** Posts `message`, transferring `transfer` (the typed buffers of a delta). */
  post(message: WorkerMessage, transfer?: Transferable[]): void;
  /** Wall-clock milliseconds (monotonic; `performance.now()` in the worker). */
  wallClock(): number;
}

export interface PacingOptions {
  /** Wall time the engine may use per tick before the host reports "behind real time". */
  tickBudgetMs: number;
  /** Events run between two looks at the wall clock. */
  chunkEvents: number;
  /** Minimum wall time between two paced deltas (ticks come every ~100 ms: ≤ 10 Hz). */
  pushIntervalMs: number;
  /** Longest wall gap one tick accounts for (a throttled timer must not cause a jump). */
  maxElapsedMs: number;
  /**
   * Backlog tolerated, in wall milliseconds of simulated work: a slow tick is caught up by the next ones;
   * past this, the host reports "behind" and forgets the excess (the effective speed is capped).
   */
  maxBacklogMs: number;
  /** How long "behind" stays on after the last tick that could not keep up (no flicker). */
  behindHoldMs: number;
}

export const DEFAULT_PACING: PacingOptions = {
  tickBudgetMs: 40,
  chunkEvents: 2_000,
  pushIntervalMs: 95,
  maxElapsedMs: 1_000,
  maxBacklogMs: 500,
  behindHoldMs: 1_000,
};

/** Interval of the timer that calls {@link SimHost.tick} (simWorker.ts). */
export const TICK_MS = 100;

export class SimHost<E extends PacedEngine = PacedEngine> {
  private engine: E | null = null;
  private speed: Speed = 0;
  private playSpeed: Exclude<Speed, 0> = 1;
  private behindUntil = -Infinity;
  private lastWall: number;
  /** Simulated milliseconds owed to wall clock × speed (fractions included, so 1× does not drift). */
  private debt = 0;
  private streamSeq = 0;
  private baseVersion = 0;
  private baseEventSeq = 0;
  private lastPushWall = -Infinity;
  /** Something changed since the last delta (time moved, a request ran). */
  private dirty = false;
  private lastClockKey = '';
  /** The engine's last exception while running time (reported on every stream message until cleared). */
  private fault: EngineFault | null = null;
  /** ISO date of simulated time 0 of the open lab (for readable fault messages). */
  private startDate = '';
  private readonly pacing: PacingOptions;
  private readonly splitter = new HotDeltaSplitter();

  constructor(
    private readonly labs: LabFactory<E>,
    private readonly env: HostEnv,
    pacing: Partial<PacingOptions> = {},
  ) {
    this.pacing = { ...DEFAULT_PACING, ...pacing };
    this.lastWall = env.wallClock();
  }

  get clock(): ClockStatus {
    return { speed: this.speed, playSpeed: this.playSpeed, behind: this.env.wallClock() < this.behindUntil, engineFault: this.fault };
  }

  /** One pacing step; the worker calls it every {@link TICK_MS}. */
  tick(): void {
    const wall = this.env.wallClock();
    const elapsed = Math.min(Math.max(0, wall - this.lastWall), this.pacing.maxElapsedMs);
    this.lastWall = wall;
    const engine = this.engine;
    if (!engine) return;
    if (this.speed > 0) {
      this.debt += elapsed * this.speed;
      const step = Math.floor(this.debt);
      if (step > 0) {
        this.dirty = true;
        const from = engine.now;
        if (!this.runGuarded(engine, from + step, wall)) return; // stopped and reported
        this.debt -= engine.now - from;
        const maxDebt = this.pacing.maxBacklogMs * this.speed;
        if (this.debt > maxDebt) {
          // Forget the excess instead of chasing it: the effective speed is capped and the UI says so.
          this.debt = maxDebt;
          this.behindUntil = wall + this.pacing.behindHoldMs;
        }
      }
    }
    const clockChanged = this.clockKey() !== this.lastClockKey;
    if ((this.dirty || clockChanged) && wall - this.lastPushWall >= this.pacing.pushIntervalMs) this.pushDelta();
  }

  /** Answers one request; every request gets exactly one response. */
  handle(request: WorkerRequest): void {
    try {
      const result = this.run(request);
      this.post({ kind: 'response', protocolVersion: PROTOCOL_VERSION, requestId: request.requestId, seq: this.streamSeq, ok: true, result });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      // A refused lab file says where and why, for the page to translate.
      const problem = problemOf(err);
      this.post({ kind: 'response', protocolVersion: PROTOCOL_VERSION, requestId: request.requestId, seq: this.streamSeq, ok: false, error, ...(problem ? { problem } : {}) });
    }
  }

  private run(request: WorkerRequest): WorkerResults[WorkerRequestType] {
    switch (request.type) {
      case 'load':
        return this.load(request.source);
      case 'execute': {
        const result = this.requireEngine().execute(request.command);
        this.flush();
        return result;
      }
      case 'advance':
        return this.advance(request.ms);
      case 'setSpeed':
        return this.setSpeed(request.speed);
      case 'pause':
        if (request.playSpeed !== undefined && !isSpeed(request.playSpeed)) throw new Error(`Invalid speed ${String(request.playSpeed)}.`);
        if (request.playSpeed) this.playSpeed = request.playSpeed;
        return this.setSpeed(0);
      case 'play':
        return this.setSpeed(this.playSpeed);
      case 'export':
        return this.labs.save(this.requireEngine());
      case 'exportText': {
        const text = JSON.stringify(this.labs.save(this.requireEngine()));
        return text.length > request.maxChars ? null : text;
      }
      case 'snapshot':
        this.pushSnapshot(this.requireEngine(), 'resync');
        return null;
    }
  }

  private load(source: LoadSource): LabInfo {
    const engine = this.labs.load(source);
    this.engine = engine;
    this.fault = null;
    this.debt = 0;
    this.behindUntil = -Infinity;
    this.lastWall = this.env.wallClock();
    const snapshot = this.pushSnapshot(engine, 'load');
    return { labId: snapshot.labId, seed: snapshot.seed, startDate: snapshot.startDate };
  }

  /** Runs to now + ms whatever the speed; long runs still stream progress at ≤ 10 Hz. */
  private advance(ms: number): { now: number } {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`Invalid duration ${ms}: expected a non-negative number of milliseconds.`);
    const engine = this.requireEngine();
    const target = engine.now + Math.round(ms);
    try {
      while (!engine.advanceTo(target, this.pacing.chunkEvents)) {
        if (this.env.wallClock() - this.lastPushWall >= this.pacing.pushIntervalMs) this.pushDelta();
      }
    } catch (err) {
      throw this.stopOnFault(engine, err);
    }
    this.fault = null;
    // The wall time spent here is not owed to the paced clock.
    this.lastWall = this.env.wallClock();
    this.debt = 0;
    this.flush();
    return { now: engine.now };
  }

  private setSpeed(speed: Speed): ClockStatus {
    if (!isSpeed(speed)) throw new Error(`Invalid speed ${String(speed)}: use 0 (paused), 1, 10, 60, 600 or 3600.`);
    if (this.speed === 0 && speed > 0) this.lastWall = this.env.wallClock();
    // A backlog owed at the old speed is not owed at the new one.
    this.debt = 0;
    this.speed = speed;
    if (speed !== 0) {
      this.playSpeed = speed;
      this.fault = null; // restarting the clock is trying again
    }
    this.behindUntil = -Infinity;
    if (this.engine) this.flush();
    return this.clock;
  }

  /** Paced run of one tick. @returns false when the engine threw (the clock is then stopped and the fault reported). */
  private runGuarded(engine: E, target: number, tickStart: number): boolean {
    try {
      this.runWithin(engine, target, tickStart);
      return true;
    } catch (err) {
      this.stopOnFault(engine, err);
      return false;
    }
  }

  /**
   * The engine threw while running time: stop the clock where the engine is, and push that state with the
   * fault so the page's clock, grid and `now()` agree with the engine (the lab stays inspectable, exportable
   * and loadable). Only when even that push fails does the error escape (the worker is then faulted).
   * @returns the error to answer a request with.
   */
  private stopOnFault(engine: E, err: unknown): Error {
    const message = err instanceof Error ? err.message : String(err);
    const at = engine.now;
    this.fault = { message, at };
    this.speed = 0;
    this.debt = 0;
    this.behindUntil = -Infinity;
    this.lastWall = this.env.wallClock();
    try {
      this.flush();
    } catch {
      this.pushSnapshot(engine, 'resync'); // the changes could not be read: send the whole lab
    }
    const start = Date.parse(this.startDate);
    const when = Number.isFinite(start) ? new Date(start + at).toISOString() : `${at} ms`;
    return new Error(`The simulation stopped at ${when}: the engine failed (${message}). The clock is paused there.`);
  }

  /** Advances until `target` or until the tick's wall budget is spent. @returns true when `target` was reached. */
  private runWithin(engine: PacedEngine, target: number, tickStart: number): boolean {
    for (;;) {
      if (engine.advanceTo(target, this.pacing.chunkEvents)) return true;
      if (this.env.wallClock() - tickStart >= this.pacing.tickBudgetMs) return false;
    }
  }

  /** A delta now (after a request), regardless of the 10 Hz pacing. */
  private flush(): void {
    this.dirty = true;
    this.pushDelta();
  }

  private pushDelta(): void {
    const engine = this.engine;
    if (!engine) return;
    const changes = engine.changes ? engine.changes(this.baseVersion, this.baseEventSeq) : engine.delta(this.baseVersion, this.baseEventSeq);
    this.baseVersion = changes.seq;
    const lastEvent = changes.events[changes.events.length - 1];
    if (lastEvent) this.baseEventSeq = lastEvent.seq;
    const { delta, hot, transfer } = this.splitter.split(changes);
    const baseSeq = this.streamSeq;
    this.env.post({ kind: 'delta', ...this.header(delta.now), baseSeq, delta, hot }, transfer);
  }

  private pushSnapshot(engine: E, reason: 'load' | 'resync'): Snapshot {
    const snapshot = engine.snapshot();
    this.startDate = snapshot.startDate;
    this.splitter.reset(snapshot);
    this.baseVersion = snapshot.seq;
    this.baseEventSeq = snapshot.events[snapshot.events.length - 1]?.seq ?? 0;
    this.post({ kind: 'snapshot', ...this.header(snapshot.now), baseSeq: -1, reason, snapshot });
    return snapshot;
  }

  private header(now: number) {
    const clock = this.clock;
    this.lastClockKey = this.clockKey(clock);
    this.dirty = false;
    this.lastPushWall = this.env.wallClock();
    return { protocolVersion: PROTOCOL_VERSION, seq: ++this.streamSeq, now, clock };
  }

  private clockKey(clock: ClockStatus = this.clock): string {
    return `${clock.speed}|${clock.playSpeed}|${clock.behind}|${clock.engineFault ? `${clock.engineFault.at}|${clock.engineFault.message}` : ''}`;
  }

  private requireEngine(): E {
    if (!this.engine) throw new Error('No lab is loaded yet.');
    return this.engine;
  }

  private post(message: WorkerMessage): void {
    this.env.post(message);
  }
}
