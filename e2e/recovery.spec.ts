import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { open, watchConsole } from './fixtures/lab';

const AUTOSAVE_KEY = 'replica-lab.autosave'; // src/store/persistence.ts

const L = {
  en: {
    title: 'The console stopped working',
    blank: 'Start the blank lab',
    lastGood: 'Reload the last good lab',
    download: 'Download the current lab file',
    details: 'Error details',
    noLastGood: 'No lab has been saved in this browser yet.',
  },
  fr: {
    title: 'La console a cessé de fonctionner',
    blank: 'Démarrer le laboratoire vierge',
    lastGood: 'Recharger le dernier laboratoire valide',
    download: 'Télécharger le fichier du laboratoire actuel',
    details: 'Détails de l’erreur',
    noLastGood: 'Aucun laboratoire n’a encore été enregistré dans ce navigateur.',
  },
} as const;

/** Console problems other than the render fault the test asked for (React reports what a boundary caught). */
function unexpected(problems: string[]): string[] {
  return problems.filter((p) => !p.includes('?fault=render test hook') && !p.includes('RecoveryBoundary'));
}

/** Saves the open lab as this browser's autosave (what the page does every 5 s). */
async function autosaveNow(page: Page): Promise<void> {
  await page.evaluate(async (key) => localStorage.setItem(key, JSON.stringify(await window.replicaLab.export())), AUTOSAVE_KEY);
}

for (const lang of ['en', 'fr'] as const) {
  const T = L[lang];

  test(`${lang}: a render fault shows the recovery screen; Start the blank lab brings the console back`, async ({ page }) => {
    const problems = watchConsole(page);
    await open(page, `?lab=active-passive&paused=1&lang=${lang}&fault=render`);
    const recovery = page.getByRole('alert', { name: T.title });
    await expect(recovery).toBeVisible();
    await expect(page.getByRole('tree')).toHaveCount(0);
    await expect(recovery.getByRole('button', { name: T.blank })).toBeEnabled();
    await expect(recovery.getByRole('button', { name: T.lastGood })).toBeDisabled();
    await expect(recovery.getByRole('button', { name: T.lastGood })).toHaveAccessibleDescription(T.noLastGood);
    await expect(recovery.getByRole('button', { name: T.download })).toBeEnabled();
    await expect(recovery.getByText('Render fault requested by the ?fault=render test hook.')).toBeHidden(); // collapsed
    await page.screenshot({ path: `/tmp/recovery-${lang}.png` });
    await recovery.getByText(T.details).click();
    await expect(recovery.getByText('Render fault requested by the ?fault=render test hook.')).toBeVisible();
    await page.screenshot({ path: `/tmp/recovery-${lang}-details.png` });

    await recovery.getByRole('button', { name: T.blank }).click();
    await expect(page.getByRole('treeitem', { name: 'HV-1' })).toBeVisible();
    await expect(page.getByRole('alert', { name: T.title })).toHaveCount(0);
    const state = await page.evaluate(() => window.replicaLab.state());
    expect(state.labId).toBe('blank');
    expect(unexpected(problems)).toEqual([]);
  });
}

test('en: Reload the last good lab opens the autosave; Download saves the current lab as .json', async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, '?lab=active-passive&paused=1&lang=en');
  await page.evaluate(() => window.replicaLab.advance('1h'));
  await autosaveNow(page);

  // Without ?lab= the page resumes the autosave; the fault then stops the console drawing it.
  await open(page, '?paused=1&lang=en&fault=render');
  const recovery = page.getByRole('alert', { name: L.en.title });
  await expect(recovery).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), recovery.getByRole('button', { name: L.en.download }).click()]);
  expect(download.suggestedFilename()).toBe('replica-lab-active-passive-20260302-090000.json');
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as { format: string; labId: string; now: number };
  expect(file).toMatchObject({ format: 'replica-lab', labId: 'active-passive', now: 3_600_000 });
  await expect(recovery.getByRole('status')).toContainText('replica-lab-active-passive-20260302-090000.json');

  await page.evaluate(() => window.replicaLab.load('blank')); // the lab behind the recovery screen changes…
  await recovery.getByRole('button', { name: L.en.lastGood }).click(); // …the last good one comes back
  await expect(page.getByRole('treeitem', { name: 'HV-2' })).toBeVisible();
  const state = await page.evaluate(() => window.replicaLab.state());
  expect(state.labId).toBe('active-passive');
  expect(await page.evaluate(() => window.replicaLab.now())).toBe('2026-03-02T09:00:00.000Z');
  expect(unexpected(problems)).toEqual([]);
});
