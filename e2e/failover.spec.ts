import { expect, test, type Locator, type Page } from '@playwright/test';
import { open, watchConsole } from './fixtures/lab';

/** Labels under test, as the console shows them in each language. */
const LABELS = {
  en: {
    grid: (host: string) => `Virtual Machines on ${host}`,
    replication: 'Replication',
    lab: 'Lab',
    crash: 'Cut Power (Crash Host)…',
    yes: 'Yes',
    close: 'Close',
    testFailover: 'Test Failover…',
    testDialog: 'Test Failover',
    stopTest: 'Stop Test Failover',
    failover: 'Failover…',
    failoverDialog: 'Failover',
    failOver: 'Fail Over',
    cancelFailover: 'Cancel Failover',
    removePoints: 'Remove Recovery Points',
    planned: 'Planned Failover…',
    plannedDialog: 'Planned Failover',
    reverse: 'Reverse the replication direction after failover.',
    turnOff: 'Turn Off…',
    turnOffButton: 'Turn Off',
    done: 'Failover completed successfully.',
    noLoss: 'Data lost: none (0 writes, 0 MB)',
    lost: /Data lost: [\d,]+ writes/,
    tab: 'Replication',
    tabLost: /Data lost:\s*[\d,]+ writes \([\d.]+ MB\)/,
    tabNoLoss: /Data lost:\s*None/,
    failedOver: 'Failover Complete',
    replicating: 'Replication enabled',
    primary: 'Primary',
    replica: 'Replica',
  },
  fr: {
    grid: (host: string) => `Machines virtuelles sur ${host}`,
    replication: 'Réplication',
    lab: 'Laboratoire',
    crash: 'Couper l’alimentation (panne de l’hôte)…',
    yes: 'Oui',
    close: 'Fermer',
    testFailover: 'Test de basculement…',
    testDialog: 'Test de basculement',
    stopTest: 'Arrêter le test du basculement',
    failover: 'Basculement…',
    failoverDialog: 'Basculement',
    failOver: 'Basculer',
    cancelFailover: 'Annuler le basculement',
    removePoints: 'Supprimer les points de récupération',
    planned: 'Basculement planifié…',
    plannedDialog: 'Basculement planifié',
    reverse: 'Inverser le sens de la réplication après le basculement.',
    turnOff: 'Éteindre…',
    turnOffButton: 'Éteindre',
    done: 'Le basculement a réussi.',
    noLoss: 'Données perdues : aucune (0 écriture, 0 Mo)',
    lost: /Données perdues : [\d\s\u202f]+ écritures/,
    tab: 'Réplication',
    tabLost: /Données perdues :\s*[\d\s\u202f]+ écritures \([\d,]+ Mo\)/,
    tabNoLoss: /Données perdues :\s*Aucune/,
    failedOver: 'Basculement terminé',
    replicating: 'Réplication activée',
    primary: 'Principal',
    replica: 'Réplica',
  },
} as const;

type Lang = keyof typeof LABELS;

async function grid(page: Page, lang: Lang, host: string): Promise<Locator> {
  await page.getByRole('tree').getByRole('treeitem', { name: host }).click();
  const g = page.getByRole('grid', { name: LABELS[lang].grid(host) });
  await expect(g).toBeVisible();
  return g;
}

/** Right-clicks VM `vm` on `host` and picks `item` from its Replication ▸ submenu (or the menu itself). */
async function vmMenu(page: Page, lang: Lang, host: string, vm: string, item: string, inReplication = true): Promise<void> {
  const g = await grid(page, lang, host);
  await g.getByRole('row', { name: vm, exact: true }).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: vm });
  if (inReplication) await menu.getByRole('menuitem', { name: LABELS[lang].replication, exact: true }).hover();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

async function answer(page: Page, button: string): Promise<Locator> {
  const box = page.getByTestId('message-box');
  await expect(box).toBeVisible();
  await box.getByRole('button', { name: button, exact: true }).click();
  return box;
}

/** The Replication tab of the details pane for the selected VM. */
async function replicationTab(page: Page, lang: Lang): Promise<Locator> {
  await page.getByRole('tab', { name: LABELS[lang].tab, exact: true }).click();
  return page.getByRole('tabpanel');
}

