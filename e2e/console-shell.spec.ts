import { expect, test } from '@playwright/test';
import type {} from '../src/store/scripting'; // window.replicaLab typings
import { open, watchConsole } from './fixtures/lab';



test.use({ viewport: { width: 1366, height: 768 } });

test('the console: tree, Virtual Machines, details of the middle VM of a chain, French at run time', async ({ page }, testInfo) => {
  const problems = watchConsole(page);
  await open(page, '?lab=extended-chain&paused=1&lang=en');

  await expect(page.getByRole('heading', { level: 1, name: 'Hyper-V Manager' })).toBeVisible();
  const tree = page.getByRole('tree', { name: 'Console tree' });
  const root = tree.getByRole('treeitem', { name: 'Hyper-V Manager' });
  await expect(root).toHaveAttribute('aria-expanded', 'true');
  for (const host of ['HV-1', 'HV-2', 'HV-3']) await expect(tree.getByRole('treeitem', { name: host, exact: true })).toBeVisible();
  // The first host is selected when a lab loads.
  await expect(tree.getByRole('treeitem', { name: 'HV-1', exact: true })).toHaveAttribute('aria-selected', 'true');

  await tree.getByRole('treeitem', { name: 'HV-2', exact: true }).click();
  await expect(tree.getByRole('treeitem', { name: 'HV-2', exact: true })).toHaveAttribute('aria-selected', 'true');
  const centre = page.getByRole('main');
  await expect(centre.getByRole('heading', { name: 'Virtual Machines' })).toBeVisible();
  await expect(centre.getByText('No item selected.')).toBeVisible();

  await centre.getByRole('row', { name: /Vm1/ }).first().click();
  await expect(centre.getByRole('heading', { name: 'Vm1', exact: true })).toBeVisible();
  await expect(centre.getByText('The selected virtual machine has no checkpoints.')).toBeVisible();
  await expect(centre.getByRole('tablist')).toBeVisible();
  await centre.getByRole('tab', { name: 'Replication' }).click();
  const panel = centre.getByRole('tabpanel', { name: 'Replication' });
  const incoming = panel.getByRole('group', { name: 'Replication', exact: true });
  const extended = panel.getByRole('group', { name: 'Extended Replication' });
  await expect(incoming).toContainText('Replication Mode:Replica');
  await expect(incoming).toContainText('Primary Server:hv-1.formation.lan');
  await expect(incoming).toContainText('Replica Server:hv-2.formation.lan');
  await expect(extended).toContainText('Replication Mode:Primary');
  await expect(extended).toContainText('Replica Server:hv-3.formation.lan');
  for (const block of [incoming, extended]) {
    await expect(block).toContainText('Replication State:Replication enabled');
    await expect(block).toContainText('Replication Health:Normal');
    await expect(block).toContainText(/Last synchronized at:3\/2\/2026 8:00:00\sAM/);
  }
  await expect(panel.getByRole('separator')).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('console-en.png') });

  // French at run time: every label changes, the lab does not.
  const before = await page.evaluate(() => window.replicaLab.state());
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'FR', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gestionnaire Hyper-V' })).toBeVisible();
  await expect(tree).toHaveCount(0);
  const arbre = page.getByRole('tree', { name: 'Arborescence de la console' });
  await expect(arbre.getByRole('treeitem', { name: 'Gestionnaire Hyper-V' })).toBeVisible();
  await expect(arbre.getByRole('treeitem', { name: 'HV-2', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(centre.getByRole('heading', { name: 'Ordinateurs virtuels' })).toBeVisible();
  await expect(centre.getByRole('heading', { name: 'Points de contrôle' })).toBeVisible();
  await expect(centre.getByRole('tab')).toHaveText(['Résumé', 'Mémoire', 'Gestion de réseau', 'Réplication']);
  const panneau = centre.getByRole('tabpanel', { name: 'Réplication' });
  await expect(panneau.getByRole('group', { name: 'Réplication', exact: true })).toContainText('Mode de réplication :Réplica');
  await expect(panneau.getByRole('group', { name: 'Réplication étendue' })).toContainText(/Dernière synchronisation :02\/03\/2026 08:00:00/);
  await expect(page.getByRole('combobox', { name: 'Vitesse' })).toHaveValue('0');
  const after = await page.evaluate(() => window.replicaLab.state());
  expect(after).toEqual(before);
  await page.screenshot({ path: testInfo.outputPath('console-fr.png') });

  // And back: the lab still goes on from where it was.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(root).toBeVisible();
  await page.evaluate(() => window.replicaLab.advance('15m'));
  await expect(page.getByRole('timer', { name: 'Simulated time' })).toContainText('08:15:00 AM');
  expect(problems).toEqual([]);
});

test('the console tree works from the keyboard and the splitters resize the panes', async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, '?lab=active-passive&paused=1&lang=en');
  const root = page.getByRole('treeitem', { name: 'Hyper-V Manager' });
  await root.click({ position: { x: 60, y: 10 } }); // its own row (the item box holds the servers too)
  await expect(page.getByRole('main').getByRole('heading', { name: 'Introduction' })).toBeVisible();
  await expect(root).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const hv2 = page.getByRole('treeitem', { name: 'HV-2', exact: true });
  await expect(hv2).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(hv2).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('main').getByRole('heading', { name: 'Virtual Machines' })).toBeVisible();

  const splitter = page.getByRole('separator', { name: 'Resize the console tree' });
  const width = async () => (await page.locator('.console-pane--tree').boundingBox())?.width ?? 0;
  const start = await width();
  await splitter.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(width).toBeCloseTo(start + 20, 0);
  const box = await splitter.boundingBox();
  if (!box) throw new Error('the splitter is not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect.poll(width).toBeCloseTo(start + 80, 0);
  const stored = await splitter.getAttribute('aria-valuenow');

  // Pane sizes survive a reload.
  await open(page, '?lab=active-passive&paused=1&lang=en');
  await expect(page.getByRole('separator', { name: 'Resize the console tree' })).toHaveAttribute('aria-valuenow', stored ?? '');
  expect(problems).toEqual([]);
});
