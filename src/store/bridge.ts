import {
  PROTOCOL_VERSION,
  type ClockStatus,
  type Command,
  type CommandResult,
  type InputProblem,
  type LabFileData,
  type LabInfo,
  type LoadSource,
  type Speed,
  type WorkerMessage,
  type WorkerRequest,
  type WorkerRequestBody,
  type WorkerRequestType,
  type WorkerResponse,
  type WorkerResults,
} from '../protocol';
import { labStore, type LabStore } from './labStore';
import { applyDelta, indexFromSnapshot, mirrorFromSnapshot, type EntityIndex } from './mirror';

/** A request the worker refused; `problem` says where and why when it was a lab file (to translate). */
export class RequestRefused extends Error {
  constructor(
    message: string,
    readonly problem?: InputProblem,
  ) {
    super(message);
    this.name = 'RequestRefused';
  }
}

/** The side of the worker the bridge writes to (a `Worker`, or a fake in tests). */
export interface WorkerPort {
  postMessage(message: WorkerRequest): void;
}

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
}

interface Waiter {
  seq: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Owns the conversation with the simulation worker and is the only writer of the lab mirror.
 * Requests return promises that settle once the mirror already shows their effect; stream messages
 * are applied in order, and a delta whose base the mirror never saw is dropped in favour of a resync.
 */
export class Bridge {
  private nextRequestId = 1;
  private readonly pending = new Map<number, Pending>();
  private waiters: Waiter[] = [];
  private resyncing = false;
  /** Entity indexes of the typed hot updates (reset by each snapshot). */
  private index: EntityIndex = { vms: [], relationships: [] };

  constructor(
    private readonly port: WorkerPort,
    readonly store: LabStore = labStore,
  ) {}

  request<T extends WorkerRequestType>(body: Extract<WorkerRequestBody, { type: T }>): Promise<WorkerResults[T]> {
    const fault = this.store.getState().fault;
    if (fault) return Promise.reject(new Error(fault));
    const requestId = this.nextRequestId++;
    return new Promise<WorkerResults[T]>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.port.postMessage({ ...body, requestId });
    });
  }

  /** Runs a command; resolves with its CommandResult (a rejected command is `ok: false`, not an exception). */
  execute(command: Command): Promise<CommandResult> {
    return this.request({ type: 'execute', command });
  }

  advance(ms: number): Promise<{ now: number }> {
    return this.request({ type: 'advance', ms });
  }

  setSpeed(speed: Speed): Promise<ClockStatus> {
    return this.request({ type: 'setSpeed', speed });
  }

  pause(playSpeed?: Exclude<Speed, 0>): Promise<ClockStatus> {
    return this.request(playSpeed === undefined ? { type: 'pause' } : { type: 'pause', playSpeed });
  }

  play(): Promise<ClockStatus> {
    return this.request({ type: 'play' });
  }

  /** Replaces the lab. @throws (rejects) on an unknown preset or an invalid file; the current lab stays. */
  load(source: LoadSource): Promise<LabInfo> {
    return this.request({ type: 'load', source });
  }

  exportLab(): Promise<LabFileData> {
    return this.request({ type: 'export' });
  }

  /** The lab file as JSON text made in the worker, or null when longer than `maxChars` (autosave). */
  exportText(maxChars: number): Promise<string | null> {
    return this.request({ type: 'exportText', maxChars });
  }

  /** Handles one message from the worker. */
  receive(message: WorkerMessage): void {
    if (message.protocolVersion !== PROTOCOL_VERSION) {
      this.fail(`protocol version ${message.protocolVersion} from the worker, ${PROTOCOL_VERSION} expected`);
      return;
    }
    const state = this.store.getState();
    switch (message.kind) {
      case 'snapshot':
        this.resyncing = false;
        this.index = indexFromSnapshot(message.snapshot);
        this.store.setState(mirrorFromSnapshot(state, message), true);
        this.release();
        return;
      case 'delta':
        if (message.baseSeq !== state.seq) {
          this.resync();
          return;
        }
        this.store.setState(applyDelta(state, message, this.index), true);
        this.release();
        return;
      case 'response':
        this.settle(message);
        return;
    }
  }

  /** The worker is gone or speaks another protocol: every pending call fails, and so will later ones. */
  fail(reason: string): void {
    this.store.setState({ fault: reason });
    const error = new Error(reason);
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    for (const w of this.waiters) w.reject(error);
    this.waiters = [];
  }

  /** Resolves once the mirror has applied stream message `seq` or a later one. */
  whenApplied(seq: number): Promise<void> {
    if (this.store.getState().seq >= seq) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ seq, resolve, reject }));
  }

  private settle(message: WorkerResponse): void {
    const pending = this.pending.get(message.requestId);
    if (!pending) return;
    this.pending.delete(message.requestId);
    this.whenApplied(message.seq).then(
      () => (message.ok ? pending.resolve(message.result as never) : pending.reject(new RequestRefused(message.error, message.problem))),
      pending.reject,
    );
  }

  private resync(): void {
    if (this.resyncing) return;
    this.resyncing = true;
    this.request({ type: 'snapshot' }).catch(() => {
      this.resyncing = false;
    });
  }

  private release(): void {
    const seq = this.store.getState().seq;
    const ready = this.waiters.filter((w) => w.seq <= seq);
    if (ready.length === 0) return;
    this.waiters = this.waiters.filter((w) => w.seq > seq);
    for (const w of ready) w.resolve();
  }
}

let active: Bridge | null = null;

/** Starts the simulation worker and the page's bridge (once per page). */
export function startBridge(): Bridge {
  if (active) return active;
  const worker = new Worker(new URL('../worker/simWorker.ts', import.meta.url), { type: 'module' });
  const bridge = new Bridge(worker);
  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => bridge.receive(event.data));
  worker.addEventListener('error', (event) => bridge.fail(event.message || 'the simulation worker failed'));
  worker.addEventListener('messageerror', () => bridge.fail('a worker message could not be read'));
  active = bridge;
  return bridge;
}

function withBridge<T>(send: (bridge: Bridge) => Promise<T>): Promise<T> {
  return active ? send(active) : Promise.reject(new Error('The simulation is not started.'));
}

/** Module-level senders for components (they never hold the bridge). */
export const simControl = {
  setSpeed: (speed: Speed): Promise<ClockStatus> => withBridge((b) => b.setSpeed(speed)),
  execute: (command: Command): Promise<CommandResult> => withBridge((b) => b.execute(command)),
};
