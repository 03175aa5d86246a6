import { expect, test } from '@playwright/test';
import { watchConsole } from './fixtures/lab';
import { advance, grid, vmMenu } from './fixtures/failover-ui';
import { addHealthColumn, cell, COURSE, enableReplication, openBlank, setUpReceivingServer } from './fixtures/course-setup';

/**
 * The course's existing-VM route (« Utiliser un ordinateur existant comme copie initiale »): export Vm3 on
 * HV-1, import it on HV-2 keeping its unique ID, then enable replication with the existing VM — nothing is
 * removed on the way, and Vm3 ends Normal on both servers.
 */
const T = {
  en: {
    export: 'Export…',
    exportDialog: 'Export Virtual Machine',
    location: 'Location:',
    exportButton: 'Export',
    import: 'Import Virtual Machine…',
    importWizard: 'Import Virtual Machine',
    folder: 'Folder:',
    register: 'Register the virtual machine in-place (use the existing unique ID)',
  },
  fr: {
    export: 'Exporter…',
    exportDialog: 'Exporter l’ordinateur virtuel',
    location: 'Emplacement :',
    exportButton: 'Exporter',
    import: 'Importer un ordinateur virtuel…',
    importWizard: 'Importer un ordinateur virtuel',
    folder: 'Dossier :',
    register: 'Inscrire l’ordinateur virtuel sur place (utiliser l’ID unique existant)',
  },
} as const;

for (const lang of ['en', 'fr'] as const) {
  const C = COURSE[lang];
  const L = T[lang];

  test(`${lang}: export Vm3 on HV-1, import it on HV-2 in place, then enable replication from the existing VM — Normal`, async ({ page }) => {
    const problems = watchConsole(page);
    await openBlank(page, lang);
    await addHealthColumn(page, lang);
    await setUpReceivingServer(page, lang);

    await vmMenu(page, lang, 'HV-1', 'Vm3', L.export, false);
    const exportDialog = page.getByRole('dialog', { name: L.exportDialog });
    await exportDialog.getByLabel(L.location).fill('C:\\Exports');
    await exportDialog.getByRole('button', { name: L.exportButton, exact: true }).click();
    await expect(exportDialog).toBeHidden();

    await page.getByRole('tree').getByRole('treeitem', { name: 'HV-2' }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: L.import, exact: true }).click();
    const wizard = page.getByRole('dialog', { name: L.importWizard });
    const next = wizard.getByRole('button', { name: C.next });
    await next.click(); // Before You Begin
    await wizard.getByLabel(L.folder).fill('C:\\Exports\\Vm3');
    await next.click();
    await expect(wizard.getByRole('table')).toContainText('Vm3');
    await next.click();
    await wizard.getByLabel(L.register).check();
    await page.screenshot({ path: test.info().outputPath(`${lang}-import-type.png`) });
    await next.click();
    await page.screenshot({ path: test.info().outputPath(`${lang}-import-summary.png`) });
    await wizard.getByRole('button', { name: C.finish }).click();
    await expect(wizard).toBeHidden();
    await expect((await grid(page, lang, 'HV-2')).getByRole('row', { name: 'Vm3', exact: true })).toBeVisible();

    await enableReplication(page, lang, 'Vm3', { method: (w) => w.getByLabel(C.existing).check() });
    await advance(page, '10m');
    await expect(await cell(page, lang, 'HV-1', 'Vm3', C.healthColumn)).toHaveText(C.normal);
    await expect(await cell(page, lang, 'HV-2', 'Vm3', C.healthColumn)).toHaveText(C.normal);
    expect(problems).toEqual([]);
  });
}
