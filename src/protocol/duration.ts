const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Parses "30s", "15m", "1h", "2d", "1h30m" or a number of milliseconds into integer milliseconds.
 * @throws Error with a readable message on anything else.
 * @example parseDuration('1h30m') // 5_400_000
 */
export function parseDuration(input: string | number): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) throw new Error(`Invalid duration ${input}: expected a non-negative number of milliseconds.`);
    return Math.round(input);
  }
  const text = input.trim();
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * (UNIT_MS[m[2] ?? 'ms'] ?? 1);
    consumed = re.lastIndex;
  }
  if (consumed === 0 || consumed !== text.length) {
    throw new Error(`Invalid duration "${input}": use forms like "30s", "15m", "1h", "2d" or milliseconds.`);
  }
  return Math.round(total);
}
