import type { EventLevel, LabEvent } from '../../protocol';

/** Default ring size: a long run at 3600× must not grow memory without bound (performance T14). */
export const EVENT_LOG_CAPACITY = 20_000;

/**
 * The simulated Hyper-V-VMMS Admin log: a ring buffer of the latest events plus a running FNV-1a hash
 * of every event ever logged, so golden tests can pin a whole run without keeping it in memory.
 */
export class EventLog {
  private ring: LabEvent[] = [];
  private start = 0;
  private nextSeq = 1;
  private hash = 0x811c9dc5;

  constructor(private readonly capacity = EVENT_LOG_CAPACITY) {}

  add(time: number, eventId: number, level: EventLevel, host: string, vm: string | null, key: string, params: LabEvent['params']): LabEvent {
    const event: LabEvent = { seq: this.nextSeq++, eventId, level, time, host, vm, key, params };
    this.mix(`${event.seq}|${time}|${eventId}|${level}|${host}|${vm ?? ''}|${key}|${stableParams(params)}`);
    if (this.ring.length < this.capacity) this.ring.push(event);
    else {
      this.ring[this.start] = event;
      this.start = (this.start + 1) % this.capacity;
    }
    return event;
  }

  /** Events with seq > `afterSeq`, oldest first. */
  since(afterSeq: number): LabEvent[] {
    const all = this.all();
    if (all.length === 0 || (all[all.length - 1] as LabEvent).seq <= afterSeq) return [];
    let lo = 0;
    while (lo < all.length && (all[lo] as LabEvent).seq <= afterSeq) lo++;
    return all.slice(lo);
  }

  all(): LabEvent[] {
    return this.start === 0 ? [...this.ring] : [...this.ring.slice(this.start), ...this.ring.slice(0, this.start)];
  }

  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  /** Hex digest of every event logged since the lab started. */
  digest(): string {
    return (this.hash >>> 0).toString(16).padStart(8, '0');
  }

  exportState(): { events: LabEvent[]; nextSeq: number; hash: number } {
    return { events: this.all(), nextSeq: this.nextSeq, hash: this.hash };
  }

  static fromState(state: { events: LabEvent[]; nextSeq: number; hash: number }, capacity = EVENT_LOG_CAPACITY): EventLog {
    const log = new EventLog(capacity);
    log.ring = state.events.slice(-capacity);
    log.nextSeq = state.nextSeq;
    log.hash = state.hash;
    return log;
  }

  private mix(text: string): void {
    let h = this.hash;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    this.hash = h >>> 0;
  }
}

function stableParams(params: LabEvent['params']): string {
  return Object.keys(params).sort().map((k) => `${k}=${params[k]}`).join(',');
}
