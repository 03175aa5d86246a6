import { useCallback, useRef } from 'react';
import { useLab, type LabMirror } from '../../store/labStore';

/** Structural equality of plain data (primitives, arrays, plain objects), as the view selectors return. */
export function sameView(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameView((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Subscribes to a derived view of the lab that keeps its identity while its content is unchanged, so a
 * 10 Hz stream of deltas re-renders the component only when what it shows changes.
 */
export function useLabView<T>(select: (lab: LabMirror) => T): T {
  const last = useRef<{ value: T } | null>(null);
  const stable = useCallback(
    (lab: LabMirror) => {
      const next = select(lab);
      if (last.current && sameView(last.current.value, next)) return last.current.value;
      last.current = { value: next };
      return next;
    },
    [select],
  );
  return useLab(stable);
}
