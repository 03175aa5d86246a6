import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enMessages } from './en';
import { formatError, formatMessage } from './format';
import { frMessages } from './fr';
import { EVENT_KEYS, HEALTH_KEYS } from './keys';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('engine message catalogues', () => {
  it('have the same keys in English and French, none empty', () => {
    expect(Object.keys(frMessages).sort()).toEqual(Object.keys(enMessages).sort());
    for (const text of [...Object.values(enMessages), ...Object.values(frMessages)]) expect(text.trim()).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(enMessages) as (keyof typeof enMessages)[]) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(frMessages[key]), key).toEqual(names(enMessages[key]));
    }
  });

  it('cover every event and health key the engine emits', () => {
    const emitted = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '../../sim'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'((?:event|health)\.[A-Za-z0-9]+)'/g)) emitted.add(m[1] as string);
    }
    expect(emitted.size).toBeGreaterThan(10);
    const known = new Set<string>([...EVENT_KEYS, ...HEALTH_KEYS]);
    for (const key of emitted) expect(known.has(key), key).toBe(true);
  });

  it('fills placeholders and keeps unknown keys visible', () => {
    expect(formatError('en', { code: 'SameServer', params: {} })).toMatch(/^Cannot replicate virtual machine to the same server/);
    expect(formatError('fr', { code: 'InvalidFrequency', params: { value: 60 } })).toContain('60');
    expect(formatMessage('en', { key: 'health.behind', params: { vm: 'Vm1' } })).toBe("Replica virtual machine 'Vm1' is behind the primary by more than an hour.");
    expect(formatMessage('en', { key: 'event.unknown', params: {} })).toBe('event.unknown');
  });
});
