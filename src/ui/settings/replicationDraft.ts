import type { AuthorizationEntry, Command, ReplicaServerConfig, SetReplicationServerCommand, SimError } from '../../protocol';

/**
 * What the Replication Configuration page holds while the user edits it. Ports stay text (the user may
 * type anything); the engine decides what is valid, the page only turns text into numbers.
 */
export interface ReplicationDraft {
  enabled: boolean;
  kerberos: boolean;
  kerberosPort: string;
  certificate: boolean;
  certificatePort: string;
  thumbprint: string | null;
  allowAnyServer: boolean;
  defaultStorageLocation: string;
  entries: readonly AuthorizationEntry[];
}

export function draftFromConfig(config: ReplicaServerConfig): ReplicationDraft {
  return {
    enabled: config.enabled,
    kerberos: config.kerberos.enabled,
    kerberosPort: String(config.kerberos.port),
    certificate: config.certificate.enabled,
    certificatePort: String(config.certificate.port),
    thumbprint: config.certificate.thumbprint,
    allowAnyServer: config.allowAnyServer,
    defaultStorageLocation: config.defaultStorageLocation,
    entries: config.entries,
  };
}

/** A port as typed: digits only (the engine then checks 1–65535); anything else is `null`. */
export function parsePort(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

export type ServerCommandResult = { ok: true; command: SetReplicationServerCommand } | { ok: false; error: SimError };

/** The `Set-VMReplicationServer` the page stands for, or the error of a port that is not a number. */
export function serverCommand(host: string, draft: ReplicationDraft): ServerCommandResult {
  const kerberosPort = parsePort(draft.kerberosPort);
  const certificatePort = parsePort(draft.certificatePort);
  // Non-numeric text gets the engine's own InvalidPort wording, with what was typed.
  if (kerberosPort === null) return { ok: false, error: { code: 'InvalidPort', params: { port: draft.kerberosPort } } };
  if (certificatePort === null) return { ok: false, error: { code: 'InvalidPort', params: { port: draft.certificatePort } } };
  return {
    ok: true,
    command: {
      type: 'Set-VMReplicationServer',
      host,
      replicationEnabled: draft.enabled,
      kerberos: { enabled: draft.kerberos, port: kerberosPort },
      certificate: { enabled: draft.certificate, port: certificatePort, thumbprint: draft.thumbprint },
      allowAnyServer: draft.allowAnyServer,
      defaultStorageLocation: draft.defaultStorageLocation,
    },
  };
}

const sameEntry = (a: AuthorizationEntry, b: AuthorizationEntry) =>
  a.allowedPrimaryServer === b.allowedPrimaryServer && a.storageLocation === b.storageLocation && a.trustGroup === b.trustGroup;

/** The server part changed (anything but the entry list). */
export function serverChanged(config: ReplicaServerConfig, draft: ReplicationDraft): boolean {
  const before = draftFromConfig(config);
  const keys = (Object.keys(before) as (keyof ReplicationDraft)[]).filter((k) => k !== 'entries');
  return keys.some((k) => before[k] !== draft[k]);
}

/**
 * Entry commands turning the host's list into the draft's: removals first (an edited entry is removed and
 * added again), then additions. Nothing when the draft allows any server (the engine drops the entries).
 */
export function entryCommands(host: string, config: ReplicaServerConfig, draft: ReplicationDraft): { remove: Command[]; add: Command[] } {
  if (draft.allowAnyServer) return { remove: [], add: [] };
  const current = config.allowAnyServer ? [] : config.entries;
  const remove: Command[] = current
    .filter((e) => !draft.entries.some((d) => sameEntry(d, e)))
    .map((e) => ({ type: 'Remove-VMReplicationAuthorizationEntry', host, allowedPrimaryServer: e.allowedPrimaryServer }));
  const add: Command[] = draft.entries
    .filter((d) => !current.some((e) => sameEntry(d, e)))
    .map((d) => ({ type: 'New-VMReplicationAuthorizationEntry', host, allowedPrimaryServer: d.allowedPrimaryServer, replicaStorageLocation: d.storageLocation, trustGroup: d.trustGroup }));
  return { remove, add };
}

export function isDirty(config: ReplicaServerConfig, draft: ReplicationDraft): boolean {
  const { remove, add } = entryCommands('', config, draft);
  return serverChanged(config, draft) || remove.length > 0 || add.length > 0;
}

/** Listeners the new configuration turns on, for the firewall reminder. */
export function enabledListeners(draft: ReplicationDraft): { rule: 'HTTP' | 'HTTPS'; port: string }[] {
  if (!draft.enabled) return [];
  const out: { rule: 'HTTP' | 'HTTPS'; port: string }[] = [];
  if (draft.kerberos) out.push({ rule: 'HTTP', port: draft.kerberosPort.trim() });
  if (draft.certificate) out.push({ rule: 'HTTPS', port: draft.certificatePort.trim() });
  return out;
}
