import { describe, expect, it } from 'vitest';
import { EVENT_LOG_CAPACITY, EventLog } from './eventLog';

function fill(log: EventLog, n: number, from = 0): void {
  for (let i = from; i < from + n; i++) log.add(i * 1000, 29174, 'Information', 'HV-1', `Vm${i}`, 'event.29174', { vm: `Vm${i}`, success: i });
}

describe('EventLog', () => {
  it('numbers events from 1 and keeps them oldest first', () => {
    const log = new EventLog();
    fill(log, 3);
    expect(log.all().map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(log.lastSeq).toBe(3);
    expect(log.all()[1]).toMatchObject({ time: 1000, eventId: 29174, level: 'Information', host: 'HV-1', vm: 'Vm1', key: 'event.29174' });
  });

  it('keeps only the newest `capacity` events, in order, once the ring wraps', () => {
    const log = new EventLog(5);
    fill(log, 12);
    expect(log.all().map((e) => e.seq)).toEqual([8, 9, 10, 11, 12]);
    expect(log.lastSeq).toBe(12);
    expect(EVENT_LOG_CAPACITY).toBeGreaterThanOrEqual(10_000);
  });

  it('since(seq) returns the events after seq, empty when up to date, what the ring still holds when too old', () => {
    const log = new EventLog(5);
    expect(log.since(0)).toEqual([]);
    fill(log, 12);
    expect(log.since(10).map((e) => e.seq)).toEqual([11, 12]);
    expect(log.since(12)).toEqual([]);
    expect(log.since(99)).toEqual([]);
    expect(log.since(0).map((e) => e.seq)).toEqual([8, 9, 10, 11, 12]);
  });

  it('digest is stable for the same events and changes with any field, order or param', () => {
    const digestOf = (build: (log: EventLog) => void): string => {
      const log = new EventLog();
      build(log);
      return log.digest();
    };
    const base = digestOf((l) => fill(l, 4));
    expect(base).toMatch(/^[0-9a-f]{8}$/);
    expect(digestOf((l) => fill(l, 4))).toBe(base);
    expect(digestOf((l) => fill(l, 5))).not.toBe(base);
    expect(digestOf((l) => fill(l, 4, 1))).not.toBe(base);
    const one = (params: Record<string, number>, level: 'Information' | 'Warning' = 'Information') =>
      digestOf((l) => l.add(0, 32315, level, 'HV-1', 'Vm1', 'event.32315', params));
    expect(one({ a: 1, b: 2 })).toBe(one({ b: 2, a: 1 }));
    expect(one({ a: 1, b: 2 })).not.toBe(one({ a: 1, b: 3 }));
    expect(one({ a: 1 })).not.toBe(one({ a: 1 }, 'Warning'));
  });

  it('digest covers events that fell out of the ring', () => {
    const small = new EventLog(3);
    const big = new EventLog(100);
    fill(small, 20);
    fill(big, 20);
    expect(small.digest()).toBe(big.digest());
  });

  it('exports and restores its state: same events, digest and numbering afterwards', () => {
    const log = new EventLog(6);
    fill(log, 9);
    const copy = EventLog.fromState(JSON.parse(JSON.stringify(log.exportState())) as ReturnType<EventLog['exportState']>, 6);
    expect(copy.all()).toEqual(log.all());
    expect(copy.digest()).toBe(log.digest());
    fill(log, 4, 9);
    fill(copy, 4, 9);
    expect(copy.all()).toEqual(log.all());
    expect(copy.digest()).toBe(log.digest());
    expect(copy.lastSeq).toBe(13);
  });
});
