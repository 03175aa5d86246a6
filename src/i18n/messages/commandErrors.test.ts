/** The errors of the command gate (schema and unknown type) read in both languages, placeholders filled. */
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../protocol/checkCommand';
import type { SimError } from '../../protocol';
import { formatError, registerMessageCatalogue } from './format';
import { frMessages } from './fr';

registerMessageCatalogue('fr', frMessages);

function refused(input: unknown): SimError {
  const result = checkCommand(input);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
  return result.error;
}

describe('command gate errors in EN and FR', () => {
  it('InvalidParameter names the parameter and the translated reason', () => {
    const error = refused({ type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'SMB', enabled: true });
    expect(formatError('en', error)).toBe("Cannot validate argument on parameter 'rule'. The value must be one of: HTTP, HTTPS.");
    expect(formatError('fr', error)).toBe("Impossible de valider l'argument sur le paramètre « rule ». La valeur doit être l’une des suivantes : HTTP, HTTPS.");
  });

  it.each([
    { type: 'Start-VM', host: 'HV-1' },
    { type: 'Start-VM', host: 'HV-1', vm: 'x'.repeat(2000) },
    { type: 'Lab-SetLink', link: 'wan', latencyMs: 1e9 },
    { type: 'Lab-SetLink', link: 'wan', extra: 1 },
    { type: 'Get-VM' },
    null,
  ])('%j leaves no placeholder unfilled', (input) => {
    const error = refused(input);
    for (const locale of ['en', 'fr'] as const) expect(formatError(locale, error)).not.toMatch(/\{\w+\}/);
  });
});
