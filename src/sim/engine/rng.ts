/**
 * Seeded PRNG (sfc32) with named sub-streams: `streams.get('vm:HV-1:Vm1:workload')` always yields the
 * same sequence for the same lab seed, whatever other streams exist, so adding a VM never shifts the
 * random draws of the others.
 */

/** cyrb53-style 32-bit string hash pair, used to derive a stream's initial state. */
function hashString(text: string, salt: number): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

/** One sfc32 generator; its four words are its whole state (exported in lab files). */
export class RandomStream {
  constructor(private s: [number, number, number, number]) {}

  static fromName(seed: number, name: string): RandomStream {
    const key = `${seed}/${name}`;
    const stream = new RandomStream([hashString(key, 1), hashString(key, 2), hashString(key, 3), hashString(key, 4)]);
    for (let i = 0; i < 12; i++) stream.nextUint32();
    return stream;
  }

  nextUint32(): number {
    let [a, b, c, d] = this.s;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.s = [a, b, c, d];
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  state(): [number, number, number, number] {
    return [...this.s];
  }
}

export class RandomStreams {
  private readonly streams = new Map<string, RandomStream>();

  constructor(readonly seed: number) {}

  get(name: string): RandomStream {
    let stream = this.streams.get(name);
    if (!stream) {
      stream = RandomStream.fromName(this.seed, name);
      this.streams.set(name, stream);
    }
    return stream;
  }

  /** Hyper-V style GUID drawn from a named stream (deterministic per name). */
  guid(name: string): string {
    const s = this.get(`guid:${name}`);
    const hex = (n: number) => s.nextUint32().toString(16).padStart(8, '0').slice(0, n);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + s.int(0, 3)).toString(16)}${hex(3)}-${hex(8)}${hex(4)}`.toUpperCase();
  }

  exportState(): Record<string, [number, number, number, number]> {
    const out: Record<string, [number, number, number, number]> = {};
    for (const [name, stream] of [...this.streams.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) out[name] = stream.state();
    return out;
  }

  static fromState(seed: number, state: Record<string, [number, number, number, number]>): RandomStreams {
    const streams = new RandomStreams(seed);
    for (const [name, words] of Object.entries(state)) streams.streams.set(name, new RandomStream([...words]));
    return streams;
  }
}
