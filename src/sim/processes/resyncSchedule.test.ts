import { describe, expect, it } from 'vitest';
import type { Command } from '../../protocol';
import { DEFAULT_AUTO_RESYNCHRONIZE } from '../../protocol/entities';
import { checkInvariants, createEngine, type Engine } from '../index';
import { expectRejected } from '../commands/testLab';
import { eventsWithId, hours, minutes, relOf, run } from '../testUtils';
import { nextResyncStart } from './resyncSchedule';

/** The presets start at 08:00 (UTC, the lab's time zone): 18:30 is 10 h 30 min in. */
const OFF_PEAK = hours(10) + minutes(30);

function schedule(engine: Engine, fields: Partial<Extract<Command, { type: 'Set-VMReplication' }>>): void {
  run(engine, { type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm1', ...fields });
}

/** Crash HV-1 with Vm1 running: at power-on its logs cannot be trusted and resynchronisation is required. */
function crashAndPowerOn(engine: Engine, at: number): void {
  engine.advanceTo(at);
  run(engine, { type: 'Lab-CrashHost', host: 'HV-1' });
  engine.advanceBy(minutes(10));
  run(engine, { type: 'Lab-PowerOnHost', host: 'HV-1' });
}

describe('resynchronisation schedule (VM Settings > Replication > Resynchronization, reference §5.4)', () => {
  it('new relationships get Hyper-V\u2019s default: automatic, 18:30\u201306:00', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    expect(relOf(engine, 'HV-1', 'Vm1').settings).toMatchObject(DEFAULT_AUTO_RESYNCHRONIZE);
  });

  it('by default waits for the off-peak window, then starts by itself', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    crashAndPowerOn(engine, hours(1));
    const rel = relOf(engine, 'HV-1', 'Vm1');
    expect([rel.primaryState, rel.scheduledStart]).toEqual(['WaitingForStartResynchronize', OFF_PEAK]);
    engine.advanceTo(OFF_PEAK - 1);
    expect(rel.primaryState).toBe('WaitingForStartResynchronize');
    engine.advanceTo(OFF_PEAK);
    expect([rel.primaryState, rel.scheduledStart]).toEqual(['Resynchronizing', null]);
    expect(eventsWithId(engine, 29242, 'Vm1')).toHaveLength(1);
    engine.advanceTo(rel.job?.endsAt ?? NaN);
    expect(rel.primaryState).toBe('Replicating');
    expect(checkInvariants(engine)).toEqual([]);
  });

  it('"Automatically start resynchronization" (00:00:00\u201323:59:59) starts it at once', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    schedule(engine, { autoResynchronizeEnabled: true, autoResynchronizeIntervalStart: 0, autoResynchronizeIntervalEnd: 86_399 });
    crashAndPowerOn(engine, hours(1));
    engine.advanceBy(1);
    expect(relOf(engine, 'HV-1', 'Vm1').primaryState).toBe('Resynchronizing');
  });

  it('"Manually start resynchronization" waits for Resume-VMReplication -Resynchronize', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    schedule(engine, { autoResynchronizeEnabled: false });
    crashAndPowerOn(engine, hours(1));
    const rel = relOf(engine, 'HV-1', 'Vm1');
    engine.advanceTo(hours(30));
    expect([rel.primaryState, rel.scheduledStart]).toEqual(['WaitingForStartResynchronize', null]);
    run(engine, { type: 'Resume-VMReplication', host: 'HV-1', vm: 'Vm1', resynchronize: true });
    expect(rel.primaryState).toBe('Resynchronizing');
  });

  it('a resynchronisation already waiting follows a schedule changed meanwhile', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    crashAndPowerOn(engine, hours(1));
    const rel = relOf(engine, 'HV-1', 'Vm1');
    schedule(engine, { autoResynchronizeEnabled: false });
    engine.advanceTo(OFF_PEAK + hours(1));
    expect(rel.primaryState).toBe('WaitingForStartResynchronize');
    schedule(engine, { autoResynchronizeEnabled: true, autoResynchronizeIntervalStart: 0, autoResynchronizeIntervalEnd: 86_399 });
    engine.advanceBy(1);
    expect(rel.primaryState).toBe('Resynchronizing');
  });

  it('refuses bounds outside 00:00:00\u201323:59:59 and changes nothing', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    const cmd: Command = { type: 'Set-VMReplication', host: 'HV-1', vm: 'Vm1', autoResynchronizeIntervalEnd: 86_400, frequencySec: 30 };
    expectRejected(engine, cmd, 'InvalidResyncInterval', { param: 'AutoResynchronizeIntervalEnd' });
    expect(relOf(engine, 'HV-1', 'Vm1').settings).toMatchObject({ ...DEFAULT_AUTO_RESYNCHRONIZE, frequencySec: 300 });
  });

  it('is a primary setting: refused on the replica with the real message code', () => {
    const engine = createEngine('active-passive', { seed: 1 });
    expectRejected(engine, { type: 'Set-VMReplication', host: 'HV-2', vm: 'Vm1', autoResynchronizeEnabled: false }, 'ReplicationSettingsOnReplica', { vm: 'Vm1' });
  });

  it.each([
    ['inside a window spanning midnight', 23, 0],
    ['before the window opens', 12, hours(6) + minutes(30)],
    ['after midnight, still inside', 3, 0],
    ['after the window closed', 7, hours(11) + minutes(30)],
  ])('nextResyncStart %s', (_label, hour, wait) => {
    const now = hours(hour);
    expect(nextResyncStart(now, 0, { ...relSettings(), ...DEFAULT_AUTO_RESYNCHRONIZE })).toBe(now + wait);
  });
});

function relSettings() {
  return relOf(createEngine('active-passive', { seed: 1 }), 'HV-1', 'Vm1').settings;
}
