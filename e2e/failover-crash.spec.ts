import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './fixtures/lab';
import { advance, answer, dataLost, expectBoth, expectHostDown, expectVm, grid, hostLabMenu, LABELS, openPreset, replicationTab, reverseReplication, runPlanned, expectNoLoss, vmMenu, type Lang } from './fixtures/failover-ui';

/**
 * Issue 5's crash scenario from `active-passive`, all through the console: HV-1 crashes → unplanned
 * failover to an older recovery point → Cancel Failover → failover to the latest point → Remove Recovery
 * Points → HV-1 back → Set as Replica → Reverse Replication… → initial copy by differences → Planned
 * Failover home with reverse. Each step checks Vm1's state on both hosts and the data lost.
 */

/** VM Settings ▸ Recovery Points on the primary: hourly recovery points kept for `hours` hours. */
async function keepRecoveryPoints(page: Page, lang: Lang, hours: number): Promise<void> {
  const L = LABELS[lang];
  await (await grid(page, lang, 'HV-1')).getByRole('row', { name: 'Vm1', exact: true }).click();
  await page.getByRole('region', { name: 'Actions' }).getByRole('button', { name: L.settings, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: L.settingsTitle('Vm1', 'HV-1') });
  await dialog.getByRole('treeitem', { name: L.recoveryPoints }).click();
  await dialog.getByLabel(L.hourly).check();
  await dialog.getByLabel(L.coverage).fill(String(hours));
  await dialog.getByRole('button', { name: L.ok, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Failover… on HV-2 at recovery point `point` (an option label; undefined = latest); returns the completion box text. */
async function failOver(page: Page, lang: Lang, shot: string, point?: string): Promise<string> {
  const L = LABELS[lang];
  await vmMenu(page, lang, 'HV-2', 'Vm1', L.failover);
  const dialog = page.getByRole('dialog', { name: L.failoverDialog, exact: true });
  if (point) await dialog.getByLabel(L.point).selectOption({ label: point });
  await page.screenshot({ path: test.info().outputPath(`${shot}-${lang}.png`) });
  await dialog.getByRole('button', { name: L.failOver }).click();
  const box = page.getByTestId('message-box');
  await expect(box).toContainText(L.done);
  await expect(box).toContainText(L.lost);
  const text = (await box.textContent()) ?? '';
  await page.screenshot({ path: test.info().outputPath(`${shot}-done-${lang}.png`) });
  await answer(page, L.close);
  return text;
}

for (const lang of ['en', 'fr'] as const) {
  const L = LABELS[lang];

  test(`${lang}: HV-1 crash, failover to an older point, cancel, latest, commit, HV-1 back, reverse, planned failover home`, async ({ page }) => {
    test.setTimeout(120_000);
    const problems = watchConsole(page);
    await openPreset(page, lang, 'active-passive');
    await keepRecoveryPoints(page, lang, 4);
    await advance(page, '3h');
    await advance(page, '200s');
    await expectBoth(page, lang, ['replicating', 'primary'], ['replicating', 'replica']);

    await hostLabMenu(page, lang, 'HV-1', L.crash);
    await answer(page, L.yes);
    await expectHostDown(page, lang, 'HV-1');
    await expectVm(page, lang, 'HV-2', 'replicating', 'replica');

    // The oldest point (last option, newest first) loses more than the latest one.
    await vmMenu(page, lang, 'HV-2', 'Vm1', L.failover);
    const dialog = page.getByRole('dialog', { name: L.failoverDialog, exact: true });
    const options = dialog.getByLabel(L.point).locator('option');
    await expect(options).toHaveCount(4); // latest + three hourly points
    const oldest = (await options.last().textContent()) ?? '';
    await dialog.getByRole('button', { name: L.cancel, exact: true }).click();
    const older = await failOver(page, lang, 'failover-oldest', oldest);
    // The lost changes start at the newest data the point holds (the last log applied before it was made),
    // not at the time the point was made.
    expect(older).not.toContain(oldest);
    const olderLoss = dataLost(older);
    await expectVm(page, lang, 'HV-2', 'failedOver', 'replica');
    let tab = await replicationTab(page, lang, 'HV-2');
    await expect(tab).toContainText(olderLoss.figure);

    await vmMenu(page, lang, 'HV-2', 'Vm1', L.cancelFailover);
    await answer(page, L.yes);
    await expectHostDown(page, lang, 'HV-1');
    await expectVm(page, lang, 'HV-2', 'replicating', 'replica');
    await expect(await replicationTab(page, lang, 'HV-2')).not.toContainText(L.tabLost);

    const latest = await failOver(page, lang, 'failover-latest');
    const latestLoss = dataLost(latest);
    expect(latest).not.toContain(oldest);
    expect(latestLoss.writes).toBeGreaterThan(0);
    expect(latestLoss.writes).toBeLessThan(olderLoss.writes);
    expect(latestLoss.megabytes).toBeLessThan(olderLoss.megabytes);

    await vmMenu(page, lang, 'HV-2', 'Vm1', L.removePoints);
    await answer(page, L.yes);
    await expectVm(page, lang, 'HV-2', 'failedOver', 'replica');
    tab = await replicationTab(page, lang, 'HV-2');
    await expect(tab).toContainText(latestLoss.figure);

    await expectHostDown(page, lang, 'HV-1');
    // HV-1 back: its Vm1 still believes it is the primary until it is made a replica.
    await hostLabMenu(page, lang, 'HV-1', L.powerOn);
    await advance(page, '10m'); // its next replication cycle finds the replica failed over
    await expectBoth(page, lang, ['error', 'primary'], ['failedOver', 'replica']);
    await vmMenu(page, lang, 'HV-1', 'Vm1', L.setAsReplica);
    await answer(page, L.yes);
    await expectBoth(page, lang, ['pending', 'replica'], ['failedOver', 'replica']);

    // The wizard asks for the initial copy (the old primary's disks: by differences) and Finish starts it.
    await reverseReplication(page, lang, true);
    await expectBoth(page, lang, ['pending', 'replica'], ['inProgress', 'primary']);
    await advance(page, '2h');
    await expectBoth(page, lang, ['replicating', 'replica'], ['replicating', 'primary']);

    // Home again, planned: nothing lost, the original direction back.
    await runPlanned(page, lang, 'HV-2', true, 'planned-home');
    await expectNoLoss(page, lang, 'planned-home-done');
    await expectBoth(page, lang, ['replicating', 'primary'], ['replicating', 'replica']);
    await expect(await replicationTab(page, lang, 'HV-1')).toContainText(L.tabNoLoss);
    expect(problems).toEqual([]);
  });
}
