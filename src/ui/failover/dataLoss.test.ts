import { describe, expect, it } from 'vitest';
import type { FailoverRecord } from '../../protocol';
import { formatDataLoss } from './dataLoss';

const START = '2026-03-02T08:00:00.000Z';
const H = 3_600_000;

/** The crash: last log closed 10:57:30, point made at 11:00, primary's last write 11:00. */
const record: FailoverRecord = {
  kind: 'Unplanned',
  time: 3 * H + 5 * 60_000,
  recoveryPointId: 'rp-3',
  pointTime: 3 * H,
  dataTime: 3 * H - 150_000,
  restoredSeq: 1000,
  primarySeq: 1967,
  primaryLastWriteTime: 3 * H,
  lostWrites: 967,
  lostBytes: 967 * 8192,
};

describe('formatDataLoss (issue 10)', () => {
  it("runs the window from the point's data time to the primary's last write, not from the point's own time", () => {
    const en = formatDataLoss(record, 'en', START);
    expect(en).toMatchObject({ lost: true, writes: '967', megabytes: '7.6' });
    expect(en.from).toContain('10:57:30');
    expect(en.to).toContain('11:00:00');
    const fr = formatDataLoss(record, 'fr', START);
    expect(fr).toMatchObject({ writes: '967', megabytes: '7,6' });
    expect(fr.from).toContain('10:57:30');
    expect(fr.to).toContain('11:00:00');
  });

  it('never ends the window before it starts', () => {
    const idle = formatDataLoss({ ...record, primaryLastWriteTime: H, lostWrites: 0, lostBytes: 0 }, 'en', START);
    expect(idle.lost).toBe(false);
    expect(idle.to).toBe(idle.from);
  });
});
