#!/usr/bin/env node
// Prints one plain line, `N passed, N failed[, N skipped]`, from Vitest (jest-style) and Playwright JSON reports.
// Usage: node tools/ci-summary.mjs reports/vitest.json reports/playwright.json
// Exits 1 on any failure, a missing or unreadable report, or when no test ran at all.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = 0;

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`ci-summary: missing report ${file} (did the runner start?)`);
    broken++;
    continue;
  }
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`ci-summary: cannot parse ${file}: ${err instanceof Error ? err.message : String(err)}`);
    broken++;
    continue;
  }
  if ('numPassedTests' in report) {
    // Vitest: a file that fails to load has no tests but counts as one failure.
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    for (const suite of report.testResults ?? []) {
      if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed++;
    }
  } else if (report.stats) {
    // Playwright: top-level errors (web server did not start, config error…) count as failures too.
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected + (report.errors ?? []).length;
    skipped += report.stats.skipped;
  } else {
    console.error(`ci-summary: ${file} is neither a Vitest nor a Playwright JSON report`);
    broken++;
  }
}

console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
process.exit(broken || failed || passed === 0 ? 1 : 0);
