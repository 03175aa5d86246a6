/**
 * Engine workloads for targets T1–T4 of performance.md. Bundled by tools/bench.mjs with Vite (the same
 * bundler as the worker) and run in plain node, so the figures describe the code that ships. bench/run.ts
 * times them against the toy floor; bench/report.ts turns the runs into tables and the exit code.
 */
import { EventQueue, type QueuedEvent } from '../src/sim/engine/eventQueue';
import { createEngine, type Engine } from '../src/sim/index';
import type { EngineRun } from './report';

const HOUR = 3_600_000;

/** T1: hold model — pop the earliest event, push it back a random delay later, 10k pending. */
export function holdBenchmark(pending: number, operations: number): { eventsPerSec: number; checksum: number } {
  const q = new EventQueue();
  let x = 12345;
  const rand = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 4294967296;
  };
  for (let i = 0; i < pending; i++) q.push(rand() * 1000, 1, i, 0);
  const ev: QueuedEvent = { time: 0, seq: 0, kind: 0, slot: 0, gen: 0 };
  let checksum = 0;
  const t0 = performance.now();
  for (let i = 0; i < operations; i++) {
    q.pop(ev);
    checksum = (checksum + ev.slot) % 1_000_000_007;
    q.push(ev.time + rand() * 1000, ev.kind, ev.slot, ev.gen);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { eventsPerSec: operations / seconds, checksum };
}

/** Work done, independent of timing: catches a faster run that did less. */
export function engineChecksum(engine: Engine): string {
  let writes = 0;
  let cycles = 0;
  for (const vm of engine.world.vms.values()) writes += vm.writeSeq;
  for (const rel of engine.world.rels.values()) cycles += rel.stats.successCount + rel.stats.missCount;
  return `events=${engine.eventsProcessed} writes=${writes} cycles=${cycles} log=${engine.eventLogDigest()}`;
}

/** T2/T3/T4: the 'scale' preset (8 hosts) flat-out for `hours` simulated hours; times `advanceTo` only. */
export function runScale(vms: number, hours: number): EngineRun {
  const engine = createEngine('scale', { hosts: 8, vms, seed: 1 });
  const t0 = performance.now();
  engine.advanceTo(hours * HOUR);
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, events: engine.eventsProcessed, checksum: engineChecksum(engine) };
}
