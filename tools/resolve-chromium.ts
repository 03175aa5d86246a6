import { existsSync } from 'node:fs';

/** Which Chromium Playwright should launch, and why it was chosen. */
export type ChromiumChoice = {
  /** `env`: PW_CHROMIUM_PATH; `playwright`: Playwright's own download; `system`: a distro/OS install. */
  kind: 'env' | 'playwright' | 'system';
  executablePath: string;
};

/** System browsers tried, in order, when neither PW_CHROMIUM_PATH nor Playwright's own Chromium is there. */
export const SYSTEM_CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium for Playwright: run `apt-get install -y chromium` (Debian/Ubuntu, as root), ' +
  'or `npx playwright install chromium`, or set PW_CHROMIUM_PATH=/path/to/chrome.';

/**
 * Picks the browser: PW_CHROMIUM_PATH, then Playwright's own download, then a system Chromium.
 * @param opts.env environment to read PW_CHROMIUM_PATH from (default: process.env)
 * @param opts.playwrightExecutablePath returns where Playwright's own Chromium would be; may throw
 * @param opts.candidates system paths to try (default: SYSTEM_CHROMIUM_CANDIDATES)
 * @param opts.exists file-existence check (default: fs.existsSync)
 * @returns the chosen browser
 * @throws Error with NO_BROWSER_MESSAGE when nothing usable exists, or when PW_CHROMIUM_PATH points nowhere
 * @example resolveChromium({ playwrightExecutablePath: () => chromium.executablePath() })
 */
export function resolveChromium(opts: {
  env?: NodeJS.ProcessEnv;
  playwrightExecutablePath: () => string;
  candidates?: readonly string[];
  exists?: (p: string) => boolean;
}): ChromiumChoice {
  const env = opts.env ?? process.env;
  const exists = opts.exists ?? existsSync;

  const override = env.PW_CHROMIUM_PATH;
  if (override) {
    if (!exists(override)) throw new Error(`PW_CHROMIUM_PATH=${override} does not exist. ${NO_BROWSER_MESSAGE}`);
    return { kind: 'env', executablePath: override };
  }

  let own: string | undefined;
  try {
    own = opts.playwrightExecutablePath();
  } catch {
    own = undefined; // Playwright throws on platforms it has no build for
  }
  if (own && exists(own)) return { kind: 'playwright', executablePath: own };

  const system = (opts.candidates ?? SYSTEM_CHROMIUM_CANDIDATES).find((p) => exists(p));
  if (system) return { kind: 'system', executablePath: system };

  throw new Error(NO_BROWSER_MESSAGE);
}
