import type { LabMirror } from '../../../store/labStore';
import { useLab } from '../../../store/labStore';
import type { Vm } from '../../../protocol';

/** The VM named `name` on `host` (dialog requests address VMs the way the cmdlets do). */
export function vmByName(lab: LabMirror, host: string, name: string): Vm | undefined {
  const key = (lab.vmKeysByHost[host] ?? []).find((k) => lab.vms[k]?.name === name);
  return key === undefined ? undefined : lab.vms[key];
}

export function useVm(host: string, name: string): Vm | undefined {
  return useLab((lab) => vmByName(lab, host, name));
}
