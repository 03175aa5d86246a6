import { expect, test, type Locator } from '@playwright/test';
import { watchConsole } from './fixtures/lab';
import { advance, grid, vmMenu } from './fixtures/failover-ui';
import { addHealthColumn, cell, COURSE, enableReplication, openBlank, removeReplication, setUpReceivingServer } from './fixtures/course-setup';

/**
 * The course's two other initial-copy methods (« à travers un média externe », « à partir d'une
 * sauvegarde réalisée sur une machine virtuelle »), each from HV-2 set up through the console as the
 * set-up chapter does it: Vm2 by external media then Import Initial Replica…, Vm3 from a copy kept on HV-2.
 */
for (const lang of ['en', 'fr'] as const) {
  const C = COURSE[lang];

  test(`${lang}: course set-up — Vm2 by external media: export progress in Status, placeholder Warning, Import Initial Replica…, Normal`, async ({ page }) => {
    const problems = watchConsole(page);
    await openBlank(page, lang);
    await addHealthColumn(page, lang);
    await setUpReceivingServer(page, lang);
    await enableReplication(page, lang, 'Vm2', {
      shots: 'media',
      method: async (wizard: Locator) => {
        await wizard.getByLabel(C.media).check();
        await wizard.getByLabel(C.mediaPath).fill('C:\\Export');
      },
    });

    await advance(page, '30s');
    await expect(await cell(page, lang, 'HV-1', 'Vm2', C.statusColumn)).toHaveText(C.exporting);
    await page.screenshot({ path: test.info().outputPath(`${lang}-media-exporting.png`) });
    await advance(page, '1h');
    await expect(await cell(page, lang, 'HV-1', 'Vm2', C.statusColumn)).toHaveText('');
    await expect(await cell(page, lang, 'HV-2', 'Vm2', C.healthColumn)).toHaveText(C.warning);

    await vmMenu(page, lang, 'HV-2', 'Vm2', C.importItem);
    const dialog = page.getByRole('dialog', { name: C.importDialog('Vm2') });
    await expect(dialog.getByRole('textbox')).toHaveValue(/^C:\\Export\\Vm2_/);
    await dialog.getByRole('button', { name: C.complete }).click();
    await expect(dialog).toBeHidden();
    await advance(page, '5s');
    await expect(await cell(page, lang, 'HV-2', 'Vm2', C.statusColumn)).toHaveText(C.importing);
    await page.screenshot({ path: test.info().outputPath(`${lang}-media-importing.png`) });
    await advance(page, '1h');
    await expect(await cell(page, lang, 'HV-2', 'Vm2', C.statusColumn)).toHaveText('');
    await expect(await cell(page, lang, 'HV-2', 'Vm2', C.healthColumn)).toHaveText(C.normal);
    await expect(await cell(page, lang, 'HV-1', 'Vm2', C.healthColumn)).toHaveText(C.normal);
    expect(problems).toEqual([]);
  });

  test(`${lang}: course set-up — Vm3 from an existing VM on HV-2 (the copy kept after Remove Replication), Normal`, async ({ page }) => {
    const problems = watchConsole(page);
    await openBlank(page, lang);
    await addHealthColumn(page, lang);
    await setUpReceivingServer(page, lang);
    // A copy of Vm3 on HV-2: a first replication over the network, removed on both sides (HV-2 keeps the VM).
    await enableReplication(page, lang, 'Vm3');
    await advance(page, '2h');
    await expect(await cell(page, lang, 'HV-2', 'Vm3', C.healthColumn)).toHaveText(C.normal);
    await removeReplication(page, lang, 'HV-1', 'Vm3');
    await removeReplication(page, lang, 'HV-2', 'Vm3');
    await expect(await cell(page, lang, 'HV-2', 'Vm3', C.healthColumn)).toHaveText('');
    await expect((await grid(page, lang, 'HV-2')).getByRole('row', { name: 'Vm3', exact: true })).toBeVisible();

    await enableReplication(page, lang, 'Vm3', { shots: 'existing', method: (wizard: Locator) => wizard.getByLabel(C.existing).check() });
    await advance(page, '10m');
    await expect(await cell(page, lang, 'HV-1', 'Vm3', C.healthColumn)).toHaveText(C.normal);
    await expect(await cell(page, lang, 'HV-2', 'Vm3', C.healthColumn)).toHaveText(C.normal);
    expect(problems).toEqual([]);
  });
}
