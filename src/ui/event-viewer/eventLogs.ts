import type { EventLevel, LabEvent } from '../../protocol';

/**
 * Where Windows writes each event the engine logs: the Hyper-V Replica events go to
 * Applications and Services Logs ▸ Microsoft ▸ Windows ▸ Hyper-V-VMMS ▸ Admin (hyperv-replica.md §10),
 * a VM starting or stopping to Hyper-V-Worker ▸ Admin (18500, 18502…), a host's unexpected shutdown and
 * start to the System log (EventLog 6008 / 6005). The lab's network-link events (10400/10401) stand for
 * a cable being pulled: Windows logs nothing of the kind, so the viewer does not show them.
 */
export type LogId = 'vmms' | 'worker' | 'system';

export interface LogInfo {
  /** "Log Name:" in the General tab (the channel). */
  channel: string;
  /** Provider short name, the "Source" column. */
  source: string;
}

export const LOGS: Readonly<Record<LogId, LogInfo>> = {
  vmms: { channel: 'Microsoft-Windows-Hyper-V-VMMS-Admin', source: 'Hyper-V-VMMS' },
  worker: { channel: 'Microsoft-Windows-Hyper-V-Worker-Admin', source: 'Hyper-V-Worker' },
  system: { channel: 'System', source: 'EventLog' },
};

export const LOG_ORDER: readonly LogId[] = ['system', 'vmms', 'worker'];

/** The log an event belongs to, or null when Windows would log nothing (the lab's link faults). */
export function logOf(event: Pick<LabEvent, 'eventId'>): LogId | null {
  const id = event.eventId;
  if (id === 6005 || id === 6008) return 'system';
  if (id === 10400 || id === 10401) return null;
  if (id >= 18500 && id < 18600) return 'worker';
  return 'vmms';
}

export const LEVELS: readonly EventLevel[] = ['Error', 'Warning', 'Information'];

export interface EventFilter {
  host: string;
  log: LogId;
  levels: ReadonlySet<EventLevel>;
  /** VM name, or null for every VM (and events about no VM). */
  vm: string | null;
}

/**
 * The rows of one host's log, newest first as Event Viewer sorts them, filtered by level and VM.
 * One pass over the ring, run when the window opens, on Refresh and on a filter change (never per tick).
 * @example filterEvents(lab.events, { host: 'HV-1', log: 'vmms', levels: new Set(LEVELS), vm: 'Vm1' })
 */
export function filterEvents(events: readonly LabEvent[], filter: EventFilter): LabEvent[] {
  const out: LabEvent[] = [];
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as LabEvent;
    if (e.host !== filter.host || !filter.levels.has(e.level)) continue;
    if (filter.vm !== null && e.vm !== filter.vm) continue;
    if (logOf(e) === filter.log) out.push(e);
  }
  return out;
}

/** VM names that appear in a host's log, sorted, for the VM filter's choices. */
export function vmsInLog(events: readonly LabEvent[], host: string, log: LogId): string[] {
  const names = new Set<string>();
  for (const e of events) if (e.vm !== null && e.host === host && logOf(e) === log) names.add(e.vm);
  return [...names].sort();
}
