import { describe, expect, it } from 'vitest';
import { checkCommand } from './checkCommand';
import { COMMAND_SCHEMAS, MAX_TEXT, SCHEMAS_MATCH_COMMANDS } from './commandSchema';

const refused = (input: unknown) => {
  const result = checkCommand(input);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
  return result.error;
};

describe('checkCommand', () => {
  it('has a schema for every command type, matching the Command type (compile-time check)', () => {
    expect(SCHEMAS_MATCH_COMMANDS).toBe(true);
    expect(Object.keys(COMMAND_SCHEMAS)).toHaveLength(28);
  });

  it('accepts a valid command and returns a copy (the caller’s objects are never stored)', () => {
    const ipv4 = { address: '10.0.0.5', subnetMask: '255.255.255.0', defaultGateway: '', preferredDns: '', alternateDns: '' };
    const input = { type: 'Set-VMNetworkAdapterFailoverConfiguration', host: 'HV-1', vm: 'Vm1', ipv4 };
    const result = checkCommand(input);
    expect(result).toEqual({ ok: true, command: input });
    if (result.ok && result.command.type === 'Set-VMNetworkAdapterFailoverConfiguration') expect(result.command.ipv4).not.toBe(ipv4);
  });

  it.each([
    [{ type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'SMB', enabled: true }, 'rule', 'notOneOf', { allowed: 'HTTP, HTTPS' }],
    [{ type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: 'yes' }, 'enabled', 'notBoolean', {}],
    [{ type: 'Set-VMReplicationServer', host: 'HV-2', replicationEnabled: 'false' }, 'replicationEnabled', 'notBoolean', {}],
    [{ type: 'Start-VM', vm: 'Vm1' }, 'host', 'required', {}],
    [{ type: 'Start-VM', host: 'HV-1', vm: 'Vm1', force: true }, 'force', 'unknownField', {}],
    [{ type: 'Start-VM', host: 'HV-1', vm: 'x'.repeat(MAX_TEXT + 1) }, 'vm', 'tooLong', { max: MAX_TEXT }],
    [{ type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm1', replicaServerName: 'hv-2', replicaServerPort: 80, authenticationType: 'NTLM' }, 'authenticationType', 'notOneOf', { allowed: 'Kerberos, Certificate' }],
    [{ type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm1', replicaServerName: 'hv-2', replicaServerPort: '80', authenticationType: 'Kerberos' }, 'replicaServerPort', 'notNumber', {}],
    [{ type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm1', replicaServerName: 'hv-2', replicaServerPort: 80, authenticationType: 'Kerberos', initialReplication: { method: 'CarrierPigeon' } }, 'initialReplication.method', 'notOneOf', { allowed: 'Network, ExternalMedia, ExistingVm' }],
    [{ type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm1', replicaServerName: 'hv-2', replicaServerPort: 80, authenticationType: 'Kerberos', dryRun: 'maybe' }, 'dryRun', 'notOneOf', { allowed: '$true, $false, server, connection, disks, schedule, all' }],
    [{ type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm1', replicaServerName: 'hv-2', replicaServerPort: 80, authenticationType: 'Kerberos', excludedDisks: 'C:\\a.vhdx' }, 'excludedDisks', 'notArray', {}],
    [{ type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm1', replicaServerName: 'hv-2', replicaServerPort: 80, authenticationType: 'Kerberos', excludedDisks: [1] }, 'excludedDisks.0', 'notString', {}],
    [{ type: 'Set-VMNetworkAdapterFailoverConfiguration', host: 'HV-1', vm: 'Vm1', ipv4: 0 }, 'ipv4', 'notObject', {}],
    [{ type: 'Set-VMNetworkAdapterFailoverConfiguration', host: 'HV-1', vm: 'Vm1', ipv4: { address: 5 } }, 'ipv4.address', 'notString', {}],
    [{ type: 'Lab-SetLink', link: 'wan', up: 'down' }, 'up', 'notBoolean', {}],
    [{ type: 'Lab-SetLink', link: 'wan', latencyMs: 1e300 }, 'latencyMs', 'outOfRange', { min: 0, max: 60_000 }],
    [{ type: 'Suspend-VMReplication', host: 'HV-2', vm: 'Vm1', relationshipType: 'Chained' }, 'relationshipType', 'notOneOf', { allowed: 'Simple, Extended' }],
    [{ type: 'Remove-VMReplication', host: 'HV-2', vm: 'Vm1', relationshipType: 1 }, 'relationshipType', 'notOneOf', { allowed: 'Simple, Extended' }],
    [{ type: 'Resume-VMReplication', host: 'HV-2', vm: 'Vm1', continue: 'yes' }, 'continue', 'notBoolean', {}],
    [{ type: 'Suspend-VMReplication', host: 'HV-2', vm: 'Vm1', continue: true }, 'continue', 'unknownField', {}],
  ])('refuses %j at %s (%s)', (input, field, reason, params) => {
    expect(refused(input)).toEqual({ code: 'InvalidParameter', params: { command: input.type, field, reason, ...params } });
  });

  it.each(['Suspend-VMReplication', 'Resume-VMReplication', 'Remove-VMReplication', 'Reset-VMReplicationStatistics'])(
    'accepts -ReplicationRelationshipType Simple or Extended on %s',
    (type) => {
      for (const relationshipType of ['Simple', 'Extended']) {
        expect(checkCommand({ type, host: 'HV-2', vm: 'Vm1', relationshipType })).toMatchObject({ ok: true });
      }
    },
  );

  it('leaves NaN and Infinity of engine-checked numbers to the engine’s Hyper-V errors', () => {
    expect(checkCommand({ type: 'Lab-SetLink', link: 'wan', bandwidthBitsPerSec: Number.NaN }).ok).toBe(true);
    expect(checkCommand({ type: 'Start-VMInitialReplication', host: 'HV-1', vm: 'Vm1', startTime: Infinity }).ok).toBe(true);
  });

  it.each([[undefined], [null], [42], ['Start-VM'], [{}], [{ type: 7 }], [{ type: 'Get-VM' }], [{ type: 'toString' }], [{ type: '__proto__' }], [{ type: 'constructor' }]])(
    'refuses %j as an unknown command',
    (input) => {
      expect(refused(input).code).toBe('UnknownCommand');
    },
  );

  it('refuses, without throwing, a payload whose fields throw when read', () => {
    const trap = new Proxy({ type: 'Start-VM', host: 'HV-1', vm: 'Vm1' }, { get: (target, key) => (key === 'type' ? target.type : (() => { throw new Error('trap'); })()) });
    expect(refused(trap)).toMatchObject({ code: 'InvalidParameter', params: { command: 'Start-VM', reason: 'invalid' } });
    const typeTrap = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(refused(typeTrap).code).toBe('UnknownCommand');
  });

  it('echoes at most 80 characters of an unknown type', () => {
    expect(String(refused({ type: 'x'.repeat(5000) }).params.type).length).toBeLessThanOrEqual(81);
  });
});
