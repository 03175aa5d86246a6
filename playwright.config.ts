import { chromium, defineConfig, devices, type ReporterDescription } from '@playwright/test';
import { resolveChromium } from './tools/resolve-chromium';

const browser = resolveChromium({ playwrightExecutablePath: () => chromium.executablePath() });
if (process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`[playwright] chromium: ${browser.kind} ${browser.executablePath}`);
}

// Own download -> channel 'chromium' (full build, new headless; the default headless mode would
// need the separate chromium-headless-shell download). System/override -> explicit path + quiet flags.
const launch =
  browser.kind === 'playwright'
    ? { channel: 'chromium' as const }
    : {
        launchOptions: {
          executablePath: browser.executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      };

const DEV = process.env.E2E_DEV === '1'; // default: production build served by vite preview
const PORT = DEV ? 5173 : 4173;

// CI sets PLAYWRIGHT_JSON_OUTPUT_FILE; the json reporter writes there (read by tools/ci-summary.mjs).
const reporter: ReporterDescription[] = [['list']];
if (process.env.PLAYWRIGHT_JSON_OUTPUT_FILE) {
  reporter.push(['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE }]);
}

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // The browser perf spec (T8–T10, T13) measures rather than tests and takes a minute: `npm run bench` runs it.
  testIgnore: process.env.RUN_PERF ? [] : ['**/perf/**'],
  outputDir: './test-results', // screenshots, traces and other artefacts (gitignored)
  // The course walkthroughs take 20–30 s on a quiet 2-core machine: leave room for a busy one (simulated time never waits on it).
  timeout: 60_000,
  workers: 1, // 2-core machines
  forbidOnly: !!process.env.CI,
  reporter,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], ...launch } }],
  webServer: {
    command: DEV
      ? `vite --port ${PORT} --strictPort --host 127.0.0.1`
      : `vite build && vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
