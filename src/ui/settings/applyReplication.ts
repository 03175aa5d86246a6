import type { Command, CommandResult, ReplicaServerConfig, SimError } from '../../protocol';
import { entryCommands, serverChanged, serverCommand, type ReplicationDraft } from './replicationDraft';

export type Execute = (command: Command) => Promise<CommandResult>;

/** Outcome of Apply: the first error (nothing was changed), or whether the server part was sent. */
export type ApplyOutcome = { ok: false; error: SimError } | { ok: true; serverSent: boolean };

/**
 * Applies the Replication Configuration page all or nothing: every command is first validated by the
 * engine (`dryRun`), and only when all pass are they sent for real. A rejected page leaves the lab as it was.
 */
export async function applyReplication(execute: Execute, host: string, config: ReplicaServerConfig, draft: ReplicationDraft): Promise<ApplyOutcome> {
  const server = serverCommand(host, draft);
  if (!server.ok) return server;
  const sendServer = serverChanged(config, draft);
  const { remove, add } = entryCommands(host, config, draft);
  const checks: Command[] = [
    ...(sendServer ? [{ ...server.command, dryRun: true }] : []),
    ...add.map((c) => ({ ...c, dryRun: true }) as Command),
  ];
  for (const check of checks) {
    const result = await execute(check);
    if (!result.ok) return result;
  }
  // The server first: entries can only be added once it allows "the specified servers".
  for (const command of [...(sendServer ? [server.command] : []), ...remove, ...add]) {
    const result = await execute(command);
    if (!result.ok) return result;
  }
  return { ok: true, serverSent: sendServer };
}
