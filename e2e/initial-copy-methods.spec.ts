import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchConsole } from './fixtures/lab';
import { blankWithReplicaServer, openWithLab } from './fixtures/replicaLabs';

/** Initial copy by external media (export, placeholder, Import Initial Replica…) and from an existing VM. */
const L = {
  grid: (host: string) => `Virtual Machines on ${host}`,
  enable: 'Enable Replication…',
  wizard: (vm: string) => `Enable Replication for ${vm}`,
  next: 'Next >',
  finish: 'Finish',
  server: 'Replica server:',
  media: 'Send initial copy using external media',
  mediaPath: 'Specify the location to export initial copy.',
  existing: 'Use an existing virtual machine on the Replica server as the initial copy.',
  completing: 'Completing the Enable Replication wizard',
  close: 'Close',
  replication: 'Replication',
  importItem: 'Import Initial Replica…',
  importDialog: 'Import Initial Replica for Vm1',
  folder: 'Location of the initial copy:',
  complete: 'Complete Initial Replication',
  remove: 'Remove Replication',
  yes: 'Yes',
  tab: 'Replication',
};

const RELATIONSHIP = [
  { type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm1', replicaServerName: 'HV-2', replicaServerPort: 80, authenticationType: 'Kerberos', initialReplication: { method: 'Network' } },
] as const;

async function grid(page: Page, host: string): Promise<Locator> {
  await page.getByRole('tree').getByRole('treeitem', { name: host }).click();
  const g = page.getByRole('grid', { name: L.grid(host) });
  await expect(g).toBeVisible();
  return g;
}

/** The Replication tab of `vm` on `host`. */
async function replicationTab(page: Page, host: string, vm: string): Promise<Locator> {
  const g = await grid(page, host);
  await g.getByRole('row', { name: vm, exact: true }).click();
  await page.getByRole('tab', { name: L.tab }).click();
  return page.getByRole('tabpanel', { name: L.tab });
}

async function replicationItem(page: Page, host: string, vm: string, item: string): Promise<void> {
  const g = await grid(page, host);
  await g.getByRole('row', { name: vm, exact: true }).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: vm });
  await menu.getByRole('menuitem', { name: L.replication, exact: true }).hover();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Runs the wizard for `vm` to HV-2 with defaults, choosing the initial copy on its page with `choose`. */
async function enableWith(page: Page, vm: string, choose: (wizard: Locator) => Promise<void>): Promise<void> {
  const g = await grid(page, 'HV-1');
  await g.getByRole('row', { name: vm, exact: true }).click({ button: 'right' });
  await page.getByRole('menu', { name: vm }).getByRole('menuitem', { name: L.enable }).click();
  const wizard = page.getByRole('dialog', { name: L.wizard(vm) });
  const heading = wizard.locator('.wizard__heading');
  await wizard.getByRole('button', { name: L.next }).click();
  await wizard.getByLabel(L.server).fill('HV-2');
  for (const title of ['Specify Connection Parameters', 'Choose Replication VHDs', 'Configure Replication Frequency', 'Configure Additional Recovery Points', 'Choose Initial Replication Method']) {
    await wizard.getByRole('button', { name: L.next }).click();
    await expect(heading).toHaveText(title);
  }
  await choose(wizard);
  await wizard.getByRole('button', { name: L.next }).click();
  await expect(heading).toHaveText(L.completing);
  await wizard.getByRole('button', { name: L.finish }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: L.close }).click();
  await expect(wizard).toBeHidden();
}

