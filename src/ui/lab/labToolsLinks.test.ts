import { describe, expect, it } from 'vitest';
import { MAX_BANDWIDTH_BITS_PER_SEC, MAX_LATENCY_MS } from '../../protocol/commandSchema';
import type { Link } from '../../protocol';
import { LINK_LIMITS, linkCommands, linkDraft } from './labToolsLinks';

const LINKS: Link[] = [
  { id: 'wan', siteA: 'A', siteB: 'B', up: true, bandwidthBitsPerSec: 5_000_000, latencyMs: 40 },
  { id: 'lan', siteA: 'A', siteB: 'A', up: true, bandwidthBitsPerSec: 1e9, latencyMs: 0 },
];
const drafts = (patch: Record<string, Partial<ReturnType<typeof linkDraft>>>) =>
  Object.fromEntries(LINKS.map((l) => [l.id, { ...linkDraft(l), ...patch[l.id] }]));

describe('linkCommands', () => {
  it('uses the engine’s limits (Lab-SetLink schema)', () => {
    expect(LINK_LIMITS.maxLatencyMs).toBe(MAX_LATENCY_MS);
    expect(LINK_LIMITS.maxBandwidthBitsPerSec).toBe(MAX_BANDWIDTH_BITS_PER_SEC);
  });

  it('refuses the whole batch when any row is bad, listing every bad field', () => {
    const plan = linkCommands(LINKS, drafts({ wan: { bandwidth: '2' }, lan: { latency: '9'.repeat(400), bandwidth: '9'.repeat(400) } }));
    expect(plan).toEqual({
      ok: false,
      problems: [
        { link: 'lan', field: 'bandwidth', value: '9'.repeat(400) },
        { link: 'lan', field: 'latency', value: '9'.repeat(400) },
      ],
    });
  });

  it.each(['0.0009', '1000000.000001', '-1', '1e3', ''])('refuses bandwidth %j Mbps', (bandwidth) => {
    expect(linkCommands(LINKS, drafts({ wan: { bandwidth } })).ok).toBe(false);
  });

  it.each(['60001', '1.5', '-0', ' ', 'Infinity'])('refuses latency %j ms', (latency) => {
    expect(linkCommands(LINKS, drafts({ wan: { latency } })).ok).toBe(false);
  });

  it('sends only what changed, limits included', () => {
    expect(linkCommands(LINKS, drafts({ wan: { bandwidth: '0,001', latency: '60000' }, lan: { bandwidth: '1000000' } }))).toEqual({
      ok: true,
      commands: [
        { type: 'Lab-SetLink', link: 'wan', bandwidthBitsPerSec: 1_000, latencyMs: 60_000 },
        { type: 'Lab-SetLink', link: 'lan', bandwidthBitsPerSec: 1e12 },
      ],
    });
    expect(linkCommands(LINKS, drafts({}))).toEqual({ ok: true, commands: [] });
  });
});
