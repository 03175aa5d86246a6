import type { LabReader } from '../../query';
import type { World } from './world';

/** The engine's world as a query-layer reader (its Maps are lookups as they are: nothing is copied). */
export function worldReader(world: World): LabReader {
  return {
    get now() {
      return world.now;
    },
    get hosts() {
      return world.hosts;
    },
    get vms() {
      return world.vms;
    },
    get relationships() {
      return world.rels;
    },
    vmByName: (host, name) => world.findVm(host, name),
  };
}