test('external media: the export finishes, the placeholder waits (Warning), Import Initial Replica… completes it, deltas flow', async ({ page }) => {
  const problems = watchConsole(page);
  await openWithLab(page, 'en', blankWithReplicaServer());
  await enableWith(page, 'Vm1', async (wizard) => {
    await wizard.getByLabel(L.media).check();
    await wizard.getByLabel(L.mediaPath).fill('C:\\Export');
    await page.screenshot({ path: test.info().outputPath('media-initial.png') });
  });
  const primary = await replicationTab(page, 'HV-1', 'Vm1');
  await expect(primary).toContainText(/Replication State:\s*Initial replication in progress/);
  await page.evaluate(() => window.replicaLab.advance('1h'));
  // The export finished: the primary replicates its changes, which queue for the placeholder.
  await expect(primary).toContainText(/Replication State:\s*Replication enabled/);
  const placeholder = await replicationTab(page, 'HV-2', 'Vm1');
  await expect(placeholder).toContainText(/Replication Health:\s*Warning/);
  await expect(placeholder).toContainText(/Replication State:\s*Pending Initial Replication/);

  await replicationItem(page, 'HV-2', 'Vm1', L.importItem);
  const dialog = page.getByRole('dialog', { name: L.importDialog });
  await expect(dialog.getByLabel(L.folder)).toHaveValue(/^C:\\Export\\Vm1_/);
  await page.screenshot({ path: test.info().outputPath('import-dialog.png') });
  await dialog.getByLabel(L.folder).fill('C:\\Elsewhere');
  await dialog.getByRole('button', { name: L.complete }).click();
  await expect(dialog.getByRole('alert')).toContainText("Import replication for virtual machine 'Vm1' from 'C:\\Elsewhere' failed.");
  await page.screenshot({ path: test.info().outputPath('import-error.png') });
  await dialog.getByLabel(L.folder).fill('');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await replicationItem(page, 'HV-2', 'Vm1', L.importItem);
  await page.getByRole('dialog', { name: L.importDialog }).getByRole('button', { name: L.complete }).click();
  await expect(page.getByRole('dialog', { name: L.importDialog })).toBeHidden();

  await page.evaluate(() => window.replicaLab.advance('30m'));
  const replica = await replicationTab(page, 'HV-2', 'Vm1');
  await expect(replica).toContainText(/Replication State:\s*Replication enabled/);
  await expect(replica).toContainText(/Replication Health:\s*Normal/);
  const synced = await replica.getByRole('term').filter({ hasText: 'Last synchronized at:' }).locator('xpath=following-sibling::*[1]').textContent();
  await page.evaluate(() => window.replicaLab.advance('30m'));
  await expect(replica.getByRole('term').filter({ hasText: 'Last synchronized at:' }).locator('xpath=following-sibling::*[1]')).not.toHaveText(synced ?? '');
  expect(problems).toEqual([]);
});

test('existing VM: Remove Replication on both sides keeps the replica VM, which then serves as a much faster initial copy', async ({ page }) => {
  const problems = watchConsole(page);
  await openWithLab(page, 'en', blankWithReplicaServer([...RELATIONSHIP], 2 * 3_600_000));
  await expect(await replicationTab(page, 'HV-2', 'Vm1')).toContainText(/Replication Health:\s*Normal/);

  for (const host of ['HV-1', 'HV-2']) {
    await replicationItem(page, host, 'Vm1', L.remove);
    await page.getByRole('alertdialog', { name: L.remove }).getByRole('button', { name: L.yes }).click();
  }
  const hv2 = await grid(page, 'HV-2');
  await expect(hv2.getByRole('row', { name: 'Vm1', exact: true })).toBeVisible();
  await expect(await replicationTab(page, 'HV-2', 'Vm1')).not.toContainText(/Replication Mode:\s*Replica/);

  // Vm1 from the kept copy, Vm2 (never replicated) over the network, started together.
  await enableWith(page, 'Vm1', (wizard) => wizard.getByLabel(L.existing).check());
  await enableWith(page, 'Vm2', async () => {});
  await page.evaluate(() => window.replicaLab.advance('45s'));
  const hv1 = await grid(page, 'HV-1');
  await expect(hv1.getByRole('row', { name: 'Vm2', exact: true })).toContainText(/Sending Initial Replica \(\d+%\)/);
  const vm1 = await replicationTab(page, 'HV-1', 'Vm1');
  await expect(vm1).toContainText(/Replication State:\s*Replication enabled/);
  await page.evaluate(() => window.replicaLab.advance('5m'));
  await expect(vm1).toContainText(/Replication Health:\s*Normal/);
  expect(problems).toEqual([]);
});

/** Labels of the scheduled-start case in each language. */
const SCHEDULE = {
  en: {
    grid: 'Virtual Machines on',
    enable: 'Enable Replication…',
    wizard: 'Enable Replication for Vm1',
    next: 'Next >',
    finish: 'Finish',
    server: 'Replica server:',
    later: 'Start replication on:',
    date: 'Date',
    time: 'Time',
    day: '3/3/2026',
    at: '8:00 AM',
    shownDay: '3/2/2026',
    badDate: 'Type the date as M/D/YYYY and the time as h:mm AM/PM.',
    close: 'Close',
    replication: 'Replication',
    start: 'Start Replication…',
    startDialog: 'Start Replication for Vm1',
    media: 'Send initial copy using external media',
    mediaPath: 'Specify the location to export initial copy.',
    ok: 'OK',
    importItem: 'Import Initial Replica…',
    importDialog: 'Import Initial Replica for Vm1',
    complete: 'Complete Initial Replication',
    pending: /Replication State:\s*Pending Initial Replication/,
    normal: /Replication Health:\s*Normal/,
  },
  fr: {
    grid: 'Ordinateurs virtuels sur',
    enable: 'Activer la réplication…',
    wizard: 'Activer la réplication pour Vm1',
    next: 'Suivant >',
    finish: 'Terminer',
    server: 'Serveur réplica :',
    later: 'Démarrer la réplication le :',
    date: 'Date',
    time: 'Heure',
    day: '03/03/2026',
    at: '08:00',
    shownDay: '02/03/2026',
    badDate: 'Tapez la date au format JJ/MM/AAAA et l’heure au format HH:MM.',
    close: 'Fermer',
    replication: 'Réplication',
    start: 'Démarrer la réplication…',
    startDialog: 'Démarrer la réplication pour Vm1',
    media: 'Envoyer la copie initiale à l’aide d’un support externe',
    mediaPath: 'Spécifiez l’emplacement où exporter la copie initiale.',
    ok: 'OK',
    importItem: 'Importer le réplica initial…',
    importDialog: 'Importer le réplica initial pour Vm1',
    complete: 'Terminer la réplication initiale',
    pending: /État de la réplication :\s*Réplication initiale en attente/,
    normal: /Intégrité de la réplication :\s*Normal/,
  },
} as const;

