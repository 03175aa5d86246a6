import type { Host, Relationship } from '../../protocol';
import { authorizedStorage, type RelContext } from '../model/relations';
import type { World } from '../model/world';

/** Why a log (or initial copy) cannot reach the replica right now. */
export type SendFailure = 'PrimaryHostDown' | 'ReplicaHostDown' | 'LinkDown' | 'ListenerBlocked' | 'NotAuthorized' | 'ReplicaNotReplicating' | 'ReplicaStorageMove';

/** Non-recoverable failures put the relationship in Error (event 32086); the others are retried. */
export function isRecoverable(failure: SendFailure): boolean {
  return failure === 'PrimaryHostDown' || failure === 'ReplicaHostDown' || failure === 'LinkDown' || failure === 'ListenerBlocked' || failure === 'ReplicaStorageMove';
}

/** Is the replica server's listener answering on the port and auth type the relationship uses? */
export function listenerOpen(replica: Host, rel: Relationship): boolean {
  const cfg = replica.replicaServer;
  if (!cfg.enabled) return false;
  if (rel.settings.authenticationType === 'Kerberos') {
    return cfg.kerberos.enabled && cfg.kerberos.port === rel.settings.replicaServerPort && replica.firewall.HTTP;
  }
  return cfg.certificate.enabled && cfg.certificate.port === rel.settings.replicaServerPort && replica.firewall.HTTPS;
}

export function sendFailure(world: World, ctx: RelContext): SendFailure | null {
  if (ctx.primaryHost.power !== 'On') return 'PrimaryHostDown';
  if (ctx.replicaHost.power !== 'On') return 'ReplicaHostDown';
  const link = world.linkBetween(ctx.primaryHost, ctx.replicaHost);
  if (!link || !link.up) return 'LinkDown';
  if (!listenerOpen(ctx.replicaHost, ctx.rel)) return 'ListenerBlocked';
  if (authorizedStorage(ctx.replicaHost, ctx.primaryHost) === null) return 'NotAuthorized';
  // A removed or failed-over replica refuses logs: the primary goes to Error (event 32086).
  const r = ctx.rel.replicaState;
  if (r === 'Disabled' || r === 'FailedOverWaitingCompletion' || r === 'FailedOver') return 'ReplicaNotReplicating';
  // Storage move of the replica (reference §5.6, event 32332): its logs wait; the primary retries.
  if (ctx.replicaVm.storageMove) return 'ReplicaStorageMove';
  return null;
}

/**
 * Transfer time of `bytes` between two hosts: size ÷ fair share of the link + latency.
 * The share is fixed when the transfer starts (bandwidth ÷ transfers on the link including this one).
 */
export function transferDurationMs(world: World, ctx: RelContext, bytes: number): number {
  const link = world.linkBetween(ctx.primaryHost, ctx.replicaHost);
  if (!link) return Infinity;
  const active = (world.linkActive.get(link.id) ?? 0) + 1;
  const share = link.bandwidthBitsPerSec / active;
  return Math.ceil((bytes * 8 * 1000) / share) + link.latencyMs;
}
