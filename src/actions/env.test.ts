import { describe, expect, it } from 'vitest';
import { formatError } from '../i18n/messages/format';
import { actionEnv } from './env';

describe('the actions’ environment', () => {
  it('turns a simulation that cannot answer into an ordinary refusal with a translated message', async () => {
    // No bridge is started in this test: the real sender rejects, the environment must not.
    const result = await actionEnv().execute({ type: 'Start-VM', host: 'HV-1', vm: 'Vm1' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({ code: 'SimulationUnavailable', params: { message: 'The simulation is not started.' } });
    expect(formatError('en', result.error)).toBe('The simulation could not run this command: The simulation is not started.');
  });
});