for (const lang of ['en', 'fr'] as const) {
  const S = SCHEDULE[lang];

  async function vmMenu(page: Page, host: string): Promise<Locator> {
    await page.getByRole('tree').getByRole('treeitem', { name: host }).click();
    const g = page.getByRole('grid', { name: `${S.grid} ${host}` });
    await g.getByRole('row', { name: 'Vm1', exact: true }).click({ button: 'right' });
    return page.getByRole('menu', { name: 'Vm1' });
  }

  async function replicationMenuItem(page: Page, host: string, item: string) {
    const menu = await vmMenu(page, host);
    await menu.getByRole('menuitem', { name: S.replication, exact: true }).hover();
    await page.getByRole('menuitem', { name: item }).click();
  }

  async function tab(page: Page, host: string): Promise<Locator> {
    await page.getByRole('tree').getByRole('treeitem', { name: host }).click();
    await page.getByRole('grid', { name: `${S.grid} ${host}` }).getByRole('row', { name: 'Vm1', exact: true }).click();
    await page.getByRole('tab', { name: S.replication }).click();
    return page.getByRole('tabpanel', { name: S.replication });
  }

  test(`${lang}: a later start waits as Pending; Start Replication… sends the copy to external media, Import completes it`, async ({ page }) => {
    const problems = watchConsole(page);
    await openWithLab(page, lang, blankWithReplicaServer());
    await (await vmMenu(page, 'HV-1')).getByRole('menuitem', { name: S.enable }).click();
    const wizard = page.getByRole('dialog', { name: S.wizard });
    await wizard.getByRole('button', { name: S.next }).click();
    await wizard.getByLabel(S.server).fill('HV-2');
    for (let i = 0; i < 5; i++) {
      const before = await wizard.locator('.wizard__heading').textContent();
      await wizard.getByRole('button', { name: S.next }).click();
      await expect(wizard.locator('.wizard__heading')).not.toHaveText(before ?? '');
    }
    await wizard.getByLabel(S.later).check();
    // The date reads in the console's language (2 March 2026 is 3/2/2026 in English, 02/03/2026 in French).
    await expect(wizard.getByLabel(S.date, { exact: true })).toHaveValue(S.shownDay);
    await wizard.getByLabel(S.date, { exact: true }).fill('2026-03-03');
    await wizard.getByRole('button', { name: S.next }).click();
    await expect(wizard.getByRole('alert')).toContainText(S.badDate);
    await page.screenshot({ path: test.info().outputPath(`${lang}-start-on-error.png`) });
    await wizard.getByLabel(S.date, { exact: true }).fill(S.day);
    await wizard.getByLabel(S.time, { exact: true }).fill(S.at);
    await page.screenshot({ path: test.info().outputPath(`${lang}-start-on.png`) });
    await wizard.getByRole('button', { name: S.next }).click();
    await wizard.getByRole('button', { name: S.finish }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: S.close }).click();
    await page.evaluate(() => window.replicaLab.advance('1h'));
    await expect(await tab(page, 'HV-1')).toContainText(S.pending);

    await replicationMenuItem(page, 'HV-1', S.start);
    const start = page.getByRole('dialog', { name: S.startDialog });
    await start.getByLabel(S.media).check();
    await start.getByLabel(S.mediaPath).fill('C:\\Export');
    await page.screenshot({ path: test.info().outputPath(`${lang}-start-replication.png`) });
    await start.getByRole('button', { name: S.ok }).click();
    await expect(start).toBeHidden();
    await page.evaluate(() => window.replicaLab.advance('1h'));

    await replicationMenuItem(page, 'HV-2', S.importItem);
    const dialog = page.getByRole('dialog', { name: S.importDialog });
    await expect(dialog.getByRole('textbox')).toHaveValue(/^C:\\Export\\Vm1_/);
    await page.screenshot({ path: test.info().outputPath(`${lang}-import.png`) });
    await dialog.getByRole('button', { name: S.complete }).click();
    await expect(dialog).toBeHidden();
    await page.evaluate(() => window.replicaLab.advance('30m'));
    await expect(await tab(page, 'HV-2')).toContainText(S.normal);
    expect(problems).toEqual([]);
  });
}
