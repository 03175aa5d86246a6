import { expect, test, type Locator, type Page } from '@playwright/test';
import type {} from '../src/store/scripting'; // window.replicaLab typings
import { COLUMN_IDS, COLUMNS_STORAGE_KEY } from '../src/store/columnsStore';
import { open, watchConsole } from './fixtures/lab';

/** The Virtual Machines grid: Add/Remove Columns through the View menu, persistence, keyboard, scale. */

const LABELS = {
  en: { view: 'View', item: 'Add/Remove Columns…', dialog: 'Add/Remove Columns', health: 'Replication Health', add: 'Add ->', grid: 'Virtual Machines on HV-1' },
  fr: { view: 'Affichage', item: 'Ajouter/supprimer des colonnes…', dialog: 'Ajout/Suppression de colonnes', health: 'Intégrité de la réplication', add: 'Ajouter ->', grid: 'Ordinateurs virtuels sur HV-1' },
} as const;
type Lang = keyof typeof LABELS;



/** Selects HV-1 in the console tree when there is one (the grid shows the selected host). */
async function selectHv1(page: Page): Promise<void> {
  const node = page.getByRole('treeitem', { name: 'HV-1', exact: true });
  if ((await node.count()) > 0) await node.click();
}

/** View ▸ Add/Remove Columns… from the menu bar; without a menu bar, from the column headers' menu. */
async function openColumnsDialog(page: Page, grid: Locator, lang: Lang): Promise<Locator> {
  const l = LABELS[lang];
  const view = page.getByRole('menubar').getByRole('menuitem', { name: l.view, exact: true });
  if ((await view.count()) > 0) {
    await view.click();
  } else {
    await grid.getByRole('columnheader').first().click({ button: 'right' });
  }
  await page.getByRole('menuitem', { name: l.item }).click();
  const dialog = page.getByRole('dialog', { name: l.dialog });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function addHealthColumn(page: Page, lang: Lang): Promise<Locator> {
  const l = LABELS[lang];
  await selectHv1(page);
  const grid = page.getByRole('grid', { name: l.grid });
  await expect(grid.getByRole('row', { name: 'Vm1' })).toBeVisible();
  const dialog = await openColumnsDialog(page, grid, lang);
  await dialog.getByRole('option', { name: l.health }).click();
  await dialog.getByRole('button', { name: l.add }).click();
  await dialog.screenshot({ path: `test-results/columns-dialog-${lang}.png` });
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(grid.getByRole('columnheader', { name: l.health })).toBeVisible();
  for (const vm of ['Vm1', 'Vm2', 'Vm3', 'Vm4']) await expect(grid.getByRole('row', { name: vm })).toContainText('Normal');
  return grid;
}

// Wide enough for the default columns plus Replication Health in the centre pane (the screenshots show it).
test.use({ viewport: { width: 1600, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.goto('/?lab=blank&paused=1');
  await page.evaluate(() => localStorage.clear());
});

test('View ▸ Add/Remove Columns… adds Replication Health; it shows Normal for Vm1–Vm4 and survives a reload', async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, '?lab=active-passive&paused=1&lang=en');
  const grid = await addHealthColumn(page, 'en');
  await page.screenshot({ path: 'test-results/vm-grid-en.png' });
  await page.reload();
  await page.evaluate(() => window.replicaLab.ready());
  await selectHv1(page);
  await expect(grid.getByRole('columnheader', { name: 'Replication Health' })).toBeVisible();
  await expect(grid.getByRole('row', { name: 'Vm4' })).toContainText('Normal');
  expect(problems).toEqual([]);
});

test('the same in French: « Intégrité de la réplication »', async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, '?lab=active-passive&paused=1&lang=fr');
  const grid = await addHealthColumn(page, 'fr');
  await expect(grid.getByRole('columnheader', { name: 'Utilisation du processeur' })).toBeVisible();
  await page.screenshot({ path: 'test-results/vm-grid-fr.png' });
  await page.reload();
  await page.evaluate(() => window.replicaLab.ready());
  await selectHv1(page);
  await expect(grid.getByRole('columnheader', { name: 'Intégrité de la réplication' })).toBeVisible();
  expect(problems).toEqual([]);
});

