import { describe, expect, it } from 'vitest';
import type { Host } from '../../../protocol';
import { translateDialog } from '../../../i18n/dialogs';
import { fromLocaleFields, toLocaleFields } from './schedule';
import { summaryRows } from './summary';
import {
  advance,
  buildCommand,
  currentPage,
  findHost,
  frequencyChoices,
  initialState,
  offeredAuth,
  PAGES,
  previous,
  retrieveConnection,
  setFields,
  pagesOf,
  STAGE_OF,
  startCommand,
  unreadableStart,
  withError,
  type WizardContext,
} from './wizardMachine';

const ctx = (over: Partial<WizardContext> = {}): WizardContext => ({ mode: 'enable', host: 'HV-1', vm: 'Vm1', now: 0, oldPrimary: null, current: null, needsInitialCopy: false, ...over });

function host(name: string, kerberos: boolean, certificate: boolean): Host {
  return {
    name,
    fqdn: `${name.toLowerCase()}.formation.lan`,
    replicaServer: { enabled: true, kerberos: { enabled: kerberos, port: 80 }, certificate: { enabled: certificate, port: 443, thumbprint: null } },
  } as unknown as Host;
}

describe('wizard pages', () => {
  it('has the real page order per mode: Extend and Reverse never ask the VHDs, Reverse no initial copy', () => {
    expect(PAGES.enable).toEqual(['before', 'server', 'connection', 'vhds', 'frequency', 'recoveryPoints', 'initial', 'summary']);
    expect(PAGES.extend).not.toContain('vhds');
    expect(PAGES.reverse).not.toContain('initial');
  });

  it('dry-runs each page only as far as that page', () => {
    expect(PAGES.enable.map((p) => STAGE_OF[p])).toEqual([null, 'server', 'connection', 'disks', 'schedule', 'schedule', 'all', null]);
  });

  it('moves forward and back keeping every value, and drops the error of the page left', () => {
    let s = setFields(initialState(ctx()), { server: 'HV-2' });
    s = advance(s);
    expect(currentPage(s)).toBe('server');
    s = withError(s, 'boom');
    expect(s.error).toBe('boom');
    s = previous(s);
    expect([currentPage(s), s.error, s.fields.server]).toEqual(['before', null, 'HV-2']);
  });
});

describe('defaults', () => {
  it('enable: 5 minutes, latest point only, 24 h / 4 h ready, compression on, network now', () => {
    const f = initialState(ctx()).fields;
    expect(f).toMatchObject({ server: '', frequencySec: 300, additional: false, coverageHours: '24', vssHours: '4', vssEnabled: false, compression: true, method: 'Network', startLater: false });
  });

  it('reverse prefills the old primary; extend keeps at least 5 minutes and only offers 5/15', () => {
    expect(initialState(ctx({ mode: 'reverse', oldPrimary: 'hv-1.formation.lan' })).fields.server).toBe('hv-1.formation.lan');
    expect(initialState(ctx({ mode: 'extend', current: { auth: 'Kerberos', frequencySec: 30, compression: true } })).fields.frequencySec).toBe(300);
    expect(frequencyChoices('extend')).toEqual([300, 900]);
    expect(frequencyChoices('enable')).toEqual([30, 300, 900]);
  });

  it('starts later at the next round hour ahead', () => {
    expect(initialState(ctx({ now: 90 * 60_000 })).fields.startAt).toBe(3 * 3_600_000);
  });
});

describe('connection values read from the Replica server', () => {
  it('offers only what the server enables and fills its port', () => {
    const both = host('HV-2', true, true);
    const https = host('HV-3', false, true);
    expect(offeredAuth(both)).toEqual(['Kerberos', 'Certificate']);
    expect(offeredAuth(https)).toEqual(['Certificate']);
    const s = retrieveConnection(initialState(ctx()), https, [{ thumbprint: 'AB' }], false);
    expect(s.fields).toMatchObject({ auth: 'Certificate', port: '443', thumbprint: 'AB' });
    expect(retrieveConnection(s, https, [], false)).toBe(s);
    expect(retrieveConnection(s, both, [], false).fields).toMatchObject({ auth: 'Certificate', port: '443' });
  });

  it('finds a host by NetBIOS name or FQDN, any case', () => {
    const hosts = { 'HV-2': host('HV-2', true, false) };
    expect(findHost(hosts, ' hv-2 ')?.name).toBe('HV-2');
    expect(findHost(hosts, 'HV-2.FORMATION.LAN')?.name).toBe('HV-2');
    expect(findHost(hosts, 'HV-9')).toBeNull();
  });
});

