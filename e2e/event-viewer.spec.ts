import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './fixtures/lab';
import { advance, hostLabMenu, LABELS, openPreset, vmMenu, type Lang } from './fixtures/failover-ui';

/**
 * Event Viewer (Replication Health ▸ View Events, Lab ▸ Event Viewer) and Replication Health's Save As…
 * and Extended Replication tab, in English and French, through the console only.
 */

const EV = {
  en: {
    title: 'Event Viewer',
    events: 'Events',
    viewEvents: 'View Events',
    saveAs: 'Save As…',
    pause: 'Pause Replication',
    eventViewerItem: 'Event Viewer',
    vmFilter: 'Virtual machine:',
    stats: /^Replica statistics for 'Vm1' \(Virtual machine ID [^)]+\)\nStartTime: /,
    logName: 'Microsoft-Windows-Hyper-V-VMMS-Admin',
    columns: ['Level', 'Date and Time', 'Source', 'Event ID', 'Task Category'],
    extended: 'Extended Replication',
    csv: { file: 'Replication Health for Vm1.csv', state: 'Replication State,Replication enabled', cycles: /^Successful replication cycles,\d+ out of \d+ \(\d+%\)$/m },
  },
  fr: {
    title: 'Observateur d’événements',
    events: 'Événements',
    viewEvents: 'Afficher les événements',
    saveAs: 'Enregistrer sous…',
    pause: 'Suspendre la réplication',
    eventViewerItem: 'Observateur d’événements',
    vmFilter: 'Ordinateur virtuel :',
    stats: /^Statistiques de réplication pour «\sVm1\s» \(ID d’ordinateur virtuel [^)]+\)\nStartTime\s: /,
    logName: 'Microsoft-Windows-Hyper-V-VMMS-Admin',
    columns: ['Niveau', 'Date et heure', 'Source', 'ID de l’événement', 'Catégorie de la tâche'],
    extended: 'Réplication étendue',
    csv: { file: 'Intégrité de la réplication pour Vm1.csv', state: 'État de la réplication;Réplication activée', cycles: /^Cycles de réplication réussis;\d+ sur \d+ \(\d+ %\)$/m },
  },
} as const;

test.use({ viewport: { width: 1280, height: 720 } });

async function openHealth(page: Page, lang: Lang, host: string) {
  await vmMenu(page, lang, host, 'Vm1', LABELS[lang].healthItem);
  const dialog = page.getByRole('dialog', { name: LABELS[lang].healthTitle });
  await expect(dialog).toBeVisible();
  return dialog;
}

for (const lang of ['en', 'fr'] as const) {
  const E = EV[lang];

  test(`${lang}: View Events shows the VM's events: statistics at the monitoring boundary, then the pause`, async ({ page }) => {
    const problems = watchConsole(page);
    await openPreset(page, lang, 'active-passive');
    await advance(page, '2h');
    await vmMenu(page, lang, 'HV-1', 'Vm1', E.pause);
    await advance(page, '1m');

    const health = await openHealth(page, lang, 'HV-1');
    await health.getByRole('button', { name: E.viewEvents }).click();
    const viewer = page.getByRole('dialog', { name: E.title });
    await expect(viewer).toBeVisible();
    await expect(viewer.getByLabel(E.vmFilter)).toHaveValue('Vm1');
    const grid = viewer.getByRole('grid', { name: E.events });
    await expect(grid.getByRole('columnheader')).toHaveText([...E.columns]);
    await expect(grid.getByRole('row').filter({ hasText: '29174' })).toHaveCount(1);
    await expect(grid.getByRole('row').filter({ hasText: '32324' })).toHaveCount(1);
    // Newest first: the pause comes before the 09:00 statistics.
    await expect(grid.getByRole('row').nth(1)).toContainText('32324');

    await grid.getByRole('row').filter({ hasText: '29174' }).click();
    await expect(viewer.getByTestId('event-message')).toHaveText(E.stats);
    await expect(viewer).toContainText(E.logName);
    await expect(viewer).toContainText('hv-1.formation.lan');
    await page.screenshot({ path: `/tmp/event-viewer-${lang}.png` });

    // The level filter hides the information events.
    await viewer.getByRole('checkbox', { name: lang === 'en' ? 'Information' : 'Informations' }).uncheck();
    await expect(grid.getByRole('row').filter({ hasText: '29174' })).toHaveCount(0);
    await viewer.getByRole('button', { name: LABELS[lang].close, exact: true }).click();
    await expect(viewer).toBeHidden();
    expect(problems).toEqual([]);
  });

  test(`${lang}: Lab ▸ Event Viewer opens the server's Hyper-V-VMMS Admin log with every VM`, async ({ page }) => {
    const problems = watchConsole(page);
    await openPreset(page, lang, 'active-passive');
    await advance(page, '2h');
    await hostLabMenu(page, lang, 'HV-1', E.eventViewerItem);
    const viewer = page.getByRole('dialog', { name: E.title });
    await expect(viewer).toBeVisible();
    await expect(viewer.getByRole('treeitem', { name: 'Admin (HV-1, Hyper-V-VMMS)' })).toHaveAttribute('aria-selected', 'true');
    await expect(viewer.getByRole('grid', { name: E.events }).getByRole('row').filter({ hasText: '29174' })).toHaveCount(4);
    await viewer.getByRole('treeitem', { name: 'Admin (HV-2, Hyper-V-VMMS)' }).click();
    await expect(viewer.getByRole('grid', { name: E.events }).getByRole('row').filter({ hasText: '29174' })).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test(`${lang}: Save As… downloads the Replication Health fields as CSV`, async ({ page }) => {
    const problems = watchConsole(page);
    await openPreset(page, lang, 'active-passive');
    await advance(page, '2h');
    const health = await openHealth(page, lang, 'HV-1');
    await page.screenshot({ path: `/tmp/replication-health-${lang}.png` });
    const [download] = await Promise.all([page.waitForEvent('download'), health.getByRole('button', { name: E.saveAs }).click()]);
    expect(download.suggestedFilename()).toBe(E.csv.file);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')).toContain(E.csv.state);
    expect(text).toMatch(E.csv.cycles);
    expect(problems).toEqual([]);
  });

  test(`${lang}: the middle VM of an extended chain has Replication and Extended Replication tabs`, async ({ page }) => {
    const problems = watchConsole(page);
    await openPreset(page, lang, 'extended-chain');
    await advance(page, '2h');
    const health = await openHealth(page, lang, 'HV-2');
    await expect(health.getByRole('tab')).toHaveText([LABELS[lang].tab, E.extended]);
    await page.screenshot({ path: `/tmp/replication-health-chain-${lang}.png` });
    await health.getByRole('tab', { name: E.extended }).click();
    await expect(health.getByRole('tabpanel', { name: E.extended })).toContainText('hv-3.formation.lan');
    await page.screenshot({ path: `/tmp/replication-health-extended-${lang}.png` });
    const [download] = await Promise.all([page.waitForEvent('download'), health.getByRole('button', { name: E.saveAs }).click()]);
    expect(download.suggestedFilename()).toBe(E.csv.file.replace('.csv', ` - ${E.extended}.csv`));
    expect(problems).toEqual([]);
  });
}
