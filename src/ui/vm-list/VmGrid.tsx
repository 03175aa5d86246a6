import { HostVmTable } from './HostVmTable';

/** The "Virtual Machines" grid of one host. */
export function VmGrid({ host }: { host: string }) {
  return <HostVmTable host={host} />;
}
