/**
 * The Enable / Extend / Reverse Replication wizard as a pure state machine (conventions rule 8): the
 * pages of each mode, the fields and their defaults, which dry run each "Next >" sends, and the one
 * command Finish sends. Components render it; the engine decides whether a page's values are valid.
 */
import type { AuthenticationType, Command, DryRunStage, Host, InitialReplicationMethod } from '../../../protocol';

export type WizardMode = 'enable' | 'extend' | 'reverse';

export type PageId = 'before' | 'server' | 'connection' | 'vhds' | 'frequency' | 'recoveryPoints' | 'initial' | 'summary';

/** Page order of each mode (reference §2, §6.5, §7): Extend and Reverse never re-ask the VHDs. */
export const PAGES: Record<WizardMode, readonly PageId[]> = {
  enable: ['before', 'server', 'connection', 'vhds', 'frequency', 'recoveryPoints', 'initial', 'summary'],
  extend: ['before', 'server', 'connection', 'frequency', 'recoveryPoints', 'initial', 'summary'],
  reverse: ['before', 'server', 'connection', 'frequency', 'recoveryPoints', 'summary'],
};

/**
 * The pages of this wizard: a reverse that needs an initial copy (after an unplanned failover) asks how
 * to send it, as the real wizard does — Enable's pages without the disk choice.
 */
export function pagesOf(ctx: WizardContext): readonly PageId[] {
  return ctx.mode === 'reverse' && ctx.needsInitialCopy ? PAGES.extend : PAGES[ctx.mode];
}

/** The dry run "Next >" sends when leaving a page: it stops after that page's checks. */
export const STAGE_OF: Record<PageId, DryRunStage | null> = {
  before: null,
  server: 'server',
  connection: 'connection',
  vhds: 'disks',
  frequency: 'schedule',
  recoveryPoints: 'schedule',
  initial: 'all',
  summary: null,
};

export type Frequency = 30 | 300 | 900;

/** Extended replication offers only 5 and 15 minutes (§7). */
export function frequencyChoices(mode: WizardMode): readonly Frequency[] {
  return mode === 'extend' ? [300, 900] : [30, 300, 900];
}

export interface WizardFields {
  server: string;
  /** Typed text: the engine says when it is not a port. */
  port: string;
  auth: AuthenticationType;
  thumbprint: string | null;
  compression: boolean;
  /** Paths of the VHDs whose box is cleared. */
  excluded: readonly string[];
  frequencySec: Frequency;
  additional: boolean;
  coverageHours: string;
  vssEnabled: boolean;
  vssHours: string;
  method: InitialReplicationMethod;
  exportPath: string;
  startLater: boolean;
  /** "Start replication on:" as simulated milliseconds. */
  startAt: number;
}

/** What the wizard knows before its first page: the VM, where it runs, and what it replicates already. */
export interface WizardContext {
  mode: WizardMode;
  host: string;
  vm: string;
  now: number;
  /** Reverse: the old primary's FQDN (the page is prefilled with it). */
  oldPrimary: string | null;
  /** Extend / Reverse: the settings of the relationship the wizard follows. */
  current: { auth: AuthenticationType; frequencySec: Frequency; compression: boolean } | null;
  /** Reverse after an unplanned failover: the old primary must receive an initial copy (after a planned one it holds the same data). */
  needsInitialCopy: boolean;
}

export interface WizardState {
  pages: readonly PageId[];
  index: number;
  fields: WizardFields;
  /** The server whose connection values were last filled in (a new server refills them). */
  retrievedFrom: string | null;
  error: string | null;
  busy: boolean;
}

const HOUR = 3_600_000;

export function initialState(ctx: WizardContext): WizardState {
  const frequency: Frequency = ctx.mode === 'extend' ? (ctx.current?.frequencySec === 900 ? 900 : 300) : (ctx.current?.frequencySec ?? 300);
  return {
    pages: pagesOf(ctx),
    index: 0,
    retrievedFrom: null,
    error: null,
    busy: false,
    fields: {
      server: ctx.mode === 'reverse' ? (ctx.oldPrimary ?? '') : '',
      port: '',
      auth: ctx.current?.auth ?? 'Kerberos',
      thumbprint: null,
      compression: ctx.current?.compression ?? true,
      excluded: [],
      frequencySec: frequency,
      additional: false,
      coverageHours: '24',
      vssEnabled: false,
      vssHours: '4',
      // The old primary of an unplanned failover still holds the data: comparing is the natural copy.
      method: ctx.needsInitialCopy ? 'ExistingVm' : 'Network',
      exportPath: '',
      startLater: false,
      // A round hour ahead, the usual pick; the engine refuses the past and beyond 7 days.
      startAt: Math.ceil((ctx.now + HOUR) / HOUR) * HOUR,
    },
  };
}

export const currentPage = (s: WizardState): PageId => s.pages[s.index] ?? 'summary';

export function setFields(s: WizardState, patch: Partial<WizardFields>): WizardState {
  return { ...s, fields: { ...s.fields, ...patch } };
}

/** "< Previous" keeps every value; the error belonged to the page being left. */
export function previous(s: WizardState): WizardState {
  return { ...s, index: Math.max(0, s.index - 1), error: null };
}

/** Moves on once the page's dry run passed (or needs none). */
export function advance(s: WizardState): WizardState {
  return { ...s, index: Math.min(s.pages.length - 1, s.index + 1), error: null, busy: false };
}

