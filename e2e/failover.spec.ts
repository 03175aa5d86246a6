import { expect, test } from '@playwright/test';
import { watchConsole } from './fixtures/lab';
import { advance, answer, expectBoth, expectHostDown, expectVm, grid, expectNoLoss, hostLabMenu, LABELS, openPreset, replicationTab, runPlanned, vmMenu } from './fixtures/failover-ui';


for (const lang of ['en', 'fr'] as const) {
  const L = LABELS[lang];

  test(`${lang}: test failover and stop; crash, unplanned failover with its data loss, cancel, fail over again, remove recovery points`, async ({ page }) => {
    const problems = watchConsole(page);
    await openPreset(page, lang, 'active-passive');
    await advance(page, '1h');

    await vmMenu(page, lang, 'HV-2', 'Vm1', L.testFailover);
    const testDialog = page.getByRole('dialog', { name: L.testDialog });
    await expect(testDialog.getByRole('combobox')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`test-failover-${lang}.png`) });
    await testDialog.getByRole('button', { name: L.testDialog, exact: true }).click();
    const hv2 = await grid(page, lang, 'HV-2');
    await expect(hv2.getByRole('row', { name: 'Vm1 - Test' })).toBeVisible();
    // A test failover changes neither side: replication goes on.
    await expectBoth(page, lang, ['replicating', 'primary'], ['replicating', 'replica']);
    await vmMenu(page, lang, 'HV-2', 'Vm1', L.stopTest);
    await answer(page, L.yes);
    await expect(hv2.getByRole('row', { name: 'Vm1 - Test' })).toHaveCount(0);

    await advance(page, '200s');
    await hostLabMenu(page, lang, 'HV-1', L.crash);
    await answer(page, L.yes);
    await expectHostDown(page, lang, 'HV-1');

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

    await expectVm(page, lang, 'HV-2', 'failedOver', 'replica');
    let tab = await replicationTab(page, lang, 'HV-2');
    await expect(tab).toContainText(L.state.failedOver);
    await expect(tab).toContainText(L.tabLost);
    await page.screenshot({ path: test.info().outputPath(`replication-tab-${lang}.png`) });

    await vmMenu(page, lang, 'HV-2', 'Vm1', L.cancelFailover);
    await answer(page, L.yes);
    await expectVm(page, lang, 'HV-2', 'replicating', 'replica');
    tab = await replicationTab(page, lang, 'HV-2');
    await expect(tab).toContainText(L.state.replicating);
    await expect(tab).not.toContainText(L.tabLost);

    await vmMenu(page, lang, 'HV-2', 'Vm1', L.failover);
    await page.getByRole('dialog', { name: L.failoverDialog, exact: true }).getByRole('button', { name: L.failOver }).click();
    await answer(page, L.close);
    await vmMenu(page, lang, 'HV-2', 'Vm1', L.removePoints);
    await answer(page, L.yes);
    await expectVm(page, lang, 'HV-2', 'failedOver', 'replica');
    tab = await replicationTab(page, lang, 'HV-2');
    await expect(tab).toContainText(L.state.failedOver);
    await expect(tab).toContainText(L.tabLost);
    expect(problems).toEqual([]);
  });

  test(`${lang}: planned failover with reverse swaps the roles with zero data loss`, async ({ page }) => {
    const problems = watchConsole(page);
    await openPreset(page, lang, 'active-passive');
    await advance(page, '1h');
    await expectBoth(page, lang, ['replicating', 'primary'], ['replicating', 'replica']);
    await runPlanned(page, lang, 'HV-1', true, 'planned');
    await expectNoLoss(page, lang, 'planned-done');
    await expectBoth(page, lang, ['replicating', 'replica'], ['replicating', 'primary']);
    await expect(await replicationTab(page, lang, 'HV-2')).toContainText(L.tabNoLoss);
    expect(problems).toEqual([]);
  });
}
