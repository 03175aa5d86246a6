import { describe, expect, it } from 'vitest';
import type { Command, CommandResult, ReplicaServerConfig } from '../../protocol';
import { applyReplication } from './applyReplication';
import { draftFromConfig } from './replicationDraft';

const CONFIG: ReplicaServerConfig = {
  enabled: false,
  kerberos: { enabled: false, port: 80 },
  certificate: { enabled: false, port: 443, thumbprint: null },
  allowAnyServer: true,
  defaultStorageLocation: '',
  entries: [],
  monitoringIntervalHours: 12,
  monitoringStartMinutes: 540,
};

/** A fake engine that refuses the commands `refuse` matches and records what it was sent. */
function fakeExecute(refuse: (c: Command) => boolean) {
  const sent: Command[] = [];
  const execute = (c: Command): Promise<CommandResult> => {
    sent.push(c);
    return Promise.resolve(refuse(c) ? { ok: false, error: { code: 'InvalidAuthorizationEntry', params: { server: 'x' } } } : ({ ok: true }));
  };
  return { sent, execute };
}

const entry = { allowedPrimaryServer: '*.formation.lan', storageLocation: 'D:\\Replica', trustGroup: 'Siege' };
const draft = { ...draftFromConfig(CONFIG), enabled: true, kerberos: true, allowAnyServer: false, entries: [entry] };

describe('applyReplication (all or nothing)', () => {
  it('validates every command with dryRun before sending any for real', async () => {
    const { sent, execute } = fakeExecute(() => false);
    expect(await applyReplication(execute, 'HV-2', CONFIG, draft)).toEqual({ ok: true, serverSent: true });
    expect(sent.map((c) => [c.type, 'dryRun' in c ? c.dryRun : undefined])).toEqual([
      ['Set-VMReplicationServer', true],
      ['New-VMReplicationAuthorizationEntry', true],
      ['Set-VMReplicationServer', undefined],
      ['New-VMReplicationAuthorizationEntry', undefined],
    ]);
  });

  it('a refused entry stops everything before the server part is changed', async () => {
    const { sent, execute } = fakeExecute((c) => c.type === 'New-VMReplicationAuthorizationEntry');
    expect(await applyReplication(execute, 'HV-2', CONFIG, draft)).toMatchObject({ ok: false, error: { code: 'InvalidAuthorizationEntry' } });
    expect(sent.every((c) => 'dryRun' in c && c.dryRun)).toBe(true);
  });

  it('a port that is not a number sends nothing', async () => {
    const { sent, execute } = fakeExecute(() => false);
    expect(await applyReplication(execute, 'HV-2', CONFIG, { ...draft, kerberosPort: '8o' })).toEqual({ ok: false, error: { code: 'InvalidPort', params: { port: '8o' } } });
    expect(sent).toEqual([]);
  });

  it('an edited entry is removed then added again; an unchanged server part is not sent', async () => {
    const config = { ...CONFIG, enabled: true, kerberos: { enabled: true, port: 80 }, allowAnyServer: false, entries: [entry] };
    const edited = { ...draftFromConfig(config), entries: [{ ...entry, trustGroup: 'Agence' }] };
    const { sent, execute } = fakeExecute(() => false);
    expect(await applyReplication(execute, 'HV-2', config, edited)).toEqual({ ok: true, serverSent: false });
    expect(sent.map((c) => c.type)).toEqual(['New-VMReplicationAuthorizationEntry', 'Remove-VMReplicationAuthorizationEntry', 'New-VMReplicationAuthorizationEntry']);
  });
});
