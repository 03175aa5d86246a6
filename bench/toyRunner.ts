/** Runs the toy floor (bench/toy-replication.mjs) in a child node: same binary and flags as the engine bench. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseToyLine, type ToyResult } from './report';

/**
 * `node <flags> toy-replication.mjs soa <vms> <hours> <freq> <seed>`, waited for, its JSON line parsed. The
 * toy times its own loop (no node start-up), as runScale times only `advanceTo`.
 * @throws Error when the toy is missing, fails or prints no valid JSON line.
 */
export function runToy(toyPath: string, vms: number, hours = 24, freq = 30, seed = 42): ToyResult {
  if (!existsSync(toyPath)) throw new Error(`toy not found at ${toyPath}`);
  const argv = [...process.execArgv, toyPath, 'soa', String(vms), String(hours), String(freq), String(seed)];
  const child = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.error) throw child.error;
  if (child.status !== 0) throw new Error(`toy exited with ${child.status ?? child.signal}: ${child.stderr.trim()}`);
  return parseToyLine(child.stdout);
}
