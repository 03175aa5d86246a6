import { expect, test, type Locator, type Page } from '@playwright/test';
import { LABELS as FAILOVER, advance, answer, expectVm, hostLabMenu, openPreset, vmMenu } from './fixtures/failover-ui';
import { open, watchConsole } from './fixtures/lab';

/**
 * Extended replication end to end, through the console only (time is advanced with window.replicaLab):
 * the course's "Étendre la réplication" step on Vm4 of `extended-chain` (HV-1 → HV-2 only), and the
 * middle VM's own extended items (Vm1 on HV-2, already extended to HV-3).
 */
const LABELS = {
  en: {
    grid: (host: string) => `Virtual Machines on ${host}`,
    replication: 'Replication',
    extend: 'Extend Replication…',
    extendWizard: (vm: string) => `Extend Replication for ${vm}`,
    next: 'Next >',
    finish: 'Finish',
    close: 'Close',
    server: 'Replica server:',
    pages: ['Specify Replica Server', 'Specify Connection Parameters', 'Configure Replication Frequency', 'Configure Additional Recovery Points', 'Choose Initial Replication Method', 'Completing the Extend Replication wizard'],
    extendBox: 'Extend Replication',
    fiveMinutes: '5 minutes',
    fifteenMinutes: '15 minutes',
    thirty: '30 seconds',
    tab: 'Replication',
    extendedGroup: 'Extended Replication',
    normal: /Replication Health:\s*Normal/,
    paused: /Replication State:\s*Replication Paused/,
    replicating: /Replication State:\s*Replication enabled/,
    pauseExtended: 'Pause Extended Replication',
    resumeExtended: 'Resume Extended Replication',
    viewExtended: 'View Extended Replication Health…',
    removeExtended: 'Remove Extended Replication',
    healthDialog: (vm: string) => `Replication Health for "${vm}"`,
    healthExtendedTab: 'Extended Replication',
    remove: 'Remove Replication',
    removeBox: 'Remove Replication',
    removeExtendedBox: 'Remove Extended Replication',
    continueItem: 'Continue Extended Replication (-Continue)…',
    yes: 'Yes',
    existing: 'Use an existing virtual machine on the Replica server as the initial copy.',
  },
  fr: {
    grid: (host: string) => `Ordinateurs virtuels sur ${host}`,
    replication: 'Réplication',
    extend: 'Étendre la réplication…',
    extendWizard: (vm: string) => `Étendre la réplication pour ${vm}`,
    next: 'Suivant >',
    finish: 'Terminer',
    close: 'Fermer',
    server: 'Serveur réplica :',
    pages: [
      'Spécifier le serveur réplica', 'Spécifier les paramètres de connexion', 'Configurer la fréquence de réplication',
      'Configurer des points de récupération supplémentaires', 'Choisir la méthode de réplication initiale', 'Fin de l’Assistant Extension de la réplication',
    ],
    extendBox: 'Étendre la réplication',
    fiveMinutes: '5 minutes',
    fifteenMinutes: '15 minutes',
    thirty: '30 secondes',
    tab: 'Réplication',
    extendedGroup: 'Réplication étendue',
    normal: /Intégrité de la réplication :\s*Normal/,
    paused: /État de la réplication :\s*Réplication suspendue/,
    replicating: /État de la réplication :\s*Réplication activée/,
    pauseExtended: 'Suspendre la réplication étendue',
    resumeExtended: 'Reprendre la réplication étendue',
    viewExtended: 'Afficher l’intégrité de la réplication étendue…',
    removeExtended: 'Supprimer la réplication étendue',
    healthDialog: (vm: string) => `Intégrité de la réplication pour « ${vm} »`,
    healthExtendedTab: 'Réplication étendue',
    remove: 'Supprimer la réplication',
    removeBox: 'Supprimer la réplication',
    removeExtendedBox: 'Supprimer la réplication étendue',
    continueItem: 'Continuer la réplication étendue (-Continue)…',
    yes: 'Oui',
    existing: 'Utiliser un ordinateur virtuel existant sur le serveur de réplication comme copie initiale.',
  },
} as const;

type Lang = keyof typeof LABELS;

async function grid(page: Page, lang: Lang, host: string): Promise<Locator> {
  await page.getByRole('tree').getByRole('treeitem', { name: host }).click();
  const g = page.getByRole('grid', { name: LABELS[lang].grid(host) });
  await expect(g).toBeVisible();
  return g;
}

/** Right-click `vm` on `host` ▸ Replication; returns the open submenu's items. */
async function replicationMenu(page: Page, lang: Lang, host: string, vm: string): Promise<Page> {
  const g = await grid(page, lang, host);
  await g.getByRole('row', { name: vm, exact: true }).click({ button: 'right' });
  await page.getByRole('menu', { name: vm }).getByRole('menuitem', { name: LABELS[lang].replication, exact: true }).hover();
  return page;
}

