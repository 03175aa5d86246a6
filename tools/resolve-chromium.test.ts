import { describe, expect, it } from 'vitest';
import { NO_BROWSER_MESSAGE, SYSTEM_CHROMIUM_CANDIDATES, resolveChromium } from './resolve-chromium.ts';

const OWN = '/home/u/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const existing = (...paths: string[]) => (p: string) => paths.includes(p);
const ownPath = () => OWN;
const throwingOwnPath = () => {
  throw new Error('unsupported platform');
};

describe('resolveChromium', () => {
  it('uses PW_CHROMIUM_PATH first, even when other browsers exist', () => {
    const choice = resolveChromium({
      env: { PW_CHROMIUM_PATH: '/opt/chrome/chrome' },
      playwrightExecutablePath: ownPath,
      exists: existing('/opt/chrome/chrome', OWN, '/usr/bin/chromium'),
    });
    expect(choice).toEqual({ kind: 'env', executablePath: '/opt/chrome/chrome' });
  });

  it('fails clearly when PW_CHROMIUM_PATH points at nothing, without falling back', () => {
    expect(() =>
      resolveChromium({
        env: { PW_CHROMIUM_PATH: '/nope/chrome' },
        playwrightExecutablePath: ownPath,
        exists: existing(OWN, '/usr/bin/chromium'),
      }),
    ).toThrow(/PW_CHROMIUM_PATH=\/nope\/chrome does not exist/);
  });

  it('ignores an empty PW_CHROMIUM_PATH', () => {
    const choice = resolveChromium({
      env: { PW_CHROMIUM_PATH: '' },
      playwrightExecutablePath: ownPath,
      exists: existing(OWN),
    });
    expect(choice.kind).toBe('playwright');
  });

  it("prefers Playwright's own Chromium over a system one", () => {
    const choice = resolveChromium({
      env: {},
      playwrightExecutablePath: ownPath,
      exists: existing(OWN, '/usr/bin/chromium'),
    });
    expect(choice).toEqual({ kind: 'playwright', executablePath: OWN });
  });

  it("falls back to the system Chromium when Playwright's download is missing", () => {
    const choice = resolveChromium({
      env: {},
      playwrightExecutablePath: ownPath,
      exists: existing('/usr/bin/chromium'),
    });
    expect(choice).toEqual({ kind: 'system', executablePath: '/usr/bin/chromium' });
  });

  it('falls back to the system Chromium when Playwright has no build for the platform', () => {
    const choice = resolveChromium({
      env: {},
      playwrightExecutablePath: throwingOwnPath,
      exists: existing('/usr/bin/google-chrome'),
    });
    expect(choice).toEqual({ kind: 'system', executablePath: '/usr/bin/google-chrome' });
  });

  it('tries the system candidates in order', () => {
    const choice = resolveChromium({
      env: {},
      playwrightExecutablePath: throwingOwnPath,
      exists: existing(...SYSTEM_CHROMIUM_CANDIDATES),
    });
    expect(choice.executablePath).toBe(SYSTEM_CHROMIUM_CANDIDATES[0]);
  });

  it('honours custom candidates', () => {
    const choice = resolveChromium({
      env: {},
      playwrightExecutablePath: throwingOwnPath,
      candidates: ['/a', '/b'],
      exists: existing('/b'),
    });
    expect(choice).toEqual({ kind: 'system', executablePath: '/b' });
  });

  it('throws a one-line message naming both install commands when there is no browser', () => {
    const run = () => resolveChromium({ env: {}, playwrightExecutablePath: ownPath, exists: existing() });
    expect(run).toThrow(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
    expect(NO_BROWSER_MESSAGE).toContain('apt-get install -y chromium');
    expect(NO_BROWSER_MESSAGE).toContain('npx playwright install chromium');
  });

  it('reads process.env and the real file system by default', () => {
    const saved = process.env.PW_CHROMIUM_PATH;
    process.env.PW_CHROMIUM_PATH = process.execPath; // a file that certainly exists
    try {
      expect(resolveChromium({ playwrightExecutablePath: throwingOwnPath })).toEqual({
        kind: 'env',
        executablePath: process.execPath,
      });
    } finally {
      if (saved === undefined) delete process.env.PW_CHROMIUM_PATH;
      else process.env.PW_CHROMIUM_PATH = saved;
    }
  });
});
