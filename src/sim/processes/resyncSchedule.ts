import type { Relationship, ReplicationSettings, SimError } from '../../protocol';
import { DAY } from '../engine/constants';
import { EV } from '../engine/kinds';
import { bumpGen } from '../model/runtime';
import type { World } from '../model/world';

/**
 * The Resynchronization page of VM Settings (reference §5.4): when a relationship needs resynchronisation,
 * Hyper-V starts it at once ("Automatically start resynchronization", interval 00:00:00–23:59:59), at the
 * next opening of the interval (default 18:30–06:00, off-peak hours), or waits for Resume-VMReplication.
 */

const LAST_SECOND = 86_399;

/** The first out-of-range interval bound of a schedule, or null. */
export function checkResyncInterval(settings: ReplicationSettings): SimError | null {
  for (const [param, value] of [
    ['AutoResynchronizeIntervalStart', settings.autoResynchronizeIntervalStart],
    ['AutoResynchronizeIntervalEnd', settings.autoResynchronizeIntervalEnd],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > LAST_SECOND) return { code: 'InvalidResyncInterval', params: { param } };
  }
  return null;
}

/**
 * When an automatic resynchronisation may start, at `now` or later; null when it is manual.
 * The end second is inclusive; an interval whose end is before its start spans midnight.
 */
export function nextResyncStart(now: number, dayOffsetMs: number, settings: ReplicationSettings): number | null {
  if (!settings.autoResynchronizeEnabled) return null;
  const start = settings.autoResynchronizeIntervalStart * 1000;
  const end = settings.autoResynchronizeIntervalEnd * 1000 + 999;
  const tod = (((now + dayOffsetMs) % DAY) + DAY) % DAY;
  const inside = start <= end ? tod >= start && tod <= end : tod >= start || tod <= end;
  if (inside) return now;
  return now + ((((start - tod) % DAY) + DAY) % DAY);
}

/** Arms (or re-arms) the automatic start of a resynchronisation that is required; no-op when manual. */
export function scheduleAutoResync(world: World, rel: Relationship): void {
  if (rel.primaryState !== 'WaitingForStartResynchronize') return;
  const rt = world.relRt.get(rel.id);
  const at = nextResyncStart(world.now, world.dayOffsetMs, rel.settings);
  if (!rt || at === null) return;
  rel.scheduledStart = at > world.now ? at : null;
  world.touchRel(rel.id);
  world.schedule(at, EV.RESYNC_START, rt.slot, bumpGen(rt, EV.RESYNC_START));
}

/** Switched to "Manually start resynchronization": an automatic start already armed is called off. */
export function cancelAutoResync(world: World, rel: Relationship): void {
  const rt = world.relRt.get(rel.id);
  if (!rt || rel.primaryState !== 'WaitingForStartResynchronize') return;
  bumpGen(rt, EV.RESYNC_START);
  rel.scheduledStart = null;
  world.touchRel(rel.id);
}
