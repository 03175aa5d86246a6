import { isLocale, type Locale } from '../i18n/ui';
import { isSpeed, type Speed } from '../protocol';
import { SCALE_MAX_HOSTS, SCALE_MAX_VMS } from '../protocol/labLimits';

/** The page's URL parameters (architecture.md, "Scripting and testing contract"). */
export interface UrlParams {
  /** Preset to load fresh; absent → resume the autosaved lab, else `blank`. */
  lab?: string;
  lang?: Locale;
  seed?: number;
  /** Requested speed (1, 10, 60, 600, 3600; 0 = paused). */
  speed?: Speed;
  paused: boolean;
  /** `scale` preset size. */
  hosts?: number;
  vms?: number;
  /**
   * Test hook: `render` makes one console component throw while drawing, until a recovery is chosen, so a
   * test can see the recovery screen (README, "Opening a lab: URL parameters").
   */
  fault?: 'render';
  /** Parameters present with a value that cannot be used (they are ignored). */
  invalid: { name: string; value: string }[];
}

const INT = /^-?\d+$/;

/**
 * Reads `?lab=&lang=&seed=&speed=&paused=1&hosts=&vms=&fault=render`. Invalid values are listed in `invalid`
 * and otherwise ignored; an unknown `lab` id is only known to the worker, so it passes through.
 * @example parseUrlParams('?lab=active-passive&paused=1').lab // 'active-passive'
 */
export function parseUrlParams(search: string): UrlParams {
  const q = new URLSearchParams(search);
  const out: UrlParams = { paused: false, invalid: [] };
  const reject = (name: string, value: string) => out.invalid.push({ name, value });

  const lab = q.get('lab');
  if (lab !== null) {
    if (lab.trim() !== '') out.lab = lab.trim();
    else reject('lab', lab);
  }
  const lang = q.get('lang');
  if (lang !== null) {
    if (isLocale(lang.toLowerCase())) out.lang = lang.toLowerCase() as Locale;
    else reject('lang', lang);
  }
  const seed = q.get('seed');
  if (seed !== null) {
    if (INT.test(seed.trim()) && Number.isSafeInteger(Number(seed))) out.seed = Number(seed);
    else reject('seed', seed);
  }
  const speed = q.get('speed');
  if (speed !== null) {
    const n = Number(speed.replace(/[x×]$/i, ''));
    if (speed.trim() !== '' && isSpeed(n)) out.speed = n;
    else reject('speed', speed);
  }
  const paused = q.get('paused');
  if (paused !== null) {
    if (paused === '1' || paused === 'true' || paused === '') out.paused = true;
    else if (paused !== '0' && paused !== 'false') reject('paused', paused);
  }
  for (const name of ['hosts', 'vms'] as const) {
    const value = q.get(name);
    if (value === null) continue;
    const n = Number(value);
    // A scale lab larger than a lab file may hold could never be saved or opened again (README, "Lab files").
    if (INT.test(value.trim()) && n >= 0 && n <= (name === 'hosts' ? SCALE_MAX_HOSTS : SCALE_MAX_VMS)) out[name] = n;
    else reject(name, value);
  }
  const fault = q.get('fault');
  if (fault !== null) {
    if (fault === 'render') out.fault = 'render';
    else reject('fault', fault);
  }
  return out;
}
