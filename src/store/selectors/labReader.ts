import { recordLookup, type LabReader } from '../../query';
import type { LabMirror } from '../labStore';
import { selectVmByName } from './vmList';

/** The UI's mirror as a query-layer reader: the console, its flows and its checks read the lab through it. */
export function mirrorReader(lab: LabMirror): LabReader {
  return {
    now: lab.now,
    hosts: recordLookup(lab.hosts),
    vms: recordLookup(lab.vms),
    relationships: recordLookup(lab.relationships),
    vmByName: (host, name) => selectVmByName(lab, host, name) ?? undefined,
  };
}
