import type { Command, Link } from '../../protocol';

/** Mbps as the dialog shows them; the engine counts bits per second. */
const BITS_PER_MBPS = 1_000_000;

export interface LinkDraft {
  up: boolean;
  bandwidth: string;
  latency: string;
}

export function linkDraft(link: Link): LinkDraft {
  return { up: link.up, bandwidth: String(link.bandwidthBitsPerSec / BITS_PER_MBPS), latency: String(link.latencyMs) };
}

/** A decimal number as typed in either language (`2.5` or `2,5`), or null. */
function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

export type LinkProblem = { link: string; field: 'bandwidth' | 'latency'; value: string };

/**
 * The `Lab-SetLink` commands for the links that changed, or the first bad field (then nothing is sent).
 * Bounds mirror the engine's (bandwidth ≥ 1,000 bit/s, latency ≥ 0) so a batch is never half-applied.
 */
export function linkCommands(links: readonly Link[], drafts: Readonly<Record<string, LinkDraft>>): { ok: true; commands: Command[] } | { ok: false; problem: LinkProblem } {
  const commands: Command[] = [];
  for (const link of links) {
    const draft = drafts[link.id];
    if (!draft) continue;
    const mbps = parseDecimal(draft.bandwidth);
    if (mbps === null || mbps * BITS_PER_MBPS < 1000) return { ok: false, problem: { link: link.id, field: 'bandwidth', value: draft.bandwidth } };
    const latency = draft.latency.trim();
    if (!/^\d+$/.test(latency)) return { ok: false, problem: { link: link.id, field: 'latency', value: draft.latency } };
    const bits = Math.round(mbps * BITS_PER_MBPS);
    const cmd: Command & { type: 'Lab-SetLink' } = { type: 'Lab-SetLink', link: link.id };
    if (draft.up !== link.up) cmd.up = draft.up;
    if (bits !== link.bandwidthBitsPerSec) cmd.bandwidthBitsPerSec = bits;
    if (Number(latency) !== link.latencyMs) cmd.latencyMs = Number(latency);
    if (Object.keys(cmd).length > 2) commands.push(cmd);
  }
  return { ok: true, commands };
}