describe('commands', () => {
  const fields = () => setFields(initialState(ctx()), { server: ' hv-2.formation.lan ', port: '80', frequencySec: 30, additional: true, coverageHours: '4', vssEnabled: true, vssHours: '2' }).fields;

  it('Enable-VMReplication with the stage as dryRun, Finish without', () => {
    expect(buildCommand(ctx(), fields(), 'server')).toMatchObject({ type: 'Enable-VMReplication', replicaServerName: 'hv-2.formation.lan', replicaServerPort: 80, dryRun: 'server' });
    const finish = buildCommand(ctx(), fields(), null);
    expect(finish).toMatchObject({ frequencySec: 30, recoveryHistory: 4, vssSnapshotFrequencyHour: 2, initialReplication: { method: 'Network', startTime: null }, compressionEnabled: true });
    expect('dryRun' in finish && finish.dryRun).toBeFalsy();
  });

  it('latest point only sends no history and no VSS; a typed non-number reaches the engine as NaN', () => {
    const f = { ...fields(), additional: false };
    expect(buildCommand(ctx(), f, null)).toMatchObject({ recoveryHistory: 0, vssSnapshotFrequencyHour: null });
    expect(buildCommand(ctx(), { ...fields(), port: 'abc' }, 'connection')).toMatchObject({ replicaServerPort: NaN });
  });

  it('external media carries the folder and never a start time', () => {
    const f = { ...fields(), method: 'ExternalMedia' as const, exportPath: ' D:\\Export ', startLater: true };
    expect(buildCommand(ctx(), f, null)).toMatchObject({ initialReplication: { method: 'ExternalMedia', startTime: null, destinationPath: 'D:\\Export' } });
  });

  it('a reverse after an unplanned failover asks for the initial copy (existing VM first), then starts it with a second command', () => {
    const unplanned = ctx({ mode: 'reverse', host: 'HV-2', needsInitialCopy: true });
    expect(pagesOf(unplanned)).toEqual(['before', 'server', 'connection', 'frequency', 'recoveryPoints', 'initial', 'summary']);
    expect(pagesOf(ctx({ mode: 'reverse' }))).not.toContain('initial');
    const start = initialState(unplanned);
    expect(start.pages).toContain('initial');
    expect(start.fields.method).toBe('ExistingVm');
    expect(buildCommand(unplanned, start.fields, 'all')).toMatchObject({ type: 'Set-VMReplication', reverse: true, initialReplication: { method: 'ExistingVm', startTime: null }, dryRun: 'all' });
    expect(startCommand(unplanned, start.fields)).toEqual({ type: 'Start-VMInitialReplication', host: 'HV-2', vm: 'Vm1', startTime: null });
    const later = { ...start.fields, method: 'Network' as const, startLater: true, startAt: 7_200_000 };
    expect(startCommand(unplanned, later)).toEqual({ type: 'Start-VMInitialReplication', host: 'HV-2', vm: 'Vm1', startTime: 7_200_000 });
    const media = { ...start.fields, method: 'ExternalMedia' as const, exportPath: ' C:\\Export ', startLater: true };
    expect(startCommand(unplanned, media)).toEqual({ type: 'Start-VMInitialReplication', host: 'HV-2', vm: 'Vm1', startTime: null, destinationPath: 'C:\\Export' });
    // After a planned failover: no copy page, no copy fields, no second command.
    expect(buildCommand(ctx({ mode: 'reverse' }), start.fields, null)).not.toHaveProperty('initialReplication');
    expect(startCommand(ctx({ mode: 'reverse' }), start.fields)).toBeNull();
    expect(startCommand(ctx(), start.fields)).toBeNull();
  });

  it('extend sends no excluded disk and no VSS; reverse sends Set-VMReplication -Reverse', () => {
    expect(buildCommand(ctx({ mode: 'extend' }), { ...fields(), excluded: ['C:\\a.vhdx'] }, null)).toMatchObject({ excludedDisks: [], vssSnapshotFrequencyHour: null });
    expect(buildCommand(ctx({ mode: 'reverse' }), fields(), 'schedule')).toMatchObject({ type: 'Set-VMReplication', reverse: true, frequencySec: 30, recoveryHistory: 4, dryRun: 'schedule' });
  });
});

