import type { Command, FailoverIpv4, FailoverIpv6, NetworkAdapter, ReplicationSettings, SimError } from '../../protocol';
import { RESYNC_ANY_TIME_END } from '../../protocol/entities';

/**
 * What the editable pages of VM Settings hold before OK / Apply, and the commands that send it. Pure: the
 * dialog keeps two drafts (as opened or last applied, and as edited) and sends only what differs.
 */

export type ResyncMode = 'auto' | 'window' | 'manual';

export interface Ipv4Draft {
  enabled: boolean;
  address: string;
  subnetMask: string;
  defaultGateway: string;
  preferredDns: string;
  alternateDns: string;
}

export interface Ipv6Draft {
  enabled: boolean;
  address: string;
  prefixLength: string;
  defaultGateway: string;
  preferredDns: string;
  alternateDns: string;
}

export interface ReplicationDraft {
  frequencySec: number;
  additionalPoints: boolean;
  coverageHours: string;
  vssEnabled: boolean;
  vssHours: string;
  resync: ResyncMode;
  /** `hh:mm` as in `<input type="time">`. */
  resyncFrom: string;
  resyncTo: string;
}

export interface VmDraft {
  switchName: string | null;
  testSwitch: string | null;
  ipv4: Ipv4Draft;
  ipv6: Ipv6Draft;
  /** Null when the VM is not replicated. */
  replication: ReplicationDraft | null;
}

/** The pages a command belongs to, so a refusal shows where it was caused. */
export type DraftPage = 'networkAdapter' | 'testFailover' | 'failoverTcpIp' | 'replication' | 'recoveryPoints' | 'resync';

const pad = (n: number) => String(n).padStart(2, '0');

