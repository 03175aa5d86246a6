/**
 * Property test: malformed payloads for every command type (mutations of valid ones), interleaved with
 * valid commands and time, against the preset labs. Each gets `{ ok: true }` or a typed error with a known
 * code, never an exception, and a refused command or a dry run leaves the saved lab byte-identical
 * (architecture.md "Input is checked where it enters"). The EN/FR texts of the same errors are checked by
 * tools/commandFuzz.test.ts, which also runs the big count (FUZZ_RUNS).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newTally, runScenario, scenarioArb } from './testing/commandFuzz';

describe('malformed commands', () => {
  // About 2 s alone; the timeout leaves room for a loaded machine.
  it('are answered with a typed error, never an exception, and a refusal changes nothing', { timeout: 30_000 }, () => {
    const tally = newTally();
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        expect(runScenario(scenario, tally)).toEqual([]);
      }),
      { numRuns: 80 },
    );
    // The mix must really reach both sides: schema refusals and commands the engine accepts or refuses itself.
    expect(tally.errors.InvalidParameter ?? 0).toBeGreaterThan(0);
    expect(tally.errors.UnknownCommand ?? 0).toBeGreaterThan(0);
    expect(tally.ok).toBeGreaterThan(0);
  });
});
