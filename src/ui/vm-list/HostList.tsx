import { useLab } from '../../store/labStore';
import { HostVmTable } from './HostVmTable';

/** A section per host, in the lab's order. */
export function HostList() {
  const hostNames = useLab((lab) => lab.hostNames);
  return (
    <div className="hosts">
      {hostNames.map((host) => (
        <HostVmTable key={host} host={host} />
      ))}
    </div>
  );
}
