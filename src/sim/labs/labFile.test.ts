import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTO_RESYNCHRONIZE } from '../../protocol/entities';
import { createEngine, loadLab, saveLab } from '../index';
import { hours, relOf, run } from '../testUtils';

describe('lab files and the Failover TCP/IP / resynchronisation fields', () => {
  it('round-trips an IPv6 failover scheme and a changed resync schedule exactly', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    const ipv6 = { address: '2001:db8::11', prefixLength: 64, defaultGateway: 'fe80::1', preferredDns: '', alternateDns: '' };
    run(engine, { type: 'Set-VMNetworkAdapterFailoverConfiguration', host: 'HV-2', vm: 'Vm1', ipv6 });
    run(engine, { type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm1', autoResynchronizeEnabled: false });
    engine.advanceTo(hours(1));
    const copy = loadLab(saveLab(engine));
    expect(copy.snapshot()).toEqual(engine.snapshot());
    expect(relOf(copy, 'HV-1', 'Vm1').settings.autoResynchronizeEnabled).toBe(false);
  });

  it('a file saved before these fields loads with no IPv6 and Hyper-V’s default resync schedule', () => {
    const file = saveLab(createEngine('active-passive', { seed: 1 })) as unknown as {
      vms: { adapters: Record<string, unknown>[] }[];
      relationships: { settings: Record<string, unknown> }[];
    };
    for (const a of file.vms.flatMap((vm) => vm.adapters)) {
      delete a.ipv6Address;
      delete a.failoverIpv6;
    }
    for (const r of file.relationships) for (const k of Object.keys(DEFAULT_AUTO_RESYNCHRONIZE)) delete r.settings[k];
    const engine = loadLab(file);
    expect(engine.snapshot().vms.every((v) => v.adapters.every((a) => a.ipv6Address === '' && a.failoverIpv6 === null))).toBe(true);
    expect(relOf(engine, 'HV-1', 'Vm1').settings).toMatchObject(DEFAULT_AUTO_RESYNCHRONIZE);
  });
});
