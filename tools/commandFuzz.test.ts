/**
 * The command gate under fuzzing, with the error texts: every refused payload's EN and FR message must have
 * all its placeholders filled. A small count runs with the unit tests; `FUZZ_RUNS=20000 npx vitest run
 * tools/commandFuzz.test.ts` runs that many scenarios (not stopping at the first problem) and prints the
 * counts: payloads tried, accepted, typed errors by code, exceptions, refusals that changed the lab.
 * Lives under tools/ because it needs both the engine and the i18n catalogues (src/sim may not import i18n).
 */
import { describe, expect, it } from 'vitest';
import { formatError, registerMessageCatalogue } from '../src/i18n/messages/format';
import { frMessages } from '../src/i18n/messages/fr';
import type { SimError } from '../src/protocol';
import { fuzzMany } from '../src/sim/testing/commandFuzz';

registerMessageCatalogue('fr', frMessages);

/**
 * Braces in the user's own text (a fuzzed field name or type) are echoed verbatim and are not placeholders:
 * they are neutralised so that only a placeholder of the catalogue left unfilled is reported.
 */
function describeError(error: SimError): string[] {
  const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/[{}]/g, '_') : v]));
  return [formatError('en', { ...error, params }), formatError('fr', { ...error, params })];
}
const requested = Number(process.env.FUZZ_RUNS ?? 0);
const scenarios = Number.isInteger(requested) && requested > 0 ? requested : 40;

describe('command gate fuzzing (EN/FR texts)', () => {
  it(`${scenarios} scenarios: typed errors with filled texts, no exception, refusals change nothing`, { timeout: Math.max(30_000, scenarios * 200) }, () => {
    const started = Date.now();
    const tally = fuzzMany(scenarios, Number(process.env.FUZZ_SEED ?? 20261204), describeError);
    if (requested > 0) {
      const byCode = Object.entries(tally.errors).sort((a, b) => b[1] - a[1]).map(([code, n]) => `    ${code}: ${n}`).join('\n');
      console.log(
        [
          `scenarios: ${scenarios} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
          `payloads tried: ${tally.payloads}`,
          `ok: ${tally.ok}`,
          `typed errors: ${tally.payloads - tally.ok - tally.exceptions - tally.badResults}`,
          byCode,
          `exceptions: ${tally.exceptions}`,
          `untyped answers: ${tally.badResults}`,
          `refused with state change: ${tally.refusedWithStateChange}`,
          `dry run with state change: ${tally.dryRunWithStateChange}`,
          `unfilled placeholders (EN/FR): ${tally.unfilledTexts}`,
          `accepted but stored NaN/Infinity: ${tally.acceptedStoringNonJson}`,
          ...tally.problems.map((p) => `  problem: ${p}`),
        ].join('\n'),
      );
    }
    expect(tally.problems).toEqual([]);
  });
});
