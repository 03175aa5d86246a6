import { Splitter } from './Splitter';
import { PANE_LIMITS, setPaneSize, usePaneLayout, type PaneSize } from './paneLayout';

interface PaneSplitterProps {
  size: PaneSize;
  orientation: 'vertical' | 'horizontal';
  direction: 1 | -1;
  label: string;
  controls: string;
}

/** A splitter bound to one persisted pane size (subscribes to that size alone). */
export function PaneSplitter({ size, orientation, direction, label, controls }: PaneSplitterProps) {
  const value = usePaneLayout((layout) => layout[size]);
  return (
    <Splitter
      orientation={orientation}
      direction={direction}
      label={label}
      controls={controls}
      value={value}
      min={PANE_LIMITS[size].min}
      max={PANE_LIMITS[size].max}
      onChange={(next) => setPaneSize(size, next)}
    />
  );
}
