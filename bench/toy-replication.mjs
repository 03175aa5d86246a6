// Copied unchanged from shared/bench/toy-replication.mjs (the project's "limit anchor": see
// shared/bench/README.md), so `npm run bench` works where ../shared is absent. Only this header is new; the
// model below must stay byte-for-byte the shared one, or the engine ÷ toy ratios stop being comparable with
// the figures quoted there. bench/run.ts runs it in a child node process and parses its one JSON line.
//
// A toy Hyper-V-Replica-like discrete-event simulation, to anchor "how long does 24 h of 1,000 VMs take".
// Model: V VMs spread over H primary hosts; each host pair shares one WAN link (FIFO, fixed bandwidth + latency).
// Each VM writes to its change log at a VM-specific rate with random bursts. Every `freq` seconds a
// replication cycle starts: the log is frozen and shipped over the link, then applied on the replica.
// Events per cycle: CYCLE (freeze log + enqueue transfer), SENT (transfer finished), APPLIED (replica applied).
// Plus a WORKLOAD event per VM every 5 minutes (write-rate change). Deterministic: seeded PRNG + FIFO tie-break.
//
// Usage: node repl-sim.mjs <impl: soa|obj> <vms> <hours> <freqSeconds> [seed]

const [impl = 'soa', V = 1000, HOURS = 24, FREQ = 30, SEED = 42] = process.argv.slice(2).map((x, i) => (i === 0 ? x : +x));

function sfc32(a, b, c, d) {
  return function () {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0; d = (d + 1) | 0;
    a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11); c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
const mkRng = (seed) => { const r = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, seed); for (let i = 0; i < 20; i++) r(); return r; };

const K_CYCLE = 0, K_SENT = 1, K_APPLIED = 2, K_WORKLOAD = 3;
const HOSTS = Math.max(1, Math.ceil(V / 50));             // ~50 VMs per host
const LINK_BPS = 1e9 / 8;                                 // 1 Gbit/s per host pair, in bytes/s
const LINK_LAT = 0.02;                                    // 20 ms one-way
const APPLY_BPS = 400e6;                                  // replica apply throughput, bytes/s
const END = HOURS * 3600;

// ---------- SoA heap (time, seq, payload) ----------
class Heap {
  constructor(cap) { this.t = new Float64Array(cap); this.s = new Float64Array(cap); this.p = new Int32Array(cap); this.n = 0; this.seq = 0; }
  push(time, payload) {
    if (this.n === this.t.length) { const c = this.n * 2; for (const k of ['t', 's']) { const a = new Float64Array(c); a.set(this[k]); this[k] = a; } const p = new Int32Array(c); p.set(this.p); this.p = p; }
    const T = this.t, S = this.s, P = this.p, seq = this.seq++; let i = this.n++;
    while (i > 0) { const q = (i - 1) >> 1, qt = T[q]; if (qt < time || (qt === time && S[q] < seq)) break; T[i] = qt; S[i] = S[q]; P[i] = P[q]; i = q; }
    T[i] = time; S[i] = seq; P[i] = payload;
  }
  pop() { // returns payload; time in this.now
    const T = this.t, S = this.s, P = this.p; const top = P[0]; this.now = T[0];
    const n = --this.n; if (n === 0) return top;
    const lt = T[n], ls = S[n], lp = P[n]; let i = 0;
    for (;;) { let c = 2 * i + 1; if (c >= n) break; const r = c + 1; if (r < n && (T[r] < T[c] || (T[r] === T[c] && S[r] < S[c]))) c = r; if (lt < T[c] || (lt === T[c] && ls < S[c])) break; T[i] = T[c]; S[i] = S[c]; P[i] = P[c]; i = c; }
    T[i] = lt; S[i] = ls; P[i] = lp; return top;
  }
}

function runSoA() {
  const rnd = mkRng(SEED);
  const writeRate = new Float64Array(V), logBytes = new Float64Array(V), logSince = new Float64Array(V);
  const inFlight = new Uint8Array(V), inflightBytes = new Float64Array(V), cycleStart = new Float64Array(V);
  const lastApplied = new Float64Array(V), missed = new Uint32Array(V), cycles = new Uint32Array(V);
  const host = new Uint16Array(V), linkFree = new Float64Array(HOSTS), maxLag = new Float64Array(V);
  let totalBytes = 0, events = 0;
  const h = new Heap(4 * V);
  for (let v = 0; v < V; v++) {
    host[v] = v % HOSTS; writeRate[v] = 20e3 + rnd() * 2e6;          // 20 KB/s .. 2 MB/s
    h.push(rnd() * FREQ, (v << 2) | K_CYCLE); h.push(rnd() * 300, (v << 2) | K_WORKLOAD);
  }
  while (h.n > 0) {
    const pl = h.pop(); const now = h.now; if (now > END) break; events++;
    const v = pl >> 2, kind = pl & 3;
    switch (kind) {
      case K_CYCLE: {
        h.push(now + FREQ, (v << 2) | K_CYCLE);
        // accumulate writes since last freeze (+ a random burst) into the log
        const dt = now - logSince[v]; logSince[v] = now;
        logBytes[v] += writeRate[v] * dt * (0.5 + rnd());
        if (inFlight[v]) { missed[v]++; break; }          // previous cycle still running: keep logging
        const bytes = logBytes[v]; logBytes[v] = 0; inFlight[v] = 1; inflightBytes[v] = bytes; cycleStart[v] = now; cycles[v]++;
        const l = host[v]; const start = linkFree[l] > now ? linkFree[l] : now; const done = start + bytes / LINK_BPS;
        linkFree[l] = done; h.push(done + LINK_LAT, (v << 2) | K_SENT);
        break;
      }
      case K_SENT: h.push(now + inflightBytes[v] / APPLY_BPS, (v << 2) | K_APPLIED); break;
      case K_APPLIED: {
        inFlight[v] = 0; totalBytes += inflightBytes[v]; const lag = now - cycleStart[v]; if (lag > maxLag[v]) maxLag[v] = lag; lastApplied[v] = now; break;
      }
      case K_WORKLOAD: writeRate[v] = writeRate[v] * (0.5 + rnd()) + 1e3; h.push(now + 300, (v << 2) | K_WORKLOAD); break;
    }
  }
  let sumCycles = 0, sumMissed = 0, worstLag = 0; for (let v = 0; v < V; v++) { sumCycles += cycles[v]; sumMissed += missed[v]; if (maxLag[v] > worstLag) worstLag = maxLag[v]; }
  return { events, cycles: sumCycles, missed: sumMissed, worstLag: +worstLag.toFixed(3), totalGB: +(totalBytes / 1e9).toFixed(3) };
}

