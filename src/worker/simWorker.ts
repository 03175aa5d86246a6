/**
 * Worker entry: wires {@link SimHost} to the engine, `postMessage` and a 100 ms timer. Nothing else
 * belongs here (the logic lives in host.ts so node tests can run it).
 */
import type { WorkerRequest } from '../protocol';
import { engineLabs } from './engineLabs';
import { SimHost, TICK_MS } from './host';

// Bundled into the page by mistake, it would run the engine on the UI thread: refuse loudly.
if ('document' in globalThis) throw new Error('simWorker.ts must be started with new Worker(), not imported.');

const host = new SimHost(engineLabs, {
  post: (message, transfer) => self.postMessage(message, { transfer: transfer ?? [] }),
  wallClock: () => performance.now(),
});

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => host.handle(event.data));
setInterval(() => host.tick(), TICK_MS);