for (const lang of ['en', 'fr'] as const) {
  const L = LABELS[lang];

  test(`${lang}: test failover and stop; crash, unplanned failover with its data loss, cancel, fail over again, remove recovery points`, async ({ page }) => {
    const problems = watchConsole(page);
    await open(page, `?lab=active-passive&paused=1&lang=${lang}`);
    await page.evaluate(() => window.replicaLab.advance('1h'));

    await vmMenu(page, lang, 'HV-2', 'Vm1', L.testFailover);
    const testDialog = page.getByRole('dialog', { name: L.testDialog });
    await expect(testDialog.getByRole('combobox')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`test-failover-${lang}.png`) });
    await testDialog.getByRole('button', { name: L.testDialog, exact: true }).click();
    const hv2 = await grid(page, lang, 'HV-2');
    await expect(hv2.getByRole('row', { name: 'Vm1 - Test' })).toBeVisible();
    await vmMenu(page, lang, 'HV-2', 'Vm1', L.stopTest);
    await answer(page, L.yes);
    await expect(hv2.getByRole('row', { name: 'Vm1 - Test' })).toHaveCount(0);

    await page.evaluate(() => window.replicaLab.advance('200s'));
    await page.getByRole('tree').getByRole('treeitem', { name: 'HV-1' }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: L.lab, exact: true }).hover();
    await page.getByRole('menuitem', { name: L.crash }).click();
    await answer(page, L.yes);

    await vmMenu(page, lang, 'HV-2', 'Vm1', L.failover);
    const foDialog = page.getByRole('dialog', { name: L.failoverDialog, exact: true });
    await expect(foDialog).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`failover-${lang}.png`) });
    await foDialog.getByRole('button', { name: L.failOver }).click();
    const box = page.getByTestId('message-box');
    await expect(box).toContainText(L.done);
    await expect(box).toContainText(L.lost);
    await page.screenshot({ path: test.info().outputPath(`failover-done-${lang}.png`) });
    await answer(page, L.close);

    await (await grid(page, lang, 'HV-2')).getByRole('row', { name: 'Vm1', exact: true }).click();
    let tab = await replicationTab(page, lang);
    await expect(tab).toContainText(L.failedOver);
    await expect(tab).toContainText(L.tabLost);
    await page.screenshot({ path: test.info().outputPath(`replication-tab-${lang}.png`) });

    await vmMenu(page, lang, 'HV-2', 'Vm1', L.cancelFailover);
    await answer(page, L.yes);
    tab = await replicationTab(page, lang);
    await expect(tab).toContainText(L.replicating);
    await expect(tab).not.toContainText(L.tabLost);

    await vmMenu(page, lang, 'HV-2', 'Vm1', L.failover);
    await page.getByRole('dialog', { name: L.failoverDialog, exact: true }).getByRole('button', { name: L.failOver }).click();
    await answer(page, L.close);
    await vmMenu(page, lang, 'HV-2', 'Vm1', L.removePoints);
    await answer(page, L.yes);
    tab = await replicationTab(page, lang);
    await expect(tab).toContainText(L.failedOver);
    await expect(tab).toContainText(L.tabLost);
    expect(problems).toEqual([]);
  });

  test(`${lang}: planned failover with reverse swaps the roles with zero data loss`, async ({ page }) => {
    const problems = watchConsole(page);
    await open(page, `?lab=active-passive&paused=1&lang=${lang}`);
    await page.evaluate(() => window.replicaLab.advance('1h'));
    await vmMenu(page, lang, 'HV-1', 'Vm1', L.turnOff, false);
    await answer(page, L.turnOffButton);
    await vmMenu(page, lang, 'HV-1', 'Vm1', L.planned);
    const dialog = page.getByRole('dialog', { name: L.plannedDialog });
    await dialog.getByLabel(L.reverse).check();
    await page.screenshot({ path: test.info().outputPath(`planned-${lang}.png`) });
    await dialog.getByRole('button', { name: L.failOver }).click();
    const box = page.getByTestId('message-box');
    await expect(box).toContainText(L.done);
    await expect(box).toContainText(L.noLoss);
    await page.screenshot({ path: test.info().outputPath(`planned-done-${lang}.png`) });
    await answer(page, L.close);
    await (await grid(page, lang, 'HV-2')).getByRole('row', { name: 'Vm1', exact: true }).click();
    let tab = await replicationTab(page, lang);
    await expect(tab).toContainText(L.primary);
    await expect(tab).toContainText(L.tabNoLoss);
    await (await grid(page, lang, 'HV-1')).getByRole('row', { name: 'Vm1', exact: true }).click();
    tab = await replicationTab(page, lang);
    await expect(tab).toContainText(L.replica);
    await expect(tab).toContainText(L.replicating);
    expect(problems).toEqual([]);
  });
}
