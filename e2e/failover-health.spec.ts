import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './fixtures/lab';
import { advance, LABELS, openPreset, vmMenu, type Lang } from './fixtures/failover-ui';

/** Replication Health for "Vm1" on the primary and on the replica of `active-passive`, in EN and FR. */

const HEALTH = {
  en: {
    refresh: 'Refresh',
    cycles: /Successful replication cycles:\s*(\d+) out of (\d+) \(100%\)/,
    primaryOnly: 'Size of data yet to be replicated:',
    testStatus: /Test failover status:\s*Not Running/,
    normal: /Replication Health:\s*Normal/,
  },
  fr: {
    refresh: 'Actualiser',
    cycles: /Cycles de réplication réussis :\s*(\d+) sur (\d+) \(100 %\)/,
    primaryOnly: 'Taille des données restant à répliquer :',
    testStatus: /État du test de basculement :\s*Arrêté/,
    normal: /Intégrité de la réplication :\s*Normal/,
  },
} as const;

/** Opens View Replication Health… for Vm1 on `host`; returns the dialog. */
async function openHealth(page: Page, lang: Lang, host: string) {
  await vmMenu(page, lang, host, 'Vm1', LABELS[lang].healthItem);
  const dialog = page.getByRole('dialog', { name: LABELS[lang].healthTitle });
  await expect(dialog).toBeVisible();
  return dialog;
}

for (const lang of ['en', 'fr'] as const) {
  const L = LABELS[lang];
  const H = HEALTH[lang];

  test(`${lang}: Replication Health on the primary counts the cycles and Refresh moves the window; the replica shows its test failover status`, async ({ page }) => {
    const problems = watchConsole(page);
    await openPreset(page, lang, 'active-passive');
    await advance(page, '2h'); // the statistics interval starts when the preset's initial copy ends (1 h)

    const primary = await openHealth(page, lang, 'HV-1');
    await expect(primary).toContainText(L.state.replicating);
    await expect(primary).toContainText(H.normal);
    await expect(primary).toContainText('hv-1.formation.lan');
    await expect(primary).toContainText('hv-2.formation.lan');
    await expect(primary).toContainText(H.primaryOnly);
    await expect(primary).toContainText(H.cycles);
    const before = Number(H.cycles.exec((await primary.textContent()) ?? '')?.[1]);
    await page.screenshot({ path: test.info().outputPath(`health-primary-${lang}.png`) });
    await advance(page, '30m');
    await primary.getByRole('button', { name: H.refresh }).click();
    await expect.poll(async () => Number(H.cycles.exec((await primary.textContent()) ?? '')?.[1])).toBeGreaterThan(before);
    await primary.getByRole('button', { name: L.close, exact: true }).click();
    await expect(primary).toBeHidden();

    const replica = await openHealth(page, lang, 'HV-2');
    await expect(replica).toContainText(L.mode.replica);
    await expect(replica).toContainText(H.testStatus);
    await expect(replica).not.toContainText(H.primaryOnly);
    await page.screenshot({ path: test.info().outputPath(`health-replica-${lang}.png`) });
    await replica.getByRole('button', { name: L.close, exact: true }).click();
    await expect(replica).toBeHidden();
    expect(problems).toEqual([]);
  });
}
