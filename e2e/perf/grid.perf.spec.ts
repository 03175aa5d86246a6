import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type {} from '../../src/store/scripting'; // window.replicaLab typings
import { waitFrames } from '../fixtures/lab';
import {
  clickLatencies,
  installClickProbe,
  installLoadProbe,
  installMessageProbe,
  loadFigures,
  measureWindow,
  median,
  percentile,
  startMessageProbe,
  stopMessageProbe,
  type MessageFigures,
  type WindowFigures,
} from './perfProbe';

/**
 * Grid performance with the simulation running at 3600× (performance.md T8, T9, T10, T13). Prints the
 * figures beside their targets and adds them to test-results/perf.json. Only functional facts are
 * asserted (rows virtualised, clicks select, the clock ran): timings are reported, never gated here.
 */

const WINDOW_MS = 5_000;
const GRID = 'Virtual Machines on HV-1';
const PERF_JSON = 'test-results/perf.json';

function record(key: string, value: unknown): void {
  mkdirSync('test-results', { recursive: true });
  const all = existsSync(PERF_JSON) ? (JSON.parse(readFileSync(PERF_JSON, 'utf8')) as Record<string, unknown>) : {};
  all[key] = { ...(value as object), loadavg: loadavg().map((l) => Number(l.toFixed(2))), at: new Date().toISOString() };
  writeFileSync(PERF_JSON, `${JSON.stringify(all, null, 2)}\n`);
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');

function printWindow(label: string, w: WindowFigures, fpsGate: number, longGate: number): void {
  console.log(
    `  ${label.padEnd(28)} ${f1(w.avgFps).padStart(5)} fps (gate ≥ ${fpsGate})  long tasks ${w.longTasks} (gate ≤ ${longGate}, longest ${f1(w.longestTaskMs)} ms)` +
      `  frame p95 ${f1(w.p95FrameMs)} ms, worst ${f1(w.worstFrameMs)} ms  rows in DOM ${w.rowsInDom}  sim +${f1(w.simHours)} h`,
  );
}

async function openScale(page: Page, vms: number): Promise<void> {
  await page.goto(`/?lab=scale&hosts=2&vms=${vms}&speed=3600&lang=en`);
  await page.evaluate(() => window.replicaLab.ready());
  const node = page.getByRole('treeitem', { name: 'HV-1', exact: true });
  if ((await node.count()) > 0) await node.click();
  await expect(page.getByRole('grid', { name: GRID }).getByRole('row', { name: 'Vm1', exact: true })).toBeVisible();
}

/** Ten clicks on different rows; each must select its row. Returns click-to-paint latencies (ms). */
async function tenClicks(page: Page): Promise<number[]> {
  const grid = page.getByRole('grid', { name: GRID });
  await grid.evaluate((el) => (el.scrollTop = 0));
  await installClickProbe(page);
  for (let i = 0; i < 10; i++) {
    const row = grid.locator(`[role="row"][data-index="${(i * 3) % 12}"]`);
    await row.click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    await waitFrames(page, 9);
  }
  return clickLatencies(page);
}

function printMessages(label: string, m: MessageFigures, gateP95: number): void {
  console.log(
    `  ${label.padEnd(28)} ${m.deltas} deltas, receive + apply p50 ${m.handlerP50Ms.toFixed(2)} ms, p95 ${m.handlerP95Ms.toFixed(2)} ms (T6 gate ≤ ${gateP95} ms), max ${f1(m.handlerMaxMs)} ms` +
      (Number.isFinite(m.bytesMedian) ? `; size median ${f1(m.bytesMedian / 1024)} KB, max ${f1(m.bytesMax / 1024)} KB` : ''),
  );
}

/** Handler timings during a steady window (no size probe), then sizes over 2 s (they cost time themselves). */
async function messageRun(page: Page, gateP95: number, steadyWindow: () => Promise<WindowFigures>) {
  await startMessageProbe(page, false);
  const steady = await steadyWindow();
  const timing = await stopMessageProbe(page);
  await startMessageProbe(page, true);
  await waitFrames(page, 120);
  const sizes = await stopMessageProbe(page);
  const messages = { ...timing, bytesMedian: sizes.bytesMedian, bytesMax: sizes.bytesMax };
  return { steady, messages, print: () => printMessages('worker messages (steady)', messages, gateP95) };
}

async function gridRun(page: Page, vms: number, fpsGate: number, longGate: number) {
  await installMessageProbe(page);
  await openScale(page, vms);
  await waitFrames(page, 60); // past the first snapshot and the first re-renders
  const { steady, messages, print } = await messageRun(page, vms > 1_000 ? 8 : 2, () => measureWindow(page, GRID, WINDOW_MS, false));
  const scrolling = await measureWindow(page, GRID, WINDOW_MS, true);
  const clicks = await tenClicks(page);
  const behind = await page.evaluate(() => document.body.textContent?.includes('Behind real time') ?? false);
  console.log(`\nVM grid, ${vms.toLocaleString('en')} VMs on HV-1, 3600× (loadavg ${loadavg().map((l) => l.toFixed(2)).join(' ')}):`);
  printWindow('steady (ticks only)', steady, fpsGate, longGate);
  printWindow('scrolling 3 rows a frame', scrolling, fpsGate, longGate);
  print();
  console.log(`  click → next paint, 10 clicks: median ${f1(median(clicks))} ms, p95 ${f1(percentile(clicks, 0.95))} ms, max ${f1(Math.max(...clicks))} ms (T10 gate ≤ 100 ms p95, stretch ≤ 50 ms)`);
  if (behind) console.log('  (the simulation reported "behind real time": the worker could not keep 3600×)');
  for (const w of [steady, scrolling]) {
    expect(w.rowsInDom).toBeGreaterThan(5);
    expect(w.rowsInDom).toBeLessThan(100);
    expect(w.simHours).toBeGreaterThan(0);
  }
  expect(clicks).toHaveLength(10);
  return { vms, steady, scrolling, messages, clicks: { all: clicks, median: median(clicks), p95: percentile(clicks, 0.95) }, behindRealTime: behind };
}

test.describe('grid performance (printed, not gated)', () => {
  test.describe.configure({ mode: 'serial' });

  test('T8 + T10: 1,000 VMs at 3600×', async ({ page }) => {
    test.setTimeout(90_000);
    record('grid1k', { ...(await gridRun(page, 1_000, 55, 2)), targets: { T8: 'avg ≥ 55 fps, ≤ 2 long tasks (none > 100 ms)', T10: 'p95 ≤ 100 ms' } });
  });

  test('T9: 10,000 VMs at 3600×, then 60× and paused', async ({ page }) => {
    test.setTimeout(180_000);
    const fast = await gridRun(page, 10_000, 50, 3);
    const slower: Record<string, { steady: WindowFigures; scrolling: WindowFigures; messages: MessageFigures }> = {};
    for (const speed of [60, 0]) {
      await page.evaluate((s) => window.replicaLab.setSpeed(s), speed);
      await waitFrames(page, 60);
      const { steady, messages, print } = await messageRun(page, 8, () => measureWindow(page, GRID, WINDOW_MS, false));
      const scrolling = await measureWindow(page, GRID, WINDOW_MS, true);
      console.log(`  — at ${speed === 0 ? 'paused (the grid alone)' : `${speed}×`}:`);
      printWindow('steady', steady, 50, 3);
      printWindow('scrolling 3 rows a frame', scrolling, 50, 3);
      if (messages.deltas > 0) print();
      slower[`speed${speed}`] = { steady, scrolling, messages };
    }
    record('grid10k', { ...fast, ...slower, targets: { T9: 'avg ≥ 50 fps, ≤ 3 long tasks (60× and 3600×)', T10: 'p95 ≤ 100 ms' } });
  });

  test('T13: first VM-list paint and blocking time, 1,000 VMs (median of 5 loads)', async ({ page }) => {
    test.setTimeout(120_000);
    await installLoadProbe(page);
    const runs = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`/?lab=scale&hosts=2&vms=1000&speed=3600&lang=en`);
      await expect.poll(() => page.evaluate(() => (window as unknown as { __load: { firstRowPaint: number | null } }).__load.firstRowPaint), { timeout: 30_000 }).not.toBeNull();
      runs.push(await loadFigures(page));
    }
    const paint = median(runs.map((r) => r.firstRowPaintMs));
    const tbt = median(runs.map((r) => r.tbtMs));
    console.log(`\nLoad, 1,000 VMs (vite preview, 127.0.0.1):`);
    console.log(`  first VM-list paint median ${f1(paint)} ms (T13 gate ≤ 1000 ms, stretch ≤ 600 ms); runs ${runs.map((r) => f1(r.firstRowPaintMs)).join(', ')}`);
    console.log(`  blocking time to first paint median ${f1(tbt)} ms (T13 gate TBT ≤ 150 ms, stretch ≤ 50 ms)`);
    record('load1k', { firstRowPaintMs: paint, tbtMs: tbt, runs, targets: { T13: 'first paint ≤ 1000 ms, TBT ≤ 150 ms' } });
  });
});