describe('summary and schedule', () => {
  it('lists the choices in the wizard row order', () => {
    const t = (k: Parameters<typeof translateDialog>[1], p?: Record<string, string | number>) => translateDialog('en', k, p);
    const f = setFields(initialState(ctx()), { port: '80', additional: true, coverageHours: '4' }).fields;
    const rows = summaryRows(ctx(), f, t, () => 'later', 'hv-2.formation.lan');
    expect(rows.map((r) => [t(r.label), r.value])).toEqual([
      ['Replica server:', 'hv-2.formation.lan'],
      ['Replica server port:', '80'],
      ['Compress data:', 'Yes'],
      ['Authentication type:', 'Kerberos authentication (HTTP)'],
      ['VHDs not selected for replication:', 'None'],
      ['Replication Frequency:', '5 minutes'],
      ['Store additional recovery points:', 'Yes'],
      ['Store additional recovery points for:', '4 hour(s)'],
      ['Use application-consistent checkpoints:', 'No'],
      ['Initial replication method:', 'Using network, start immediately'],
    ]);
  });

  it('converts the date and time fields in the console format (UTC) both ways; garbage is NaN', () => {
    const start = '2026-03-02T08:00:00.000Z';
    // 3 March 2026 14:05 UTC in the console's language, whatever the browser's.
    expect(toLocaleFields(start, 30 * 3_600_000 + 5 * 60_000, 'en')).toEqual({ date: '3/3/2026', time: '2:05 PM' });
    expect(toLocaleFields(start, 30 * 3_600_000 + 5 * 60_000, 'fr')).toEqual({ date: '03/03/2026', time: '14:05' });
    expect(toLocaleFields(start, 16 * 3_600_000, 'en').time).toBe('12:00 AM');
    expect(toLocaleFields(start, 4 * 3_600_000, 'en').time).toBe('12:00 PM');
    expect(fromLocaleFields(start, '3/3/2026', '2:05 PM', 'en')).toBe(30 * 3_600_000 + 5 * 60_000);
    expect(fromLocaleFields(start, '03/03/2026', '14:05', 'fr')).toBe(30 * 3_600_000 + 5 * 60_000);
    // The same digits mean another day in the other language: 02/03 is 2 March in French, 3 February in English.
    expect(fromLocaleFields(start, '02/03/2026', '08:30', 'fr')).toBe(0.5 * 3_600_000);
    expect(fromLocaleFields(start, '02/03/2026', '8:30 AM', 'en')).toBeLessThan(0);
    expect(fromLocaleFields(start, '3/3/2026', '08:30', 'en')).toBe(24.5 * 3_600_000);
    for (const [date, time, locale] of [['', '08:30', 'fr'], ['31/02/2026', '08:30', 'fr'], ['2026-03-03', '08:30', 'fr'], ['13/1/2026', '8:00 AM', 'en'], ['3/3/2026', '13:00 PM', 'en'], ['03/03/2026', '24:00', 'fr']] as const) {
      expect(fromLocaleFields(start, date, time, locale), `${date} ${time} (${locale})`).toBeNaN();
    }
    expect(unreadableStart({ method: 'Network', startLater: true, startAt: NaN })).toBe(true);
    expect(unreadableStart({ method: 'Network', startLater: false, startAt: NaN })).toBe(false);
    expect(unreadableStart({ method: 'ExternalMedia', startLater: true, startAt: NaN })).toBe(false);
  });
});
