import type { InputProblem } from './inputProblem';

/**
 * Caps of a lab file (README, "Lab files"). A file over any of them is refused before anything else is
 * read, so an absurd file costs a few comparisons, not a walk of its contents. The `scale` preset's URL
 * limits stay below them, so every lab the console can build can be saved and opened again.
 */
export const LAB_LIMITS = {
  /** JSON text of a lab file or an autosave (characters). */
  fileChars: 50_000_000,
  hosts: 1_000,
  /** VM entities: primaries, replicas and test VMs (a `scale` lab of n VMs holds 2n). */
  vms: 100_000,
  relationships: 100_000,
  links: 10_000,
  sites: 1_000,
  /** Pending events of the queue. */
  queuedEvents: 1_000_000,
  /** Entries of the event log (the engine keeps the latest 20,000). */
  logEvents: 100_000,
  /** Named random streams (about one per VM and relationship). */
  randomStreams: 1_000_000,
  /** Host, VM, switch, site, link and relationship names and ids (characters). */
  nameChars: 256,
  /** Paths, FQDNs and any other text (characters). */
  textChars: 4_096,
  /** Disks, adapters, volumes, switches, certificates… of one entity. */
  listItems: 1_000,
  /** Simulated time of a lab (now), in milliseconds: ten years. */
  maxNowMs: 10 * 365 * 86_400_000,
} as const;

/** Largest `hosts` / `vms` of the `scale` preset in the URL (`vms` primaries make 2 × `vms` VM entities). */
export const SCALE_MAX_HOSTS = LAB_LIMITS.hosts;
export const SCALE_MAX_VMS = LAB_LIMITS.vms / 2;

const CAPPED_LISTS = [
  ['hosts', LAB_LIMITS.hosts],
  ['vms', LAB_LIMITS.vms],
  ['relationships', LAB_LIMITS.relationships],
  ['links', LAB_LIMITS.links],
  ['sites', LAB_LIMITS.sites],
] as const;

/**
 * The first entity list of a lab file longer than its cap, as a problem (a few comparisons: the page runs
 * it before posting a file to the worker, so an absurd file is not even copied; the worker runs it first).
 */
export function labFileCapsProblem(file: unknown): InputProblem | null {
  if (typeof file !== 'object' || file === null) return null;
  for (const [key, max] of CAPPED_LISTS) {
    const value = (file as Record<string, unknown>)[key];
    if (Array.isArray(value) && value.length > max) return { path: key, reason: 'tooMany', params: { max } };
  }
  return null;
}
