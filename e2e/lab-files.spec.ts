import { expect, test, type Page } from '@playwright/test';
import type {} from '../src/store/scripting'; // window.replicaLab typings
import { open, watchConsole } from './fixtures/lab';

/** Four damaged-but-parseable files that used to be accepted and blank the page. */
type Damage = 'startDate' | 'now' | 'state' | 'proto';

const TEXT = {
  en: {
    refused: (path: string, reason: string) => `The lab file was not opened: ${path} — ${reason}`,
    reasons: {
      startDate: ['startDate', 'The date is not valid.'],
      now: ['now', 'The value must be between 0 and 315360000000.'],
      state: ['vms.1.state', 'The value must be one of: Running, Off, Saved, Paused, Starting, Stopping.'],
      proto: ['hosts.0.name', "The name '__proto__' is reserved."],
    },
    autosaveNotJson:
      'The lab saved in this browser could not be opened: The file is not JSON text. The blank lab was opened instead; the saved lab is kept aside in this browser.',
    autosaveRefused: 'The lab saved in this browser could not be opened: startDate — The date is not valid.',
  },
  fr: {
    refused: (path: string, reason: string) => `Le fichier de laboratoire n’a pas été ouvert : ${path} — ${reason}`,
    reasons: {
      startDate: ['startDate', 'La date n’est pas valide.'],
      now: ['now', 'La valeur doit être comprise entre 0 et 315360000000.'],
      state: ['vms.1.state', 'La valeur doit être l’une des suivantes : Running, Off, Saved, Paused, Starting, Stopping.'],
      proto: ['hosts.0.name', 'Le nom « __proto__ » est réservé.'],
    },
    autosaveNotJson:
      'Le laboratoire enregistré dans ce navigateur n’a pas pu être ouvert : Le fichier n’est pas du texte JSON. Le laboratoire vierge a été ouvert à la place ; le laboratoire enregistré est conservé à part dans ce navigateur.',
    autosaveRefused: 'Le laboratoire enregistré dans ce navigateur n’a pas pu être ouvert : startDate — La date n’est pas valide.',
  },
} as const;

const DAMAGES: Damage[] = ['startDate', 'now', 'state', 'proto'];

/** The open lab's export with one damage applied (in the page, as a script would do it). */
async function damagedExport(page: Page, damage: Damage): Promise<unknown> {
  return page.evaluate(async (d) => {
    const file = (await window.replicaLab.export()) as unknown as {
      startDate: string;
      now: number;
      vms: { state: string }[];
      hosts: { name: string }[];
    };
    if (d === 'startDate') file.startDate = 'garbage';
    if (d === 'now') file.now = 1e308;
    if (d === 'state') (file.vms[1] as { state: string }).state = 'Exploded';
    if (d === 'proto') (file.hosts[0] as { name: string }).name = '__proto__';
    return file;
  }, damage);
}

for (const lang of ['en', 'fr'] as const) {
  test(`replicaLab.load refuses four damaged files with their first problem, changes nothing and says so (${lang})`, async ({ page }) => {
    const problems = watchConsole(page);
    await open(page, `?lab=active-passive&paused=1&lang=${lang}`);
    await page.evaluate(() => window.replicaLab.advance('1h'));
    const before = await page.evaluate(() => window.replicaLab.state());
    const alert = page.getByRole('alert');
    for (const damage of DAMAGES) {
      const file = await damagedExport(page, damage);
      const outcome = await page.evaluate(
        (f) =>
          window.replicaLab.load(f as Parameters<typeof window.replicaLab.load>[0]).then(
            () => 'accepted',
            (err: unknown) => (err instanceof Error ? err.message : String(err)),
          ),
        file,
      );
      const [path, reason] = TEXT[lang].reasons[damage];
      const expected = TEXT[lang].refused(path, reason);
      expect(outcome).toBe(expected);
      await expect(alert).toContainText(expected);
      // The running lab is untouched and still drawn: the tree shows its hosts.
      expect(await page.evaluate(() => window.replicaLab.state())).toEqual(before);
      await expect(page.getByRole('treeitem', { name: 'HV-1' })).toBeVisible();
      await expect(page.getByRole('treeitem', { name: 'HV-2' })).toBeVisible();
    }
    // The lab still runs.
    await page.evaluate(() => window.replicaLab.advance('30m'));
    expect((await page.evaluate(() => window.replicaLab.state())).now).toBe(before.now + 1_800_000);
    expect(problems).toEqual([]);
  });

  test(`an autosave that is not JSON opens blank with a notice and is kept aside (${lang})`, async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('replica-lab.autosave', '{"format":"replica-lab", cut here'));
    await open(page, `?paused=1&lang=${lang}`);
    await expect(page.getByRole('alert')).toContainText(TEXT[lang].autosaveNotJson);
    expect((await page.evaluate(() => window.replicaLab.state())).labId).toBe('blank');
    await expect(page.getByRole('treeitem', { name: 'HV-1' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('replica-lab.autosave.rejected'))).toBe('{"format":"replica-lab", cut here');
  });
}

test('an autosave the checks refuse opens blank with the first problem, in English and French, and is kept aside', async ({ page }) => {
  await open(page, '?lab=active-passive&paused=1&lang=en');
  const damaged = JSON.stringify(await damagedExport(page, 'startDate'));
  await page.addInitScript((text) => localStorage.setItem('replica-lab.autosave', text), damaged);
  for (const lang of ['en', 'fr'] as const) {
    await open(page, `?paused=1&lang=${lang}`);
    await expect(page.getByRole('alert')).toContainText(TEXT[lang].autosaveRefused);
    expect((await page.evaluate(() => window.replicaLab.state())).labId).toBe('blank');
    await expect(page.getByRole('treeitem', { name: 'HV-1' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('replica-lab.autosave.rejected'))).toBe(damaged);
  }
});