// ---------- object style: VM objects, event objects, binary heap of objects ----------
class ObjHeap {
  constructor() { this.h = []; this.seq = 0; }
  push(e) { e.s = this.seq++; const h = this.h; let i = h.length; h.push(e); while (i > 0) { const p = (i - 1) >> 1, q = h[p]; if (q.t < e.t || (q.t === e.t && q.s < e.s)) break; h[i] = q; i = p; } h[i] = e; }
  pop() { const h = this.h, top = h[0], last = h.pop(), n = h.length; if (n > 0) { let i = 0; for (;;) { let c = 2 * i + 1; if (c >= n) break; const r = c + 1; if (r < n && (h[r].t < h[c].t || (h[r].t === h[c].t && h[r].s < h[c].s))) c = r; const x = h[c]; if (last.t < x.t || (last.t === x.t && last.s < x.s)) break; h[i] = x; i = c; } h[i] = last; } return top; }
}
function runObj() {
  const rnd = mkRng(SEED);
  const links = Array.from({ length: HOSTS }, (_, i) => ({ id: i, freeAt: 0 }));
  const vms = []; const q = new ObjHeap(); let totalBytes = 0, events = 0;
  for (let v = 0; v < V; v++) {
    const vm = { id: v, link: links[v % HOSTS], writeRate: 20e3 + rnd() * 2e6, log: { bytes: 0, since: 0 }, repl: { inFlight: false, bytes: 0, cycleStart: 0, lastApplied: 0, missed: 0, cycles: 0, maxLag: 0 } };
    vms.push(vm);
    q.push({ t: rnd() * FREQ, kind: 'cycle', vm }); q.push({ t: rnd() * 300, kind: 'workload', vm });
  }
  for (;;) {
    const e = q.h.length ? q.pop() : null; if (!e || e.t > END) break; events++;
    const now = e.t, vm = e.vm, r = vm.repl;
    switch (e.kind) {
      case 'cycle': {
        q.push({ t: now + FREQ, kind: 'cycle', vm });
        vm.log.bytes += vm.writeRate * (now - vm.log.since) * (0.5 + rnd()); vm.log.since = now;
        if (r.inFlight) { r.missed++; break; }
        r.bytes = vm.log.bytes; vm.log.bytes = 0; r.inFlight = true; r.cycleStart = now; r.cycles++;
        const start = Math.max(vm.link.freeAt, now); vm.link.freeAt = start + r.bytes / LINK_BPS;
        q.push({ t: vm.link.freeAt + LINK_LAT, kind: 'sent', vm }); break;
      }
      case 'sent': q.push({ t: now + r.bytes / APPLY_BPS, kind: 'applied', vm }); break;
      case 'applied': r.inFlight = false; totalBytes += r.bytes; r.maxLag = Math.max(r.maxLag, now - r.cycleStart); r.lastApplied = now; break;
      case 'workload': vm.writeRate = vm.writeRate * (0.5 + rnd()) + 1e3; q.push({ t: now + 300, kind: 'workload', vm }); break;
    }
  }
  let cycles = 0, missed = 0, worstLag = 0; for (const vm of vms) { cycles += vm.repl.cycles; missed += vm.repl.missed; worstLag = Math.max(worstLag, vm.repl.maxLag); }
  return { events, cycles, missed, worstLag: +worstLag.toFixed(3), totalGB: +(totalBytes / 1e9).toFixed(3) };
}

const t0 = performance.now();
const res = impl === 'soa' ? runSoA() : runObj();
const ms = performance.now() - t0;
const mem = process.memoryUsage();
console.log(JSON.stringify({ impl, vms: V, hours: HOURS, freq: FREQ, seed: SEED, ...res, ms: Math.round(ms), evPerSec: Math.round(res.events / ms * 1000), simSpeedup: Math.round(END / (ms / 1000)), heapMB: Math.round(mem.heapUsed / 1e6), rssMB: Math.round(mem.rss / 1e6) }));
