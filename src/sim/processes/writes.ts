import type { Vm } from '../../protocol';
import { EV } from '../engine/kinds';
import { WORKLOAD_TICK_MS } from '../engine/constants';
import type { Rev, VmTarget, World } from '../model/world';
import type { VmRuntime } from '../model/runtime';

/**
 * Brings a VM's write sequence up to `world.now`. Writes happen only while the VM runs on a powered
 * host; the count is rate × elapsed time, with the fraction carried over so nothing is lost or invented.
 */
export function accountWrites(world: World, vm: Vm): void {
  accountWritesOf(world, vm, world.vmRt.get(vm.key), undefined);
}

/** accountWrites with the VM's runtime and change-stamp box already at hand (a cached context's). */
export function accountWritesOf(world: World, vm: Vm, rt: VmRuntime | undefined, rev: Rev | undefined): void {
  if (!rt) return;
  const elapsed = world.now - rt.accountedTo;
  rt.accountedTo = world.now;
  if (elapsed <= 0 || vm.state !== 'Running') return;
  rt.lastWriteAt = world.now;
  const total = rt.writeAcc + (vm.workload.writesPerSecond * elapsed) / 1000;
  const whole = Math.floor(total);
  rt.writeAcc = total - whole;
  if (whole > 0) {
    vm.writeSeq += whole;
    world.touchVmVia(rev, vm.key);
  }
}

/** Starts the VM's workload random walk (called when it starts running). */
export function startWorkload(world: World, vm: Vm): void {
  const rt = world.vmRt.get(vm.key);
  if (!rt) return;
  rt.accountedTo = world.now;
  rt.workloadGen++;
  world.schedule(world.now + WORKLOAD_TICK_MS, EV.WORKLOAD, rt.slot, rt.workloadGen);
}

export function stopWorkload(world: World, vm: Vm): void {
  accountWrites(world, vm);
  const rt = world.vmRt.get(vm.key);
  if (rt) rt.workloadGen++;
  vm.cpuUsagePercent = 0;
}

/** Workload step: account writes at the old rate, then move rate and CPU by a seeded random walk. */
export function onWorkloadTick(world: World, vm: Vm, target: VmTarget): void {
  const { rt, rev } = target;
  accountWritesOf(world, vm, rt, rev);
  if (vm.state !== 'Running') return;
  // The stream is fetched (and so created) exactly when it always was; caching it only skips the lookup.
  if (target.stream === undefined || target.streams !== world.rng) {
    target.stream = world.rng.get(`workload:${vm.key}`);
    target.streams = world.rng;
  }
  const rng = target.stream;
  const base = vm.workload;
  // Mean-reverting walk: busy and quiet spells, but no drift over a long run.
  const next = base.writesPerSecond + 0.3 * (base.baseWritesPerSecond - base.writesPerSecond) + base.baseWritesPerSecond * rng.range(-0.25, 0.25);
  base.writesPerSecond = Math.max(0.1 * base.baseWritesPerSecond, next);
  vm.cpuUsagePercent = Math.min(100, Math.max(0, Math.round(vm.cpuUsagePercent + rng.range(-4, 4))));
  world.touchVmVia(rev, vm.key);
  world.schedule(world.now + WORKLOAD_TICK_MS, EV.WORKLOAD, rt.slot, rt.workloadGen);
}
