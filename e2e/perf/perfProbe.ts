import type { Page } from '@playwright/test';

/**
 * In-page probes for the grid's performance figures (performance.md T8–T10, T13). They only measure and
 * return numbers; the spec prints them next to the targets and never asserts on times.
 */

export interface WindowFigures {
  seconds: number;
  avgFps: number;
  /** Frame gaps, ms. */
  p95FrameMs: number;
  worstFrameMs: number;
  longTasks: number;
  longestTaskMs: number;
  /** Simulated time that passed during the window, hours (proves the sim ran at speed). */
  simHours: number;
  rowsInDom: number;
}

/** Counts rAF frames and long tasks for `ms` of wall time; `scroll` moves the grid three rows a frame, bouncing at the ends. */
export function measureWindow(page: Page, gridName: string, ms: number, scroll: boolean): Promise<WindowFigures> {
  return page.evaluate(
    async ({ gridName, ms, scroll }) => {
      const grid = document.querySelector<HTMLElement>(`[role="grid"][aria-label="${gridName}"]`);
      if (!grid) throw new Error(`no grid "${gridName}"`);
      const long: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
      observer.observe({ type: 'longtask' });
      const simStart = Date.parse(await window.replicaLab.now());
      const gaps: number[] = [];
      const start = performance.now();
      let last = start;
      // Scroll position kept here: reading it back after each write would force a synchronous layout.
      const maxTop = grid.scrollHeight - grid.clientHeight;
      let top = grid.scrollTop;
      let dir = 1;
      await new Promise<void>((done) => {
        const frame = (t: number) => {
          gaps.push(t - last);
          last = t;
          if (scroll) {
            top = Math.max(0, Math.min(maxTop, top + 66 * dir));
            if (top >= maxTop) dir = -1;
            else if (top <= 0) dir = 1;
            grid.scrollTop = top;
          }
          if (t - start < ms) requestAnimationFrame(frame);
          else done();
        };
        requestAnimationFrame(frame);
      });
      await new Promise((r) => setTimeout(r, 50)); // let the observer deliver the last entries
      observer.disconnect();
      const simEnd = Date.parse(await window.replicaLab.now());
      const seconds = (last - start) / 1000;
      const sorted = gaps.slice(1).sort((a, b) => a - b);
      return {
        seconds,
        avgFps: (gaps.length - 1) / seconds,
        p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
        worstFrameMs: sorted[sorted.length - 1] ?? 0,
        longTasks: long.length,
        longestTaskMs: Math.max(0, ...long),
        simHours: (simEnd - simStart) / 3_600_000,
        rowsInDom: grid.querySelectorAll('[role="row"]').length - 1,
      };
    },
    { gridName, ms, scroll },
  );
}

/** Records, for each pointerdown, the time from the input event to the frame after the next paint. */
export function installClickProbe(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __clickToPaint: number[] };
    w.__clickToPaint = [];
    document.addEventListener(
      'pointerdown',
      (event) => {
        const t0 = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__clickToPaint.push(performance.now() - t0);
          channel.port2.postMessage(0);
        });
      },
      { capture: true },
    );
  });
}

export function clickLatencies(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __clickToPaint: number[] }).__clickToPaint.slice());
}

/** Installed before the page loads: when the first VM row is painted, and the long tasks until then. */
export async function installLoadProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __load: { firstRowPaint: number | null; longTasks: number[] } };
    w.__load = { firstRowPaint: null, longTasks: [] };
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__load.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    const seen = new MutationObserver(() => {
      if (!document.querySelector('[role="grid"] [data-vm-key]')) return;
      seen.disconnect();
      requestAnimationFrame(() => setTimeout(() => (w.__load.firstRowPaint = performance.now()), 0));
    });
    document.addEventListener('DOMContentLoaded', () => seen.observe(document.body, { childList: true, subtree: true }));
  });
}

export interface LoadFigures {
  firstRowPaintMs: number;
  /** Total blocking time (sum of long tasks − 50 ms) up to the first row paint. */
  tbtMs: number;
}

export function loadFigures(page: Page): Promise<LoadFigures> {
  return page.evaluate(() => {
    const w = window as unknown as { __load: { firstRowPaint: number | null; longTasks: number[] } };
    return {
      firstRowPaintMs: w.__load.firstRowPaint ?? Number.NaN,
      tbtMs: w.__load.longTasks.reduce((s, d) => s + Math.max(0, d - 50), 0),
    };
  });
}

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
export const percentile = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? Number.NaN;
};

/** Worker → page stream figures (performance T6): one entry per delta message received. */
export interface MessageFigures {
  deltas: number;
  /** Main-thread time in the page's message handler (deserialise + apply to the store), ms. */
  handlerP50Ms: number;
  handlerP95Ms: number;
  handlerMaxMs: number;
  /** Approximate wire size: typed-array bytes + JSON length of the rest (only measured when asked). */
  bytesMedian: number;
  bytesMax: number;
}

/**
 * Installed before the page loads: wraps the page's `message` listeners on workers to time them.
 * Timing starts with {@link startMessageProbe}; sizes are computed after each handler (outside its time)
 * and only when asked, as they cost main-thread time themselves.
 */
export async function installMessageProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Probe = { on: boolean; sizes: boolean; times: number[]; bytes: number[] };
    const probe: Probe = { on: false, sizes: false, times: [], bytes: [] };
    (window as unknown as { __hvMsg: Probe }).__hvMsg = probe;
    const size = (value: unknown): number => {
      let typed = 0;
      const json = JSON.stringify(value, (_k, v: unknown) => {
        if (ArrayBuffer.isView(v)) {
          typed += v.byteLength;
          return undefined;
        }
        return v;
      });
      return typed + json.length;
    };
    // eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied with .call on each worker
    const add = Worker.prototype.addEventListener;
    Worker.prototype.addEventListener = function (this: Worker, type: string, listener: unknown, options?: unknown) {
      if (type === 'message' && typeof listener === 'function') {
        const inner = listener as (event: MessageEvent) => void;
        const timed = function (this: Worker, event: MessageEvent) {
          const t0 = performance.now();
          inner.call(this, event);
          const dt = performance.now() - t0;
          const data = event.data as { kind?: string };
          if (probe.on && data.kind === 'delta') {
            probe.times.push(dt);
            if (probe.sizes) probe.bytes.push(size(data));
          }
        };
        return add.call(this, type, timed as EventListener, options as AddEventListenerOptions);
      }
      return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    } as typeof Worker.prototype.addEventListener;
  });
}

export function startMessageProbe(page: Page, sizes: boolean): Promise<void> {
  return page.evaluate((sizes) => {
    const p = (window as unknown as { __hvMsg: { on: boolean; sizes: boolean; times: number[]; bytes: number[] } }).__hvMsg;
    Object.assign(p, { on: true, sizes, times: [], bytes: [] });
  }, sizes);
}

export async function stopMessageProbe(page: Page): Promise<MessageFigures> {
  const { times, bytes } = await page.evaluate(() => {
    const p = (window as unknown as { __hvMsg: { on: boolean; times: number[]; bytes: number[] } }).__hvMsg;
    p.on = false;
    return { times: p.times.slice(), bytes: p.bytes.slice() };
  });
  return {
    deltas: times.length,
    handlerP50Ms: median(times),
    handlerP95Ms: percentile(times, 0.95),
    handlerMaxMs: times.length ? Math.max(...times) : Number.NaN,
    bytesMedian: median(bytes),
    bytesMax: bytes.length ? Math.max(...bytes) : Number.NaN,
  };
}
