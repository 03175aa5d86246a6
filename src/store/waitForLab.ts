import { labStore, type LabMirror } from './labStore';

/**
 * Resolves once the lab mirror satisfies `done` (the engine's answer reaches the store a moment after the
 * command's result). `signal` abandons the wait, rejecting with an `AbortError`.
 */
export function waitForLab(done: (lab: LabMirror) => boolean, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('closed', 'AbortError'));
    if (done(labStore.getState())) return resolve();
    const onAbort = () => {
      unsubscribe();
      reject(new DOMException('closed', 'AbortError'));
    };
    const unsubscribe = labStore.subscribe((lab) => {
      if (!done(lab)) return;
      unsubscribe();
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
