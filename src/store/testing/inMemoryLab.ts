import type { Engine } from '../../sim';
import type { WorkerMessage } from '../../protocol';
import { engineLabs } from '../../worker/engineLabs';
import { SimHost, type PacingOptions } from '../../worker/host';
import { Bridge } from '../bridge';
import { createLabStore, type LabStore } from '../labStore';

/**
 * Test harness: the real engine behind a {@link SimHost} and a {@link Bridge}, joined in memory instead of
 * through a Worker. Messages are cloned and delivered in microtasks, as `postMessage` would; the wall clock
 * is a number the test moves.
 */
export interface InMemoryLab {
  bridge: Bridge;
  host: SimHost<Engine>;
  store: LabStore;
  wall: { now: number };
  /** Every message the worker side posted, in order. */
  posted: WorkerMessage[];
  /** Lets every queued message be delivered. */
  settle(): Promise<void>;
}

export function createInMemoryLab(options: { store?: LabStore; pacing?: Partial<PacingOptions> } = {}): InMemoryLab {
  const store = options.store ?? createLabStore();
  const wall = { now: 0 };
  const posted: WorkerMessage[] = [];
  const host = new SimHost(
    engineLabs,
    {
      post: (message) => {
        posted.push(message);
        const copy = structuredClone(message);
        queueMicrotask(() => bridge.receive(copy));
      },
      wallClock: () => wall.now,
    },
    options.pacing,
  );
  const bridge = new Bridge(
    {
      postMessage: (request) => {
        const copy = structuredClone(request);
        queueMicrotask(() => host.handle(copy));
      },
    },
    store,
  );
  const settle = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return { bridge, host, store, wall, posted, settle };
}