/** The Replication tab of `vm` on `host` (the details pane under the grid). */
async function replicationTab(page: Page, lang: Lang, host: string, vm: string): Promise<Locator> {
  const g = await grid(page, lang, host);
  await g.getByRole('row', { name: vm, exact: true }).click();
  await page.getByRole('tab', { name: LABELS[lang].tab, exact: true }).click();
  return page.getByRole('tabpanel', { name: LABELS[lang].tab });
}

const heading = (wizard: Locator) => wizard.locator('.wizard__heading');

async function next(wizard: Locator, lang: Lang, expected: string) {
  await wizard.getByRole('button', { name: LABELS[lang].next }).click();
  await expect(heading(wizard)).toHaveText(expected);
}

for (const lang of ['en', 'fr'] as const) {
  const L = LABELS[lang];

  test(`${lang}: Étendre la réplication: Vm4 from HV-2 to HV-3 every 15 minutes (30 seconds not offered), then the chain is Normal`, async ({ page }) => {
    const problems = watchConsole(page);
    await open(page, `?lab=extended-chain&paused=1&lang=${lang}`);
    await replicationMenu(page, lang, 'HV-2', 'Vm4');
    await page.getByRole('menuitem', { name: L.extend }).click();
    const wizard = page.getByRole('dialog', { name: L.extendWizard('Vm4') });
    await expect(wizard).toBeVisible();
    await next(wizard, lang, L.pages[0]);
    await wizard.getByLabel(L.server).fill('HV-3');
    await next(wizard, lang, L.pages[1]);
    await next(wizard, lang, L.pages[2]);
    const frequency = wizard.getByRole('combobox');
    await expect(frequency.locator('option')).toHaveText([L.fiveMinutes, L.fifteenMinutes]);
    await expect(frequency.locator('option', { hasText: L.thirty })).toHaveCount(0);
    await frequency.selectOption({ label: L.fifteenMinutes });
    await page.screenshot({ path: test.info().outputPath(`${lang}-extend-vm4-frequency.png`) });
    await next(wizard, lang, L.pages[3]);
    await next(wizard, lang, L.pages[4]);
    await next(wizard, lang, L.pages[5]);
    await expect(wizard.getByRole('row').filter({ hasText: L.fifteenMinutes })).toHaveCount(1);
    await wizard.getByRole('button', { name: L.finish }).click();
    await page.getByRole('alertdialog', { name: L.extendBox }).getByRole('button', { name: L.close }).click();
    await expect(wizard).toBeHidden();

    await page.evaluate(() => window.replicaLab.advance('2h'));
    await expect(await replicationTab(page, lang, 'HV-3', 'Vm4')).toContainText(L.normal);
    const middle = await replicationTab(page, lang, 'HV-2', 'Vm4');
    await expect(middle.getByRole('group', { name: L.extendedGroup })).toContainText(L.normal);
    await expect(middle.getByRole('group', { name: L.extendedGroup })).toContainText(L.replicating);
    await expect(await replicationTab(page, lang, 'HV-1', 'Vm4')).toContainText(L.normal);
    await page.screenshot({ path: test.info().outputPath(`${lang}-extend-vm4-normal.png`) });

    // Vm4 is now the middle of a chain: it cannot be extended again and shows its extended items.
    await replicationMenu(page, lang, 'HV-2', 'Vm4');
    await expect(page.getByRole('menuitem', { name: L.pauseExtended })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: L.extend })).toHaveCount(0);
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });

  test(`${lang}: on the middle VM, Pause and Resume Extended Replication from the Replication menu`, async ({ page }) => {
    const problems = watchConsole(page);
    await open(page, `?lab=extended-chain&paused=1&lang=${lang}`);
    await replicationMenu(page, lang, 'HV-2', 'Vm1');
    await expect(page.getByTestId('action.pauseExtendedReplication')).toBeVisible();
    await expect(page.getByRole('menuitem', { name: L.viewExtended })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: L.removeExtended })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: L.resumeExtended })).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath(`${lang}-middle-menu.png`) });
    await page.getByRole('menuitem', { name: L.pauseExtended }).click();

    const tab = await replicationTab(page, lang, 'HV-2', 'Vm1');
    await expect(tab.getByRole('group', { name: L.extendedGroup })).toContainText(L.paused);
    // The relationship HV-2 receives from HV-1 goes on.
    await expect(tab).toContainText(L.replicating);

    await replicationMenu(page, lang, 'HV-2', 'Vm1');
    await expect(page.getByRole('menuitem', { name: L.pauseExtended })).toHaveCount(0);
    await page.getByRole('menuitem', { name: L.resumeExtended }).click();
    await page.evaluate(() => window.replicaLab.advance('30m'));
    const resumed = await replicationTab(page, lang, 'HV-2', 'Vm1');
    await expect(resumed.getByRole('group', { name: L.extendedGroup })).toContainText(L.replicating);
    await expect(resumed.getByRole('group', { name: L.extendedGroup })).toContainText(L.normal);

    // View Extended Replication Health… opens Replication Health on its Extended Replication tab.
    await replicationMenu(page, lang, 'HV-2', 'Vm1');
    await page.getByRole('menuitem', { name: L.viewExtended }).click();
    const health = page.getByRole('dialog', { name: L.healthDialog('Vm1') });
    await expect(health).toBeVisible();
    await expect(health.getByRole('tab', { name: L.healthExtendedTab })).toHaveAttribute('aria-selected', 'true');
    await page.screenshot({ path: test.info().outputPath(`${lang}-extended-health.png`) });
    expect(problems).toEqual([]);
  });

  test(`${lang}: removed on HV-3 and on HV-2 (Remove Extended Replication), HV-2 extends Vm1 again from the VM left on HV-3`, async ({ page }) => {
    const problems = watchConsole(page);
    await open(page, `?lab=extended-chain&paused=1&lang=${lang}`);
    await replicationMenu(page, lang, 'HV-3', 'Vm1');
    await page.getByRole('menuitem', { name: L.remove, exact: true }).click();
    await page.getByRole('alertdialog', { name: L.removeBox }).getByRole('button', { name: L.yes }).click();

    // HV-2 still holds its side of the relationship: it removes it too before it can extend again.
    await replicationMenu(page, lang, 'HV-2', 'Vm1');
    await expect(page.getByRole('menuitem', { name: L.extend })).toHaveCount(0);
    await page.getByRole('menuitem', { name: L.removeExtended }).click();
    await page.getByRole('alertdialog', { name: L.removeExtendedBox }).getByRole('button', { name: L.yes }).click();
    const tab = await replicationTab(page, lang, 'HV-2', 'Vm1');
    await expect(tab.getByRole('group', { name: L.extendedGroup })).toHaveCount(0);

    await replicationMenu(page, lang, 'HV-2', 'Vm1');
    await expect(page.getByRole('menuitem', { name: L.removeExtended })).toHaveCount(0);
    await page.getByRole('menuitem', { name: L.extend }).click();
    const wizard = page.getByRole('dialog', { name: L.extendWizard('Vm1') });
    await next(wizard, lang, L.pages[0]);
    await wizard.getByLabel(L.server).fill('HV-3');
    for (const title of L.pages.slice(1, 5)) await next(wizard, lang, title);
    // The replica VM stayed on HV-3 (Remove Replication keeps it): it serves as the initial copy.
    await wizard.getByLabel(L.existing).check();
    await next(wizard, lang, L.pages[5]);
    await wizard.getByRole('button', { name: L.finish }).click();
    await page.getByRole('alertdialog', { name: L.extendBox }).getByRole('button', { name: L.close }).click();
    await page.evaluate(() => window.replicaLab.advance('2h'));
    const again = await replicationTab(page, lang, 'HV-2', 'Vm1');
    await expect(again.getByRole('group', { name: L.extendedGroup })).toContainText(L.normal);
    await expect(await replicationTab(page, lang, 'HV-3', 'Vm1')).toContainText(L.normal);
    expect(problems).toEqual([]);
  });

  test(`${lang}: HV-1 crashes, Vm1 fails over on HV-2 (the extended hop pauses), then Continue Extended Replication (-Continue)`, async ({ page }) => {
    const problems = watchConsole(page);
    const F = FAILOVER[lang];
    await openPreset(page, lang, 'extended-chain');
    await advance(page, '1h');
    await hostLabMenu(page, lang, 'HV-1', F.crash);
    await answer(page, F.yes);
    await vmMenu(page, lang, 'HV-2', 'Vm1', F.failover);
    await page.getByRole('dialog', { name: F.failoverDialog, exact: true }).getByRole('button', { name: F.failOver }).click();
    await answer(page, F.close);
    const paused = await replicationTab(page, lang, 'HV-2', 'Vm1');
    await expect(paused.getByRole('group', { name: L.extendedGroup })).toContainText(L.paused);

    await replicationMenu(page, lang, 'HV-2', 'Vm1');
    await expect(page.getByRole('menuitem', { name: L.resumeExtended })).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath(`${lang}-continue-menu.png`) });
    await page.getByRole('menuitem', { name: L.continueItem }).click();
    await answer(page, L.yes);
    await expectVm(page, lang, 'HV-2', 'replicating', 'primary');
    await expectVm(page, lang, 'HV-3', 'replicating', 'replica');
    await advance(page, '30m');
    await expect(await replicationTab(page, lang, 'HV-3', 'Vm1')).toContainText(L.normal);
    expect(problems).toEqual([]);
  });
}
