import type { Vm } from '../../protocol';
import type { World } from '../model/world';

/** "<VM> - Test": a new VM (new id) on the replica host, Off, on the switch chosen for test failover. */
export function createTestVm(world: World, replica: Vm, seq: number): Vm {
  const name = `${replica.name} - Test`;
  const id = world.rng.guid(`test-vm:${replica.key}:${world.now}`);
  const vm: Vm = {
    ...structuredClone(replica),
    key: `${replica.host}:${id}`,
    id,
    name,
    state: 'Off',
    startedAt: null,
    cpuUsagePercent: 0,
    memoryAssignedMB: 0,
    disks: replica.disks.map((d) => ({ ...d, path: d.path.replace(/(\.vhdx?)$/i, ` - Test$1`), usedBytes: 0 })),
    adapters: replica.adapters.map((a) => ({ ...a, switchName: a.testFailoverSwitch })),
    writeSeq: seq,
    replicationMode: 'TestReplica',
    replicationState: 'Disabled',
    replicationHealth: 'NotApplicable',
    relationships: [],
  };
  world.addVm(vm);
  return vm;
}