export function withError(s: WizardState, error: string): WizardState {
  return { ...s, error, busy: false };
}

/**
 * Fills Specify Connection Parameters from the Replica server's configuration (as the real wizard
 * reads it on Next): the first authentication type it offers (or the relationship's one, which Extend
 * and Reverse keep), its port, and the primary's first certificate for HTTPS.
 */
export function retrieveConnection(s: WizardState, replica: Host | null, primaryCertificates: readonly { thumbprint: string }[], keepAuth: boolean): WizardState {
  if (!replica || s.retrievedFrom === replica.name) return s;
  const cfg = replica.replicaServer;
  const offered = offeredAuth(replica);
  const auth: AuthenticationType = keepAuth || offered.length === 0 ? s.fields.auth : offered.includes(s.fields.auth) ? s.fields.auth : (offered[0] ?? 'Kerberos');
  const port = auth === 'Kerberos' ? cfg.kerberos.port : cfg.certificate.port;
  return {
    ...s,
    retrievedFrom: replica.name,
    fields: { ...s.fields, auth, port: String(port), thumbprint: auth === 'Certificate' ? (s.fields.thumbprint ?? primaryCertificates[0]?.thumbprint ?? null) : s.fields.thumbprint },
  };
}

/** Only the authentication types the Replica server has enabled are offered. */
export function offeredAuth(replica: Host | null): AuthenticationType[] {
  if (!replica) return ['Kerberos', 'Certificate'];
  const cfg = replica.replicaServer;
  return [...(cfg.kerberos.enabled ? (['Kerberos'] as const) : []), ...(cfg.certificate.enabled ? (['Certificate'] as const) : [])];
}

/** The host a typed name designates (NetBIOS name or FQDN, any case), if the lab has it. */
export function findHost(hosts: Readonly<Record<string, Host>>, name: string): Host | null {
  const wanted = name.trim().toLowerCase();
  return Object.values(hosts).find((h) => h.name.toLowerCase() === wanted || h.fqdn.toLowerCase() === wanted) ?? null;
}

const toInt = (text: string) => (text.trim() === '' ? NaN : Number(text));

/** Recovery points as the cmdlets take them: 0 = latest only; VSS only with additional points. */
export function recoverySettings(f: WizardFields, mode: WizardMode): { recoveryHistory: number; vssSnapshotFrequencyHour: number | null } {
  if (!f.additional) return { recoveryHistory: 0, vssSnapshotFrequencyHour: null };
  return { recoveryHistory: toInt(f.coverageHours), vssSnapshotFrequencyHour: f.vssEnabled && mode !== 'extend' ? toInt(f.vssHours) : null };
}

/**
 * The command of the page being left (`stage`) or of Finish (`stage` null): Enable-VMReplication for
 * Enable and Extend, Set-VMReplication -Reverse for Reverse.
 */
export function buildCommand(ctx: WizardContext, f: WizardFields, stage: DryRunStage | null): Command {
  const dryRun = stage ?? undefined;
  const connection = {
    replicaServerName: f.server.trim(),
    replicaServerPort: toInt(f.port),
    authenticationType: f.auth,
    certificateThumbprint: f.auth === 'Certificate' ? f.thumbprint : null,
    compressionEnabled: f.compression,
  };
  const schedule = { frequencySec: f.frequencySec, ...recoverySettings(f, ctx.mode) };
  if (ctx.mode === 'reverse') {
    const copy = ctx.needsInitialCopy ? { initialReplication: initialReplication(f) } : {};
    return { type: 'Set-VMReplication', host: ctx.host, vm: ctx.vm, reverse: true, ...connection, ...schedule, ...copy, dryRun };
  }
  return {
    type: 'Enable-VMReplication',
    host: ctx.host,
    vm: ctx.vm,
    ...connection,
    excludedDisks: ctx.mode === 'enable' ? [...f.excluded] : [],
    ...schedule,
    initialReplication: initialReplication(f),
    dryRun,
  };
}

/** "Start replication on:" is chosen but its typed date or time does not read as one (nothing is sent then). */
export function unreadableStart(f: Pick<WizardFields, 'method' | 'startLater' | 'startAt'>): boolean {
  return f.startLater && f.method !== 'ExternalMedia' && Number.isNaN(f.startAt);
}

/** Choose Initial Replication Method as the cmdlets take it: media has a folder and never a start time. */
function initialReplication(f: WizardFields) {
  const media = f.method === 'ExternalMedia';
  return { method: f.method, startTime: f.startLater && !media ? f.startAt : null, ...(media ? { destinationPath: f.exportPath.trim() } : {}) };
}

/**
 * The second command of Finish, for a reverse that needs an initial copy: Set-VMReplication -Reverse
 * leaves the new primary Ready for initial replication, and Start-VMInitialReplication sends (or
 * schedules, or exports) the copy, as the real wizard does. Null for every other wizard.
 */
export function startCommand(ctx: WizardContext, f: WizardFields): Command | null {
  if (ctx.mode !== 'reverse' || !ctx.needsInitialCopy) return null;
  const { startTime, destinationPath } = initialReplication(f);
  return { type: 'Start-VMInitialReplication', host: ctx.host, vm: ctx.vm, startTime, ...(destinationPath === undefined ? {} : { destinationPath }) };
}
