import type { Host, LabEvent, Link, Relationship, SimTime, Site, Vm } from './entities';

/** Everything the UI needs to draw a lab at one simulated instant. */
export interface Snapshot {
  /** Engine change counter the snapshot reflects. */
  seq: number;
  now: SimTime;
  /** ISO 8601 date of simulated time 0. */
  startDate: string;
  labId: string;
  seed: number;
  hosts: Host[];
  vms: Vm[];
  relationships: Relationship[];
  sites: Site[];
  links: Link[];
  /** Most recent events (ring buffer; oldest first). */
  events: LabEvent[];
}

/** Entities changed since `baseSeq`, plus new events. Removed entities are listed by key. */
export interface Delta {
  baseSeq: number;
  seq: number;
  now: SimTime;
  hosts: Host[];
  vms: Vm[];
  relationships: Relationship[];
  links: Link[];
  removedVms: string[];
  removedRelationships: string[];
  events: LabEvent[];
}
