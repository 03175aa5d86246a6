import { useId } from 'react';
import { useT } from '../common/useT';
import { CheckpointsPane } from '../details/CheckpointsPane';
import { DetailsPane } from '../details/DetailsPane';
import { VmGrid } from '../vm-list/VmGrid';
import { CentreStack } from './CentreStack';

/** A connected host: "Virtual Machines", "Checkpoints" and the details pane, stacked. */
export function HostView({ host }: { host: string }) {
  const t = useT();
  const headingId = useId();
  return (
    <CentreStack
      vms={
        <section className="pane vms-pane" aria-labelledby={headingId}>
          <h2 id={headingId} className="pane-header">
            {t('vmList.title')}
          </h2>
          <div className="pane-body vms-body">
            <VmGrid host={host} />
          </div>
        </section>
      }
      checkpoints={<CheckpointsPane />}
      details={<DetailsPane />}
    />
  );
}
