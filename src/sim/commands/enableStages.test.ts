import { describe, expect, it } from 'vitest';
import { addHost } from '../labs/builders';
import { blankWithReplicaServer, enableCmd, expectRejected, HOUR, HV1_FQDN, lab, relOf, run, vmOf } from './testLab';

const HV3_FQDN = 'hv-3.formation.lan';

describe('Enable-VMReplication: staged dry runs (the wizard checks one page at a time)', () => {
  it("'server' stops after Specify Replica Server: a wrong port is not looked at yet", () => {
    const engine = blankWithReplicaServer();
    const before = engine.snapshot();
    expect(engine.execute(enableCmd({ dryRun: 'server', replicaServerPort: 8080 }))).toEqual({ ok: true });
    expect(engine.snapshot()).toEqual(before);
    expectRejected(engine, enableCmd({ dryRun: 'connection', replicaServerPort: 8080 }), 'ConnectionTimedOut');
  });

  it("'server' still reports a server that is not a Replica server", () => {
    expectRejected(lab('blank'), enableCmd({ dryRun: 'server' }), 'ReplicaServerNotEnabled');
  });

  it("'connection' includes the authorisation of the primary", () => {
    const engine = lab('blank');
    run(engine, { type: 'Set-VMReplicationServer', host: 'HV-2', replicationEnabled: true, kerberos: { enabled: true } });
    run(engine, { type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: true });
    expect(engine.execute(enableCmd({ dryRun: 'server' }))).toEqual({ ok: true });
    expectRejected(engine, enableCmd({ dryRun: 'connection' }), 'NotAuthorized');
  });

  it("'disks' and 'schedule' stop before the next page's checks", () => {
    const engine = blankWithReplicaServer();
    expectRejected(engine, enableCmd({ dryRun: 'disks', excludedDisks: vmOf(engine, 'HV-1', 'Vm1').disks.map((d) => d.path) }), 'NoDiskToReplicate');
    expect(engine.execute(enableCmd({ dryRun: 'disks', frequencySec: 60 }))).toEqual({ ok: true });
    expectRejected(engine, enableCmd({ dryRun: 'schedule', frequencySec: 60 }), 'InvalidFrequency');
    expect(engine.execute(enableCmd({ dryRun: 'schedule', excludedDisks: [], initialReplication: { method: 'ExistingVm' } }))).toEqual({ ok: true });
    expectRejected(engine, enableCmd({ dryRun: 'all', initialReplication: { method: 'ExistingVm' } }), 'ExistingVmNotFound');
  });
});

describe('Enable-VMReplication on a replica: Extend Replication (§7)', () => {
  /** active-passive with an HV-3 Replica server in the same domain and site. */
  function withHv3() {
    const engine = lab('active-passive');
    addHost(engine.world, { name: 'HV-3', domain: 'formation.lan', site: 'Siege', replicaServer: true });
    return engine;
  }
  const extendCmd = (overrides = {}) => enableCmd({ host: 'HV-2', replicaServerName: HV3_FQDN, frequencySec: 900, ...overrides });

  it('creates an Extended relationship B→C whose replica is an ExtendedReplica, then copies and replicates', () => {
    const engine = withHv3();
    run(engine, { ...extendCmd(), initialReplication: { method: 'Network' } });
    const ext = engine.snapshot().relationships.find((r) => r.primaryHost === 'HV-2' && r.replicaHost === 'HV-3');
    expect(ext).toMatchObject({ type: 'Extended', primaryState: 'InitialReplicationInProgress' });
    expect(vmOf(engine, 'HV-3', 'Vm1')).toMatchObject({ state: 'Off', replicationMode: 'ExtendedReplica' });
    expect(vmOf(engine, 'HV-2', 'Vm1').replicationMode).toBe('Replica');
    engine.advanceTo(engine.now + 6 * HOUR);
    const done = engine.snapshot().relationships.find((r) => r.id === ext?.id);
    expect(done).toMatchObject({ primaryState: 'Replicating', replicaState: 'Replicating', replicaHealth: 'Normal' });
    expect(relOf(engine, 'HV-1', 'Vm1').primaryHealth).toBe('Normal');
  });

  it('refuses 30 seconds, a frequency above A→B, VSS snapshots, and a second extension', () => {
    const engine = withHv3();
    expectRejected(engine, extendCmd({ frequencySec: 30 }), 'ExtendedFrequency30s');
    expectRejected(engine, extendCmd({ dryRun: 'schedule', recoveryHistory: 2, vssSnapshotFrequencyHour: 4 }), 'InvalidVssFrequency');
    run(engine, { type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm1', frequencySec: 900 });
    expectRejected(engine, extendCmd({ frequencySec: 300 }), 'ExtendedFrequencyTooLow');
    run(engine, extendCmd());
    expectRejected(engine, extendCmd(), 'ReplicationAlreadyEnabled', { vm: 'Vm1' });
  });

  it('refuses a replica still waiting for its initial copy', () => {
    const engine = blankWithReplicaServer();
    run(engine, enableCmd());
    expectRejected(engine, enableCmd({ host: 'HV-2', replicaServerName: HV1_FQDN, frequencySec: 300 }), 'InvalidReplicationState', { vm: 'Vm1' });
  });
});
