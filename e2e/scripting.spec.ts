import { expect, test } from '@playwright/test';
import type {} from '../src/store/scripting'; // window.replicaLab typings
import { open, watchConsole } from './fixtures/lab';



test('advance("1h") moves the simulated clock by exactly one hour and the VM list shows health', async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, '?lab=active-passive&paused=1&lang=en');
  await expect(page).toHaveTitle('Replica Lab');
  await expect(page.getByRole('heading', { level: 1, name: 'Hyper-V Manager' })).toBeVisible();
  await expect(page.getByLabel('Speed')).toHaveValue('0');

  const before = await page.evaluate(() => window.replicaLab.now());
  expect(before).toBe('2026-03-02T08:00:00.000Z');
  const returned = await page.evaluate(() => window.replicaLab.advance('1h'));
  const after = await page.evaluate(() => window.replicaLab.now());
  expect(returned).toBe(after);
  expect(Date.parse(after) - Date.parse(before)).toBe(3_600_000);
  await expect(page.getByRole('timer', { name: 'Simulated time' })).toContainText('09:00:00 AM');

  const primary = page.getByRole('grid', { name: 'Virtual Machines on HV-1' });
  for (const header of ['Name', 'State', 'CPU Usage', 'Assigned Memory', 'Uptime', 'Status', 'Configuration Version']) {
    await expect(primary.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  for (const name of ['Vm1', 'Vm2', 'Vm3', 'Vm4']) {
    await expect(primary.getByRole('row', { name })).toContainText('Running');
  }

  const state = await page.evaluate(() => window.replicaLab.state());
  expect(state.now).toBe(3_600_000);
  expect(state.vms.filter((vm) => vm.host === 'HV-1').map((vm) => vm.replicationHealth)).toEqual(['Normal', 'Normal', 'Normal', 'Normal']);
  expect(problems).toEqual([]);
});

test('load(export()) gives back exactly the same state()', async ({ page }) => {
  await open(page, '?lab=active-passive&paused=1');
  const [before, after] = await page.evaluate(async () => {
    const lab = window.replicaLab;
    await lab.advance('2h');
    await lab.advance('15m');
    const file = await lab.export();
    const saved = await lab.state();
    await lab.load('blank');
    await lab.load(file);
    return [saved, await lab.state()];
  });
  expect(before.labId).toBe('active-passive');
  expect(after).toEqual(before);

  // And the restored lab carries on exactly as the original would.
  const [continued, reference] = await page.evaluate(async () => {
    const lab = window.replicaLab;
    const file = await lab.export();
    await lab.advance('30m');
    const first = await lab.state();
    await lab.load(file);
    await lab.advance('30m');
    return [await lab.state(), first];
  });
  expect(continued).toEqual(reference);
});

test('the same preset, seed and calls give the same state()', async ({ page }) => {
  const run = async () => {
    await open(page, '?lab=active-active&seed=42&paused=1');
    return page.evaluate(async () => {
      await window.replicaLab.advance('45m');
      await window.replicaLab.advance(90_000);
      return window.replicaLab.state();
    });
  };
  const first = await run();
  const second = await run();
  expect(first.seed).toBe(42);
  expect(second).toEqual(first);

  const other = await page.evaluate(async () => {
    await window.replicaLab.load('active-active', { seed: 43 });
    await window.replicaLab.advance('45m');
    await window.replicaLab.advance(90_000);
    return window.replicaLab.state();
  });
  expect(other.vms).not.toEqual(first.vms);
});

test('?lang=fr shows the French labels', async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, '?lab=active-passive&paused=1&lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const grid = page.getByRole('grid', { name: 'Ordinateurs virtuels sur HV-1' });
  for (const header of ['Nom', 'État', 'Utilisation du processeur', 'Mémoire affectée', 'Temps d’activité', 'Statut', 'Version de configuration']) {
    await expect(grid.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  await expect(grid.getByRole('row', { name: 'Vm1' })).toContainText('Exécution');
  await expect(page.getByLabel('Vitesse')).toHaveValue('0');
  expect(problems).toEqual([]);
});

test('the speed selector runs the clock; pause() stops it', async ({ page }) => {
  await open(page, '?lab=blank&paused=1');
  await page.getByLabel('Speed').selectOption({ label: '3600×' });
  const start = await page.evaluate(() => window.replicaLab.now());
  await expect.poll(() => page.evaluate(() => window.replicaLab.now())).not.toBe(start);
  await page.evaluate(() => window.replicaLab.pause());
  await expect(page.getByLabel('Speed')).toHaveValue('0');
  const stopped = await page.evaluate(() => window.replicaLab.now());
  await page.evaluate(() => window.replicaLab.advance(0));
  expect(await page.evaluate(() => window.replicaLab.now())).toBe(stopped);
});

test('an unknown lab id shows an error and opens the blank lab', async ({ page }) => {
  await open(page, '?lab=no-such-lab&paused=1');
  await expect(page.getByRole('alert')).toContainText('There is no lab named “no-such-lab”');
  const state = await page.evaluate(() => window.replicaLab.state());
  expect(state.labId).toBe('blank');
  await expect(page.getByRole('grid', { name: 'Virtual Machines on HV-1' }).getByRole('row', { name: 'Vm1' })).toBeVisible();
  await page.getByRole('treeitem', { name: 'HV-2', exact: true }).click();
  await expect(page.getByText('No virtual machines were found on this server.')).toBeVisible();
});

test('without ?lab= the autosaved lab is resumed', async ({ page }) => {
  await open(page, '?lab=extended-chain&paused=1');
  const saved = await page.evaluate(async () => {
    await window.replicaLab.advance('10m');
    // pagehide autosaves; reloading fires it.
    return window.replicaLab.state();
  });
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await expect.poll(() => page.evaluate(() => localStorage.getItem('replica-lab.autosave') !== null)).toBe(true);
  await open(page, '?paused=1');
  const resumed = await page.evaluate(() => window.replicaLab.state());
  expect(resumed).toEqual(saved);
});
