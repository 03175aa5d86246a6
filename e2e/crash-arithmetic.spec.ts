import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './fixtures/lab';
import { advance, answer, dataLost, expectHostDown, expectVm, grid, hostLabMenu, LABELS, openPreset, replicationTab, vmMenu, type Lang } from './fixtures/failover-ui';

/**
 * Issue 10, part 6, all through the console: `active-passive` keeps 4 hourly recovery points of Vm1, HV-1
 * loses power at 11:00 and the clock runs on to 12:30. Failover… on the replica offers no point made after
 * the crash (no 12:00), and failing over to the 11:00 point reports the writes lost with their window: from
 * the point's data time (the last log HV-1 closed before it died, before 11:00) to HV-1's last write (11:00).
 * The figures are those of the failover record in `replicaLab.state()`.
 */

const WINDOW = {
  en: { box: /written on the primary between (.+) and (.+)\./, lostWindow: 'Lost changes written:' },
  fr: { box: /écrites sur le principal entre (.+) et (.+)\./, lostWindow: 'Modifications perdues écrites :' },
} as const;

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

/** `hh:mm:ss` (UTC, as the console shows lab times) of simulated time `ms` in a lab starting at `startDate`. */
function clock(startDate: string, ms: number): string {
  return new Date(Date.parse(startDate) + ms).toISOString().slice(11, 19);
}

interface Record {
  dataTime: number;
  pointTime: number;
  primaryLastWriteTime: number;
  lostWrites: number;
  lostBytes: number;
}

async function failoverRecord(page: Page): Promise<{ record: Record; startDate: string }> {
  return page.evaluate(async () => {
    const state = await window.replicaLab.state();
    const replica = state.vms.find((v) => v.host === 'HV-2' && v.name === 'Vm1');
    const rel = state.relationships.find((r) => r.replicaVm === replica?.key);
    if (!rel?.failover) throw new Error('no failover record');
    return { record: rel.failover, startDate: state.startDate };
  });
}

for (const lang of ['en', 'fr'] as const) {
  const L = LABELS[lang];
  const W = WINDOW[lang];

  test(`${lang}: after HV-1 crashes at 11:00, Failover… offers no later point and counts the loss from the point's data`, async ({ page }) => {
    test.setTimeout(90_000);
    const problems = watchConsole(page);
    await openPreset(page, lang, 'active-passive');
    await keepRecoveryPoints(page, lang, 4);
    await advance(page, '3h'); // 11:00
    await hostLabMenu(page, lang, 'HV-1', L.crash);
    await answer(page, L.yes);
    await expectHostDown(page, lang, 'HV-1');
    // The crashed server offers none of its VM's actions.
    const actions = page.getByRole('region', { name: 'Actions' });
    await expect(actions.getByRole('group', { name: 'Vm1' })).toHaveCount(0);
    await advance(page, '90m'); // 12:30: the replica has had an hour with nothing to apply

    await vmMenu(page, lang, 'HV-2', 'Vm1', L.failover);
    const dialog = page.getByRole('dialog', { name: L.failoverDialog, exact: true });
    const options = dialog.getByLabel(L.point).locator('option');
    await expect(options).toHaveCount(4); // latest + 09:00, 10:00, 11:00
    const labels = await options.allTextContents();
    expect(labels.filter((o) => /(^|\D)12:\d\d:\d\d/.test(o))).toEqual([]);
    const eleven = labels.find((o) => /11:00:00/.test(o));
    if (!eleven) throw new Error(`no 11:00 point in ${labels.join(' | ')}`);
    await dialog.getByLabel(L.point).selectOption({ label: eleven });
    await page.screenshot({ path: test.info().outputPath(`crash-points-${lang}.png`) });
    await dialog.getByRole('button', { name: L.failOver }).click();

    const box = page.getByTestId('message-box');
    await expect(box).toContainText(L.done);
    await expect(box).toContainText(L.lost);
    const text = (await box.textContent()) ?? '';
    await page.screenshot({ path: test.info().outputPath(`crash-window-${lang}.png`) });
    const { record, startDate } = await failoverRecord(page);
    const loss = dataLost(text);
    expect(loss.writes).toBe(record.lostWrites);
    expect(loss.writes).toBeGreaterThan(0);
    expect(loss.megabytes).toBeCloseTo(record.lostBytes / (1024 * 1024), 1);
    const window = W.box.exec(text);
    if (!window) throw new Error(`no window in: ${text}`);
    const [, from = '', to = ''] = window;
    expect(record.dataTime).toBeLessThan(record.pointTime);
    expect(from).toContain(clock(startDate, record.dataTime));
    expect(from).not.toContain('11:00:00');
    expect(to).toContain(clock(startDate, record.primaryLastWriteTime));
    expect(to).toContain('11:00:00');
    await answer(page, L.close);

    await expectVm(page, lang, 'HV-2', 'failedOver', 'replica');
    const tab = await replicationTab(page, lang, 'HV-2');
    await expect(tab).toContainText(loss.figure);
    await expect(tab).toContainText(W.lostWindow);
    await expect(tab).toContainText(from);
    await expect(tab).toContainText(to);
    expect(problems).toEqual([]);
  });
}
