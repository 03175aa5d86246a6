import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

export interface SplitterProps {
  /** `vertical`: a line between side-by-side panes (moves left/right); `horizontal`: between stacked panes. */
  orientation: 'vertical' | 'horizontal';
  label: string;
  /** Size in px of the pane this splitter resizes (aria-valuenow). */
  value: number;
  min: number;
  max: number;
  /** +1 when moving the splitter right/down grows the pane, -1 when it shrinks it. */
  direction: 1 | -1;
  /** Id of the resized pane. */
  controls?: string;
  onChange: (value: number) => void;
}

const STEP = 10;
const BIG_STEP = 50;

/**
 * A focusable window splitter (WAI-ARIA separator): drag it, or focus it and use the arrow keys (Shift for
 * bigger steps), Home and End.
 */
export function Splitter({ orientation, label, value, min, max, direction, controls, onChange }: SplitterProps) {
  const drag = useRef<{ start: number; value: number } | null>(null);
  const vertical = orientation === 'vertical';
  const clamp = (v: number) => Math.min(max, Math.max(min, Math.round(v)));

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const forward = vertical ? 'ArrowRight' : 'ArrowDown';
    const back = vertical ? 'ArrowLeft' : 'ArrowUp';
    let next: number | null = null;
    if (event.key === forward) next = value + step * direction;
    else if (event.key === back) next = value - step * direction;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    onChange(clamp(next));
  };
  const position = (event: PointerEvent) => (vertical ? event.clientX : event.clientY);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.focus();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = { start: position(event), value };
  };
  const onPointerMove = (event: PointerEvent) => {
    const d = drag.current;
    if (d) onChange(clamp(d.value + (position(event) - d.start) * direction));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture?.(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  };

  return (
    <div
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-controls={controls}
      tabIndex={0}
      className={`splitter splitter--${orientation}`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
