import { expect, test, type Locator, type Page } from '@playwright/test';
import type {} from '../src/store/scripting'; // window.replicaLab typings
import { watchConsole } from './fixtures/lab';

/** The labels under test, as Hyper-V Manager shows them in each language. */
const LABELS = {
  en: {
    grid: (host: string) => `Virtual Machines on ${host}`,
    replication: 'Replication',
    primaryItems: ['Planned Failover…', 'Pause Replication', 'View Replication Health…', 'Remove Replication'],
    replicaItems: ['Failover…', 'Test Failover…', 'Pause Replication', 'Extend Replication…', 'View Replication Health…', 'Remove Replication'],
    shutDown: 'Shut Down…',
    shutDownBox: 'Shut Down Machine',
    shutDownButton: 'Shut Down',
    start: 'Start',
    off: 'Off',
    running: 'Running',
    errorBox: 'Hyper-V Manager',
    cannotStart: "'Vm1' is a Replica virtual machine. It cannot be started until a failover is performed.",
    close: 'Close',
  },
  fr: {
    grid: (host: string) => `Ordinateurs virtuels sur ${host}`,
    replication: 'Réplication',
    primaryItems: ['Basculement planifié…', 'Suspendre la réplication', 'Afficher l’intégrité de la réplication…', 'Supprimer la réplication'],
    replicaItems: [
      'Basculement…', 'Test de basculement…', 'Suspendre la réplication', 'Étendre la réplication…', 'Afficher l’intégrité de la réplication…',
      'Supprimer la réplication',
    ],
    shutDown: 'Arrêter…',
    shutDownBox: 'Arrêter l’ordinateur',
    shutDownButton: 'Arrêter',
    start: 'Démarrer',
    off: 'Désactivé',
    running: 'Exécution',
    errorBox: 'Gestionnaire Hyper-V',
    cannotStart: "'Vm1' est un ordinateur virtuel réplica. Il ne peut pas être démarré tant qu'un basculement n'a pas été effectué.",
    close: 'Fermer',
  },
} as const;

type Lang = keyof typeof LABELS;


async function openLab(page: Page, lang: Lang): Promise<void> {
  await page.goto(`/?lab=active-passive&paused=1&lang=${lang}`);
  await page.evaluate(() => window.replicaLab.ready());
}

/** Selects a server in the console tree and returns its VM grid. */
async function selectServer(page: Page, lang: Lang, host: string): Promise<Locator> {
  await page.getByRole('tree').getByRole('treeitem', { name: host }).click();
  const grid = page.getByRole('grid', { name: LABELS[lang].grid(host) });
  await expect(grid).toBeVisible();
  return grid;
}

/** Opens Replication ▸ of an open context menu and returns the submenu. */
async function openReplicationSubmenu(page: Page, lang: Lang, menu: Locator): Promise<Locator> {
  await menu.getByRole('menuitem', { name: LABELS[lang].replication, exact: true }).hover();
  const sub = page.getByRole('menu').filter({ hasNot: page.getByRole('menuitem', { name: LABELS[lang].replication, exact: true }) });
  await expect(sub).toBeVisible();
  return sub;
}

for (const lang of ['en', 'fr'] as const) {
  const L = LABELS[lang];

  test(`${lang}: Replication ▸ of the primary and of the replica, from right-click and Shift+F10`, async ({ page }) => {
    const problems = watchConsole(page);
    await openLab(page, lang);

    const hv1 = await selectServer(page, lang, 'HV-1');
    await hv1.getByRole('row', { name: 'Vm1' }).click({ button: 'right' });
    const primaryMenu = page.getByRole('menu', { name: 'Vm1' });
    await expect(primaryMenu).toBeVisible();
    const primarySub = await openReplicationSubmenu(page, lang, primaryMenu);
    await expect(primarySub.getByRole('menuitem')).toHaveText([...L.primaryItems]);
    const planned = primarySub.getByRole('menuitem', { name: L.primaryItems[0] });
    await expect(planned).toBeEnabled();
    await page.screenshot({ path: test.info().outputPath(`menu-primary-${lang}.png`) });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);

    const hv2 = await selectServer(page, lang, 'HV-2');
    await hv2.getByRole('row', { name: 'Vm1' }).click();
    await page.keyboard.press('Shift+F10');
    const replicaMenu = page.getByRole('menu', { name: 'Vm1' });
    await expect(replicaMenu).toBeVisible();
    const replicaSub = await openReplicationSubmenu(page, lang, replicaMenu);
    await expect(replicaSub.getByRole('menuitem')).toHaveText([...L.replicaItems]);
    await page.screenshot({ path: test.info().outputPath(`menu-replica-${lang}.png`) });
    expect(problems).toEqual([]);
  });

  test(`${lang}: shut down and start a VM through the Actions pane; Start on a replica shows the error`, async ({ page }) => {
    const problems = watchConsole(page);
    await openLab(page, lang);
    const actions = page.getByRole('region', { name: 'Actions' });

    const hv1 = await selectServer(page, lang, 'HV-1');
    const vm2 = hv1.getByRole('row', { name: 'Vm2' });
    await vm2.click();
    await expect(actions.getByRole('group', { name: 'Vm2' })).toBeVisible();
    await actions.getByRole('button', { name: L.shutDown, exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: L.shutDownBox });
    await expect(confirm).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`shut-down-${lang}.png`) });
    await confirm.getByRole('button', { name: L.shutDownButton, exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(vm2).toContainText(L.off);
    await actions.getByRole('button', { name: L.start, exact: true }).click();
    await expect(vm2).toContainText(L.running);

    const hv2 = await selectServer(page, lang, 'HV-2');
    await hv2.getByRole('row', { name: 'Vm1' }).click();
    await actions.getByRole('button', { name: L.start, exact: true }).click();
    const error = page.getByRole('alertdialog', { name: L.errorBox });
    await expect(error).toContainText(L.cannotStart);
    await page.screenshot({ path: test.info().outputPath(`start-replica-error-${lang}.png`) });
    await error.getByRole('button', { name: L.close, exact: true }).click();
    await expect(error).toBeHidden();
    await expect(hv2.getByRole('row', { name: 'Vm1' })).toContainText(L.off);
    expect(problems).toEqual([]);
  });
}

test('en: the Actions pane and the menu bar show the server’s and the VM’s actions', async ({ page }) => {
  const problems = watchConsole(page);
  await openLab(page, 'en');
  const hv1 = await selectServer(page, 'en', 'HV-1');
  await hv1.getByRole('row', { name: 'Vm1' }).click();
  const actions = page.getByRole('region', { name: 'Actions' });
  await expect(actions.getByRole('group', { name: 'HV-1' }).getByRole('button', { name: 'Virtual Switch Manager…' })).toHaveAttribute('aria-disabled', 'true');
  await actions.getByRole('group', { name: 'Vm1' }).getByRole('button', { name: 'Replication', exact: true }).click();
  await expect(page.getByRole('menu').getByRole('menuitem')).toHaveText(['Planned Failover…', 'Pause Replication', 'View Replication Health…', 'Remove Replication']);
  await page.screenshot({ path: test.info().outputPath('actions-pane-replication-en.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Replication', exact: true })).toBeFocused();

  await page.keyboard.press('Alt+A');
  const actionMenu = page.getByRole('menu');
  await expect(actionMenu.getByRole('menuitem', { name: 'Shut Down…' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('menubar-action-en.png') });
  await page.keyboard.press('Escape');
  expect(problems).toEqual([]);
});