for (const lang of ['en', 'fr'] as const) {
  test(`every column header fits its default width (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 2200, height: 600 });
    // Every column displayed, none dragged (the page under test is still the blank lab of beforeEach).
    await page.evaluate(([key, displayed]) => localStorage.setItem(key, JSON.stringify({ displayed })), [COLUMNS_STORAGE_KEY, COLUMN_IDS] as const);
    await open(page, `?lab=active-passive&paused=1&lang=${lang}`);
    await selectHv1(page);
    const headers = page.getByRole('grid', { name: LABELS[lang].grid }).getByRole('columnheader');
    await expect(headers).toHaveCount(COLUMN_IDS.length);
    const cut = await headers.evaluateAll((els) =>
      els.flatMap((el) => {
        const text = el.querySelector<HTMLElement>('.vm-grid__text');
        return text && text.scrollWidth > text.clientWidth ? [`${text.textContent} (${text.scrollWidth} > ${text.clientWidth} px)`] : [];
      }),
    );
    await page.screenshot({ path: `test-results/vm-grid-headers-${lang}.png` });
    expect(cut).toEqual([]);
  });
}

test('sorting by a header and moving the selection with the keyboard', async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, '?lab=active-passive&paused=1&lang=en');
  await selectHv1(page);
  const grid = page.getByRole('grid', { name: 'Virtual Machines on HV-1' });
  await grid.getByRole('columnheader', { name: 'Name' }).click();
  await expect(grid.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(grid.getByRole('row').nth(1)).toHaveAccessibleName('Vm4');
  await grid.getByRole('columnheader', { name: 'Name' }).click();
  await grid.getByRole('row', { name: 'Vm1' }).click();
  await expect(grid.getByRole('row', { name: 'Vm1' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(grid.getByRole('row', { name: 'Vm2' })).toHaveAttribute('aria-selected', 'true');
  await expect(grid.getByRole('row', { name: 'Vm2' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(grid.getByRole('row', { name: 'Vm4' })).toBeFocused();

  // The VM's context menu: Shift+F10 and the context-menu key on the focused row, right-click anywhere.
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu', { name: 'Vm4' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(grid.getByRole('row', { name: 'Vm4' })).toBeFocused(); // focus goes back to the row
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ContextMenu');
  await expect(page.getByRole('menu', { name: 'Vm3' })).toBeVisible();
  await page.keyboard.press('Escape');
  await grid.getByRole('row', { name: 'Vm1' }).click({ button: 'right' });
  await expect(page.getByRole('menu', { name: 'Vm1' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(grid.getByRole('row', { name: 'Vm1' })).toHaveAttribute('aria-selected', 'true');
  expect(problems).toEqual([]);
});

test('1,000 VMs at 3600×: only the visible rows are in the page, End reaches the last VM', async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, '?lab=scale&hosts=2&vms=1000&speed=3600&lang=en');
  await selectHv1(page);
  const grid = page.getByRole('grid', { name: 'Virtual Machines on HV-1' });
  await expect(grid).toHaveAttribute('aria-rowcount', '1001');
  await expect(grid.getByRole('row', { name: 'Vm1', exact: true })).toBeVisible();
  expect(await grid.getByRole('row').count()).toBeLessThan(100);
  await grid.getByRole('row', { name: 'Vm1', exact: true }).click();
  await page.keyboard.press('End');
  await expect(grid.getByRole('row', { name: 'Vm1000' })).toBeFocused();
  await expect(grid.getByRole('row', { name: 'Vm1000' })).toHaveAttribute('aria-rowindex', '1001');
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await expect(grid.locator('[role="row"][aria-selected="true"]')).toBeInViewport();
  await page.screenshot({ path: 'test-results/vm-grid-scale-1000.png' });
  expect(problems).toEqual([]);
});
