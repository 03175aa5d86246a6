import { useLab } from '../../store/labStore';
import { ColumnsDialog } from './ColumnsDialog';
import { VmGridView } from './VmGrid';

/**
 * Interim page body until the console shell lands: a "Virtual Machines" grid per host, in the lab's
 * order, sharing one Add/Remove Columns dialog. The shell renders one `VmGrid` for the selected host.
 */
export function HostList() {
  const hostNames = useLab((lab) => lab.hostNames);
  return (
    <div className="hosts">
      {hostNames.map((host) => (
        <section key={host} className="host" aria-label={host}>
          <h2>{host}</h2>
          <div className="host__grid">
            <VmGridView host={host} />
          </div>
        </section>
      ))}
      <ColumnsDialog />
    </div>
  );
}