export function secondsToTime(seconds: number): string {
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}`;
}

/** Seconds after midnight of `hh:mm` (or `hh:mm:ss`), or null. */
export function timeToSeconds(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return h < 24 && min < 60 && s < 60 ? h * 3600 + min * 60 + s : null;
}

const EMPTY_V4: FailoverIpv4 = { address: '', subnetMask: '', defaultGateway: '', preferredDns: '', alternateDns: '' };

export function draftFromVm(adapter: NetworkAdapter | undefined, settings: ReplicationSettings | null): VmDraft {
  const v4 = adapter?.failoverIpv4 ?? null;
  const v6 = adapter?.failoverIpv6 ?? null;
  return {
    switchName: adapter?.switchName ?? null,
    testSwitch: adapter?.testFailoverSwitch ?? null,
    ipv4: { enabled: v4 !== null, ...(v4 ?? EMPTY_V4) },
    ipv6: v6
      ? { enabled: true, ...v6, prefixLength: String(v6.prefixLength) }
      : { enabled: false, address: '', prefixLength: '64', defaultGateway: '', preferredDns: '', alternateDns: '' },
    replication: settings && replicationDraft(settings),
  };
}

function replicationDraft(s: ReplicationSettings): ReplicationDraft {
  const anyTime = s.autoResynchronizeIntervalStart === 0 && s.autoResynchronizeIntervalEnd === RESYNC_ANY_TIME_END;
  return {
    frequencySec: s.frequencySec,
    additionalPoints: s.recoveryHistory > 0,
    coverageHours: String(s.recoveryHistory > 0 ? s.recoveryHistory : 24),
    vssEnabled: s.vssSnapshotFrequencyHour !== null,
    vssHours: String(s.vssSnapshotFrequencyHour ?? 4),
    resync: !s.autoResynchronizeEnabled ? 'manual' : anyTime ? 'auto' : 'window',
    resyncFrom: secondsToTime(s.autoResynchronizeIntervalStart),
    resyncTo: secondsToTime(s.autoResynchronizeIntervalEnd),
  };
}

export function isDirty(applied: VmDraft, draft: VmDraft): boolean {
  return JSON.stringify(applied) !== JSON.stringify(draft);
}

export interface PendingCommand {
  page: DraftPage;
  command: Command;
}

/** A check the page makes before anything is sent (an unreadable number or time), as an engine-style error. */
export interface LocalProblem {
  page: DraftPage;
  error: SimError | { key: 'vmSettings.resync.badTime'; value: string };
}

/** The commands OK / Apply sends, page by page in tree order, or the first problem found before sending. */
export function commandsFor(ref: { host: string; vm: string }, applied: VmDraft, draft: VmDraft): PendingCommand[] | LocalProblem {
  const out: PendingCommand[] = [];
  if (draft.switchName !== applied.switchName) out.push({ page: 'networkAdapter', command: { type: 'Set-VMNetworkAdapter', ...ref, switchName: draft.switchName } });
  const tcpip = failoverCommand(ref, applied, draft);
  if ('page' in tcpip) return tcpip;
  if (tcpip.command) out.push({ page: 'failoverTcpIp', command: tcpip.command });
  if (draft.testSwitch !== applied.testSwitch) out.push({ page: 'testFailover', command: { type: 'Set-VMNetworkAdapter', ...ref, testReplicaSwitchName: draft.testSwitch } });
  if (draft.replication && applied.replication) {
    const rep = replicationCommand(ref, applied.replication, draft.replication);
    if (rep && 'error' in rep) return rep;
    if (rep) out.push(rep);
  }
  return out;
}

function failoverCommand(ref: { host: string; vm: string }, applied: VmDraft, draft: VmDraft): { command: Command | null } | LocalProblem {
  const v4Changed = JSON.stringify(applied.ipv4) !== JSON.stringify(draft.ipv4);
  const v6Changed = JSON.stringify(applied.ipv6) !== JSON.stringify(draft.ipv6);
  if (!v4Changed && !v6Changed) return { command: null };
  let ipv6: FailoverIpv6 | null | undefined;
  if (v6Changed) {
    const { enabled, prefixLength, ...rest } = draft.ipv6;
    const prefix = prefixLength.trim();
    if (enabled && !/^\d{1,3}$/.test(prefix)) return { page: 'failoverTcpIp', error: { code: 'InvalidPrefixLength', params: { value: prefixLength } } };
    ipv6 = enabled ? { ...trimAll(rest), prefixLength: Number(prefix) } : null;
  }
  const { enabled: v4On, ...v4 } = draft.ipv4;
  const ipv4 = v4Changed ? (v4On ? trimAll(v4) : null) : undefined;
  return { command: { type: 'Set-VMNetworkAdapterFailoverConfiguration', ...ref, ...(ipv4 !== undefined && { ipv4 }), ...(ipv6 !== undefined && { ipv6 }) } };
}

function trimAll<T extends Record<string, string>>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.trim()])) as T;
}

/** Which page a Set-VMReplication refusal belongs to. */
export function replicationErrorPage(code: SimError['code'], current: string): DraftPage {
  if (code === 'InvalidRecoveryHistory' || code === 'InvalidVssFrequency' || code === 'VssWithoutHistory') return 'recoveryPoints';
  if (code === 'InvalidResyncInterval') return 'resync';
  if (code === 'InvalidFrequency') return 'replication';
  return current === 'recoveryPoints' || current === 'resync' ? current : 'replication';
}

function replicationCommand(ref: { host: string; vm: string }, applied: ReplicationDraft, draft: ReplicationDraft): PendingCommand | LocalProblem | null {
  const fields: Extract<Command, { type: 'Set-VMReplication' }> = { type: 'Set-VMReplication', ...ref };
  if (draft.frequencySec !== applied.frequencySec) fields.frequencySec = draft.frequencySec;
  // A box that does not hold a whole number is refused here with the engine's own message.
  if (draft.additionalPoints && !/^\d+$/.test(draft.coverageHours.trim())) return { page: 'recoveryPoints', error: { code: 'InvalidRecoveryHistory', params: { value: draft.coverageHours } } };
  if (draft.additionalPoints && draft.vssEnabled && !/^\d+$/.test(draft.vssHours.trim())) return { page: 'recoveryPoints', error: { code: 'InvalidVssFrequency', params: { value: draft.vssHours } } };
  const history = draft.additionalPoints ? Number(draft.coverageHours.trim()) : 0;
  const vss = draft.additionalPoints && draft.vssEnabled ? Number(draft.vssHours.trim()) : null;
  const appliedHistory = applied.additionalPoints ? Number(applied.coverageHours) : 0;
  const appliedVss = applied.additionalPoints && applied.vssEnabled ? Number(applied.vssHours) : null;
  if (history !== appliedHistory) fields.recoveryHistory = history;
  if (vss !== appliedVss || history !== appliedHistory) fields.vssSnapshotFrequencyHour = vss;
  if (draft.resync !== applied.resync || (draft.resync === 'window' && (draft.resyncFrom !== applied.resyncFrom || draft.resyncTo !== applied.resyncTo))) {
    fields.autoResynchronizeEnabled = draft.resync !== 'manual';
    if (draft.resync === 'auto') Object.assign(fields, { autoResynchronizeIntervalStart: 0, autoResynchronizeIntervalEnd: RESYNC_ANY_TIME_END });
    if (draft.resync === 'window') {
      for (const value of [draft.resyncFrom, draft.resyncTo]) {
        if (timeToSeconds(value) === null) return { page: 'resync', error: { key: 'vmSettings.resync.badTime', value } };
      }
      Object.assign(fields, { autoResynchronizeIntervalStart: timeToSeconds(draft.resyncFrom), autoResynchronizeIntervalEnd: timeToSeconds(draft.resyncTo) });
    }
  }
  if (Object.keys(fields).length === 3) return null;
  const page: DraftPage = fields.frequencySec !== undefined ? 'replication' : fields.recoveryHistory !== undefined || fields.vssSnapshotFrequencyHour !== undefined ? 'recoveryPoints' : 'resync';
  return { page, command: fields };
}
