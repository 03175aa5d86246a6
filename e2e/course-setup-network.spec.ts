import { expect, test } from '@playwright/test';
import { watchConsole } from './fixtures/lab';
import { advance, replicationTab } from './fixtures/failover-ui';
import {
  addHealthColumn,
  allowHttpListener,
  cell,
  configureReplicaServer,
  COURSE,
  finishEnable,
  openBlank,
  openEnableWizard,
  toConnectionPage,
  wizardHeading,
} from './fixtures/course-setup';

/**
 * The course's set-up chapter from `blank`, through the console only: HV-2 made a Replica server
 * (Kerberos HTTP 80, any authenticated server, storage folder), the firewall reminder, the wizard
 * refused until the HTTP listener rule is on, then Vm1 at 30 s with 4 hourly points over the network,
 * the initial copy's progress in Status, and Normal health on both hosts.
 */
for (const lang of ['en', 'fr'] as const) {
  const C = COURSE[lang];

  test(`${lang}: course set-up — Replica server, firewall rule, Vm1 at 30 s with 4 hourly points over the network to Normal on both hosts`, async ({ page }) => {
    const problems = watchConsole(page);
    await openBlank(page, lang);
    await addHealthColumn(page, lang);
    await configureReplicaServer(page, lang);

    // The listener rule is still off: Specify Connection Parameters cannot reach HV-2 on port 80.
    let wizard = await openEnableWizard(page, lang, 'Vm1');
    await toConnectionPage(wizard, lang);
    await wizard.getByRole('button', { name: C.next }).click();
    await expect(wizard.getByRole('alert')).toContainText(C.timedOut);
    await expect(wizardHeading(wizard)).toHaveText(C.pages[1]);
    await page.screenshot({ path: test.info().outputPath(`${lang}-course-3-firewall-error.png`) });
    await wizard.getByRole('button', { name: C.cancel }).click();
    await expect(wizard).toBeHidden();

    await allowHttpListener(page, lang);
    wizard = await openEnableWizard(page, lang, 'Vm1');
    await toConnectionPage(wizard, lang);
    await finishEnable(page, wizard, lang, 'Vm1', { courseSchedule: true, shots: 'course-4' });

    // The initial copy runs: its progress in HV-1's Status column, then Normal on both sides.
    await advance(page, '20s');
    await expect(await cell(page, lang, 'HV-1', 'Vm1', C.statusColumn)).toHaveText(C.sending);
    await page.screenshot({ path: test.info().outputPath(`${lang}-course-5-sending.png`) });
    await advance(page, '2h');
    await expect(await cell(page, lang, 'HV-1', 'Vm1', C.statusColumn)).toHaveText('');
    await expect(await cell(page, lang, 'HV-1', 'Vm1', C.healthColumn)).toHaveText(C.normal);
    await expect(await cell(page, lang, 'HV-2', 'Vm1', C.healthColumn)).toHaveText(C.normal);
    await page.screenshot({ path: test.info().outputPath(`${lang}-course-6-normal.png`) });
    const tab = await replicationTab(page, lang, 'HV-2');
    await expect(tab).toContainText(lang === 'en' ? /Replication Mode:\s*Replica/ : /Mode de réplication :\s*Réplica/);
    expect(problems).toEqual([]);
  });
}
