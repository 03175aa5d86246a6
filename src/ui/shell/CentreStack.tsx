import { useId, type ReactNode } from 'react';
import { useShallow } from 'zustand/shallow';
import { useT } from '../common/useT';
import { PaneSplitter } from './PaneSplitter';
import { usePaneLayout } from './paneLayout';

/** The centre's three stacked panes with their splitters (only this follows the persisted heights). */
export function CentreStack({ vms, checkpoints, details }: { vms: ReactNode; checkpoints: ReactNode; details: ReactNode }) {
  const t = useT();
  const checkpointsId = useId();
  const detailsId = useId();
  const heights = usePaneLayout(useShallow((l) => ({ checkpoints: l.checkpointsHeight, details: l.detailsHeight })));
  return (
    <div
      className="centre-stack"
      style={{ gridTemplateRows: `minmax(60px, 1fr) 5px ${heights.checkpoints}px 5px ${heights.details}px` }}
    >
      {vms}
      <PaneSplitter
        size="checkpointsHeight"
        orientation="horizontal"
        direction={-1}
        label={t('splitter.checkpoints')}
        controls={checkpointsId}
      />
      <div id={checkpointsId} className="centre-cell">
        {checkpoints}
      </div>
      <PaneSplitter size="detailsHeight" orientation="horizontal" direction={-1} label={t('splitter.details')} controls={detailsId} />
      <div id={detailsId} className="centre-cell">
        {details}
      </div>
    </div>
  );
}
