import type { Command, Link } from '../../protocol';

/** Mbps as the dialog shows them; the engine counts bits per second. */
const BITS_PER_MBPS = 1_000_000;

/**
 * What `Lab-SetLink` accepts (the engine's command schema, `src/protocol/commandSchema.ts`, which the UI does
 * not import so zod stays out of the page's bundle; labToolsLinks.test.ts pins them equal): 1 kbit/s to
 * 1 Tbit/s, 0 to 60,000 ms.
 */
export const LINK_LIMITS = {
  minBandwidthBitsPerSec: 1_000,
  maxBandwidthBitsPerSec: 1e12,
  maxLatencyMs: 60_000,
} as const;

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

/** Bits per second from the bandwidth typed in Mbps, or null when it is not a number the engine accepts. */
function bandwidthBits(text: string): number | null {
  const mbps = parseDecimal(text);
  if (mbps === null) return null;
  const bits = Math.round(mbps * BITS_PER_MBPS);
  // 400 nines parse to Infinity: finite and in range, or refused here rather than by the engine mid-batch.
  return Number.isFinite(bits) && bits >= LINK_LIMITS.minBandwidthBitsPerSec && bits <= LINK_LIMITS.maxBandwidthBitsPerSec ? bits : null;
}

/** Whole milliseconds from the latency typed, or null when it is not a number the engine accepts. */
function latencyMs(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const ms = Number(trimmed);
  return Number.isSafeInteger(ms) && ms <= LINK_LIMITS.maxLatencyMs ? ms : null;
}

/**
 * The `Lab-SetLink` commands for the links that changed, or every bad field of every row (then nothing at
 * all is sent). The bounds are the engine's, so a batch that passes here is never half-applied.
 */
export function linkCommands(
  links: readonly Link[],
  drafts: Readonly<Record<string, LinkDraft>>,
): { ok: true; commands: Command[] } | { ok: false; problems: LinkProblem[] } {
  const commands: Command[] = [];
  const problems: LinkProblem[] = [];
  for (const link of links) {
    const draft = drafts[link.id];
    if (!draft) continue;
    const bits = bandwidthBits(draft.bandwidth);
    const latency = latencyMs(draft.latency);
    if (bits === null) problems.push({ link: link.id, field: 'bandwidth', value: draft.bandwidth });
    if (latency === null) problems.push({ link: link.id, field: 'latency', value: draft.latency });
    if (bits === null || latency === null) continue;
    const cmd: Command & { type: 'Lab-SetLink' } = { type: 'Lab-SetLink', link: link.id };
    if (draft.up !== link.up) cmd.up = draft.up;
    if (bits !== link.bandwidthBitsPerSec) cmd.bandwidthBitsPerSec = bits;
    if (latency !== link.latencyMs) cmd.latencyMs = latency;
    if (Object.keys(cmd).length > 2) commands.push(cmd);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands };
}
