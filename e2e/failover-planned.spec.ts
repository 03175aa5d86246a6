import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './fixtures/lab';
import { advance, answer, expectBoth, expectNoLoss, LABELS, openLabFile, openPreset, replicationTab, reverseReplication, runPlanned, vmMenu, type Lang } from './fixtures/failover-ui';
import { blankWithReplicaServer } from './fixtures/replicaLabs';

/**
 * Planned Failover without "Reverse the replication direction": the primary stays "Prepared for planned
 * failover" and the replica "Failover Complete"; from there Cancel Failover (replica, then primary) goes
 * back, or Remove Recovery Points then Reverse Replication… goes on. And the reverse check failing when the
 * old primary is not a Replica server: the engine's message on the line, nothing changed.
 */

const REVERSE_REFUSED = {
  en: 'Hyper-V failed to authenticate the Replica server hv-1.formation.lan using Kerberos authentication.',
  fr: "Hyper-V n'a pas pu authentifier le serveur réplica hv-1.formation.lan à l'aide de l'authentification Kerberos.",
} as const;

/** Turns Vm1 off on HV-1 and runs Planned Failover… without reverse (the replica is started); zero loss. */
async function plannedWithoutReverse(page: Page, lang: Lang): Promise<void> {
  const L = LABELS[lang];
  await runPlanned(page, lang, 'HV-1', false, 'planned-no-reverse');
  await expectNoLoss(page, lang, 'planned-no-reverse-done');
  await expectBoth(page, lang, ['prepared', 'primary'], ['failedOver', 'replica']);
  await expect(await replicationTab(page, lang, 'HV-2')).toContainText(L.tabNoLoss);
  await expect(await replicationTab(page, lang, 'HV-1')).toContainText(L.state.prepared);
  await page.screenshot({ path: test.info().outputPath(`prepared-primary-${lang}.png`) });
}

for (const lang of ['en', 'fr'] as const) {
  const L = LABELS[lang];

  test(`${lang}: planned failover without reverse, then Cancel Failover on the replica and on the primary`, async ({ page }) => {
    const problems = watchConsole(page);
    await openPreset(page, lang, 'active-passive');
    await advance(page, '1h');
    await expectBoth(page, lang, ['replicating', 'primary'], ['replicating', 'replica']);
    await plannedWithoutReverse(page, lang);

    await vmMenu(page, lang, 'HV-2', 'Vm1', L.cancelFailover);
    await answer(page, L.yes);
    await expectBoth(page, lang, ['prepared', 'primary'], ['replicating', 'replica']);
    await expect(await replicationTab(page, lang, 'HV-2')).not.toContainText(L.tabNoLoss);
    await vmMenu(page, lang, 'HV-1', 'Vm1', L.cancelFailover);
    await answer(page, L.yes);
    await expectBoth(page, lang, ['replicating', 'primary'], ['replicating', 'replica']);
    expect(problems).toEqual([]);
  });

  test(`${lang}: planned failover without reverse, Remove Recovery Points, then Reverse Replication…`, async ({ page }) => {
    const problems = watchConsole(page);
    await openPreset(page, lang, 'active-passive');
    await advance(page, '1h');
    await plannedWithoutReverse(page, lang);

    await vmMenu(page, lang, 'HV-2', 'Vm1', L.removePoints);
    await answer(page, L.yes);
    await expectBoth(page, lang, ['prepared', 'primary'], ['failedOver', 'replica']);
    await reverseReplication(page, lang, false);
    // Both sides held the same data: replication resumes at once, no initial copy.
    await expectBoth(page, lang, ['replicating', 'replica'], ['replicating', 'primary']);
    await advance(page, '30m');
    await expectBoth(page, lang, ['replicating', 'replica'], ['replicating', 'primary']);
    await expect(await replicationTab(page, lang, 'HV-2')).toContainText(L.tabNoLoss);
    expect(problems).toEqual([]);
  });

  test(`${lang}: the reverse check fails when HV-1 is not a Replica server, and nothing changes`, async ({ page }) => {
    const problems = watchConsole(page);
    // `blank` with HV-2 set up as a Replica server and Vm1 replicated to it; HV-1 is no Replica server.
    const enable = { type: 'Enable-VMReplication', host: 'HV-1', vm: 'Vm1', replicaServerName: 'hv-2.formation.lan', replicaServerPort: 80, authenticationType: 'Kerberos', initialReplication: { method: 'Network' } } as const;
    await openLabFile(page, lang, blankWithReplicaServer([enable], 2 * 3_600_000));
    await expectBoth(page, lang, ['replicating', 'primary'], ['replicating', 'replica']);
    const dialog = await runPlanned(page, lang, 'HV-1', true, 'planned-reverse');
    await expect(dialog.getByRole('alert')).toContainText(REVERSE_REFUSED[lang]);
    await expect(dialog.getByRole('listitem').filter({ hasText: L.reverseCheck })).toContainText(L.failed);
    await expect(dialog.getByRole('listitem').filter({ hasText: L.notStarted })).toHaveCount(4);
    await page.screenshot({ path: test.info().outputPath(`reverse-check-failed-${lang}.png`) });
    await dialog.getByRole('button', { name: L.cancel, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expectBoth(page, lang, ['replicating', 'primary'], ['replicating', 'replica']);
    await expect(await replicationTab(page, lang, 'HV-2')).not.toContainText(L.tabNoLoss);
    expect(problems).toEqual([]);
  });
}
