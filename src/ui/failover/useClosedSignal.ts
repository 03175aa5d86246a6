import { useEffect, useRef } from 'react';

/**
 * A signal aborted when the dialog unmounts, so a wait on the engine stops with it. Created in the effect
 * (not only at first render) because StrictMode mounts, unmounts and mounts again in development.
 */
export function useClosedSignal(): () => AbortSignal {
  const controller = useRef(new AbortController());
  useEffect(() => {
    controller.current = new AbortController();
    return () => controller.current.abort();
  }, []);
  return () => controller.current.signal;
}
