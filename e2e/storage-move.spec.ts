import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchConsole } from './fixtures/lab';
import { createEngine, saveLab } from '../src/sim';
import { COLUMNS_STORAGE_KEY } from '../src/store/columnsStore';
import { advance, grid, openLabFile, openPreset, replicationTab, type Lang } from './fixtures/failover-ui';

/** `active-passive` after 2 h with only 1 GB free on HV-2's E: (Vm1's replica needs 8–14 GB). */
function fullE(): unknown {
  const engine = createEngine('active-passive', { seed: 1 });
  engine.advanceTo(2 * 3_600_000);
  const e = engine.world.hosts.get('HV-2')?.volumes.find((v) => v.drive === 'E:');
  if (e) e.freeBytes = 1024 ** 3;
  return saveLab(engine);
}

/**
 * The course's « Déplacement du réplica (le stockage) » on `active-passive`: Vm1's replica on HV-2 moves
 * from D: to E: through Move… ▸ Move the virtual machine's storage ▸ all data to a single location ▸ folder
 * ▸ Finish, while replicating. The replication is in error during the move, Normal afterwards.
 */
const MOVE = {
  en: {
    move: 'Move…',
    title: 'Move "Vm1" Wizard',
    before: 'Before You Begin',
    type: 'Choose Move Type',
    liveMigration: 'Move the virtual machine',
    storage: 'Move the virtual machine’s storage',
    options: 'Choose Options for Moving Storage',
    single: 'Move all of the virtual machine’s data to a single location',
    folderHeading: 'Choose a new location for virtual machine',
    folder: 'Folder:',
    completing: 'Completing Move Wizard',
    next: 'Next >',
    finish: 'Finish',
    cancel: 'Cancel',
    moving: /Moving Storage \(\d+%\)/,
    noSpace: /not enough space on the disk \(E:\)/,
    critical: /Replication Health:\s*Critical/,
    normal: /Replication Health:\s*Normal/,
  },
  fr: {
    move: 'Déplacer…',
    title: 'Assistant Déplacement de « Vm1 »',
    before: 'Avant de commencer',
    type: 'Choisir le type de déplacement',
    liveMigration: 'Déplacer l’ordinateur virtuel',
    storage: 'Déplacer le stockage de l’ordinateur virtuel',
    options: 'Choisir les options de déplacement',
    single: 'Déplacer toutes les données de l’ordinateur virtuel vers un seul emplacement',
    folderHeading: 'Choisir un nouvel emplacement pour ordinateur virtuel',
    folder: 'Dossier :',
    completing: 'Fin de l’Assistant Déplacement',
    next: 'Suivant >',
    finish: 'Terminer',
    cancel: 'Annuler',
    moving: /Déplacement du stockage \(\d+ %\)/,
    noSpace: /Espace insuffisant sur le disque \(E:\)/,
    critical: /Intégrité de la réplication :\s*Critique/,
    normal: /Intégrité de la réplication :\s*Normal/,
  },
} as const;

/** Opens Move… on Vm1 of HV-2; returns the wizard. */
async function openMove(page: Page, lang: Lang): Promise<Locator> {
  const g = await grid(page, lang, 'HV-2');
  await g.getByRole('row', { name: 'Vm1', exact: true }).click({ button: 'right' });
  await page.getByRole('menu', { name: 'Vm1' }).getByRole('menuitem', { name: MOVE[lang].move, exact: true }).click();
  const wizard = page.getByRole('dialog', { name: MOVE[lang].title });
  await expect(wizard).toBeVisible();
  return wizard;
}

async function shot(page: Page, lang: Lang, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: lang === 'fr' ? `/tmp/storage-move-${name}-fr.png` : test.info().outputPath(`storage-move-${name}-${lang}.png`) });
}

for (const lang of ['en', 'fr'] as const) {
  const M = MOVE[lang];

  test(`${lang}: Move… moves Vm1's replica on HV-2 from D: to E:; replication is in error during the move and Normal after`, async ({ page }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await openPreset(page, lang, 'active-passive');
    // The Status column too (View ▸ Add/Remove Columns…, saved in localStorage), then reload.
    await page.addInitScript(([key]) => localStorage.setItem(key as string, JSON.stringify({ displayed: ['name', 'state', 'status', 'replicationState', 'replicationType'] })), [COLUMNS_STORAGE_KEY] as const);
    await page.reload();
    await page.evaluate(() => window.replicaLab.ready());
    await advance(page, '2h');

    const wizard = await openMove(page, lang);
    await expect(wizard.getByRole('heading', { name: M.before })).toBeVisible();
    await shot(page, lang, '1-before');
    await wizard.getByRole('button', { name: M.next }).click();

    await expect(wizard.getByRole('heading', { name: M.type })).toBeVisible();
    await expect(wizard.getByRole('radio', { name: M.liveMigration, exact: true })).toBeDisabled();
    await expect(wizard.getByRole('radio', { name: M.storage })).toBeChecked();
    await shot(page, lang, '2-type');
    await wizard.getByRole('button', { name: M.next }).click();

    await expect(wizard.getByRole('heading', { name: M.options })).toBeVisible();
    await expect(wizard.getByRole('radio', { name: M.single })).toBeChecked();
    await shot(page, lang, '3-options');
    await wizard.getByRole('button', { name: M.next }).click();

    await expect(wizard.getByRole('heading', { name: M.folderHeading })).toBeVisible();
    const folder = wizard.getByRole('textbox', { name: M.folder });
    await expect(folder).toHaveValue(/^D:\\/);
    await folder.fill('E:\\Replica');
    await shot(page, lang, '4-folder');
    await wizard.getByRole('button', { name: M.next }).click();

    await expect(wizard.getByRole('heading', { name: M.completing })).toBeVisible();
    await expect(wizard).toContainText('E:\\Replica');
    await shot(page, lang, '5-summary');
    await wizard.getByRole('button', { name: M.finish }).click();
    await expect(wizard).toBeHidden();

    const g = await grid(page, lang, 'HV-2');
    await expect(g.getByRole('row', { name: 'Vm1', exact: true })).toContainText(M.moving);
    await expect(await replicationTab(page, lang, 'HV-2')).toContainText(M.critical);

    await advance(page, '20m');
    await expect(g.getByRole('row', { name: 'Vm1', exact: true })).not.toContainText(M.moving);
    await expect(await replicationTab(page, lang, 'HV-2')).toContainText(M.normal);
    await expect(await replicationTab(page, lang, 'HV-1')).toContainText(M.normal);
    expect(problems).toEqual([]);
  });

  test(`${lang}: a destination without room is refused on the folder page, and nothing moves`, async ({ page }) => {
    const problems = watchConsole(page);
    await openLabFile(page, lang, fullE());
    const wizard = await openMove(page, lang);
    for (let i = 0; i < 3; i++) await wizard.getByRole('button', { name: M.next }).click();
    await wizard.getByRole('textbox', { name: M.folder }).fill('E:\\Replica');
    await wizard.getByRole('button', { name: M.next }).click();
    await expect(wizard.getByRole('alert')).toContainText(M.noSpace);
    await expect(wizard.getByRole('heading', { name: M.folderHeading })).toBeVisible();
    if (lang === 'fr') await shot(page, lang, '4-folder-no-space');
    await wizard.getByRole('button', { name: M.cancel, exact: true }).click();
    const g = await grid(page, lang, 'HV-2');
    await expect(g.getByRole('row', { name: 'Vm1', exact: true })).not.toContainText(M.moving);
    expect(problems).toEqual([]);
  });
}
