import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchConsole } from './fixtures/lab';
import { activePassive, blankWithReplicaServer, branchOfficeWithVm3, openWithLab } from './fixtures/replicaLabs';

/** The labels under test, as the wizard shows them in each language. */
const LABELS = {
  en: {
    grid: (host: string) => `Virtual Machines on ${host}`,
    enable: 'Enable Replication…',
    wizard: (vm: string) => `Enable Replication for ${vm}`,
    next: 'Next >',
    finish: 'Finish',
    cancel: 'Cancel',
    server: 'Replica server:',
    frequency: 'Choose the frequency at which changes will be sent to the Replica Server',
    thirty: '30 seconds',
    additional: 'Create additional hourly recovery points',
    coverage: 'Coverage provided by additional recovery points (in hours):',
    network: 'Send initial copy over the network',
    selectCertificate: 'Select Certificate...',
    pages: ['Specify Replica Server', 'Specify Connection Parameters', 'Choose Replication VHDs', 'Configure Replication Frequency', 'Configure Additional Recovery Points', 'Choose Initial Replication Method'],
    completing: 'Completing the Enable Replication wizard',
    box: 'Enable Replication',
    success: 'Replication enabled successfully',
    close: 'Close',
    sending: /Sending Initial Replica \(\d+%\)/,
    tab: 'Replication',
    health: /Replication Health:\s*Normal/,
    inProgress: /Replication State:\s*Initial replication in progress/,
    mode: /Replication Mode:\s*Replica/,
    unresolved: "The computer 'HV-9' could not be resolved.",
    notReplicaServer: '(0x80090303)',
    timedOut: 'due to connection timed out',
    notAuthorized: 'Unable to find an authorization entry',
    kerberos: '(0x00002EFE)',
    expired: 'has expired',
    replication: 'Replication',
    extend: 'Extend Replication…',
    extendWizard: 'Extend Replication for Vm1',
    extendPages: ['Specify Replica Server', 'Specify Connection Parameters', 'Configure Replication Frequency', 'Configure Additional Recovery Points', 'Choose Initial Replication Method', 'Completing the Extend Replication wizard'],
    extendBox: 'Extend Replication',
    fiveMinutes: '5 minutes',
    fifteenMinutes: '15 minutes',
    reverse: 'Reverse Replication…',
    reverseWizard: 'Reverse Replication Wizard for Vm1',
    reversePages: ['Specify Replica Server', 'Specify Connection Parameters', 'Configure Replication Frequency', 'Configure Additional Recovery Points', 'Completing the Reverse Replication wizard'],
    reverseBox: 'Reverse Replication',
    reverseCopyPages: ['Specify Replica Server', 'Specify Connection Parameters', 'Configure Replication Frequency', 'Configure Additional Recovery Points', 'Choose Initial Replication Method', 'Completing the Reverse Replication wizard'],
    existing: 'Use an existing virtual machine on the Replica server as the initial copy.',
    initialRow: /Using an existing virtual machine, start immediately/,
    extendedGroup: 'Extended Replication',
    primaryMode: /Replication Mode:\s*Primary/,
  },
  fr: {
    grid: (host: string) => `Ordinateurs virtuels sur ${host}`,
    enable: 'Activer la réplication…',
    wizard: (vm: string) => `Activer la réplication pour ${vm}`,
    next: 'Suivant >',
    finish: 'Terminer',
    cancel: 'Annuler',
    server: 'Serveur réplica :',
    frequency: 'Choisissez la fréquence à laquelle les modifications seront envoyées au serveur réplica',
    thirty: '30 secondes',
    additional: 'Créer des points de récupération horaires supplémentaires',
    coverage: 'Couverture fournie par les points de récupération supplémentaires (en heures) :',
    network: 'Envoyer la copie initiale sur le réseau',
    selectCertificate: 'Sélectionner un certificat...',
    pages: [
      'Spécifier le serveur réplica', 'Spécifier les paramètres de connexion', 'Choisir les disques durs virtuels de réplication',
      'Configurer la fréquence de réplication', 'Configurer des points de récupération supplémentaires', 'Choisir la méthode de réplication initiale',
    ],
    completing: 'Fin de l’Assistant Activation de la réplication',
    box: 'Activer la réplication',
    success: 'Réplication activée',
    close: 'Fermer',
    sending: /Envoi du réplica initial \(\d+ %\)/,
    tab: 'Réplication',
    health: /Intégrité de la réplication :\s*Normal/,
    inProgress: /État de la réplication :\s*Réplication initiale en cours/,
    mode: /Mode de réplication :\s*Réplica/,
    unresolved: "Impossible de résoudre l'ordinateur 'HV-9'.",
    notReplicaServer: '(0x80090303)',
    timedOut: 'le délai de connexion a expiré',
    notAuthorized: "Aucune entrée d'autorisation",
    kerberos: '(0x00002EFE)',
    expired: 'a expiré',
    replication: 'Réplication',
    extend: 'Étendre la réplication…',
    extendWizard: 'Étendre la réplication pour Vm1',
    extendPages: [
      'Spécifier le serveur réplica', 'Spécifier les paramètres de connexion', 'Configurer la fréquence de réplication',
      'Configurer des points de récupération supplémentaires', 'Choisir la méthode de réplication initiale', 'Fin de l’Assistant Extension de la réplication',
    ],
    extendBox: 'Étendre la réplication',
    fiveMinutes: '5 minutes',
    fifteenMinutes: '15 minutes',
    reverse: 'Inverser la réplication…',
    reverseWizard: 'Assistant Inverser la réplication pour Vm1',
    reversePages: [
      'Spécifier le serveur réplica', 'Spécifier les paramètres de connexion', 'Configurer la fréquence de réplication',
      'Configurer des points de récupération supplémentaires', 'Fin de l’Assistant Inversion de la réplication',
    ],
    reverseBox: 'Inverser la réplication',
    reverseCopyPages: [
      'Spécifier le serveur réplica', 'Spécifier les paramètres de connexion', 'Configurer la fréquence de réplication',
      'Configurer des points de récupération supplémentaires', 'Choisir la méthode de réplication initiale', 'Fin de l’Assistant Inversion de la réplication',
    ],
    existing: 'Utiliser un ordinateur virtuel existant sur le serveur de réplication comme copie initiale.',
    initialRow: /ordinateur virtuel existant, démarrer immédiatement/,
    extendedGroup: 'Réplication étendue',
    primaryMode: /Mode de réplication :\s*Principal/,
  },
} as const;

type Lang = keyof typeof LABELS;

async function grid(page: Page, lang: Lang, host: string): Promise<Locator> {
  await page.getByRole('tree').getByRole('treeitem', { name: host }).click();
  const g = page.getByRole('grid', { name: LABELS[lang].grid(host) });
  await expect(g).toBeVisible();
  return g;
}

/** Right-click ▸ Enable Replication… on `vm` of HV-1; returns the wizard. */
async function openWizard(page: Page, lang: Lang, vm: string): Promise<Locator> {
  const g = await grid(page, lang, 'HV-1');
  await g.getByRole('row', { name: vm }).click({ button: 'right' });
  await page.getByRole('menu', { name: vm }).getByRole('menuitem', { name: LABELS[lang].enable }).click();
  const wizard = page.getByRole('dialog', { name: LABELS[lang].wizard(vm) });
  await expect(wizard).toBeVisible();
  return wizard;
}

const heading = (wizard: Locator) => wizard.locator('.wizard__heading');

async function next(wizard: Locator, lang: Lang, expected: string) {
  await wizard.getByRole('button', { name: LABELS[lang].next }).click();
  await expect(heading(wizard)).toHaveText(expected);
}

async function toServerPage(wizard: Locator, lang: Lang, server: string) {
  await next(wizard, lang, LABELS[lang].pages[0]);
  await wizard.getByLabel(LABELS[lang].server).fill(server);
}

/** The error shows on `page` of the wizard; Cancel leaves no relationship (HV-2 holds no replica of `vm`). */
async function expectErrorOn(page: Page, wizard: Locator, lang: Lang, pageTitle: string, text: string, vm = 'Vm1') {
  await expect(wizard.getByRole('alert')).toContainText(text);
  await expect(heading(wizard)).toHaveText(pageTitle);
  await wizard.getByRole('button', { name: LABELS[lang].cancel }).click();
  await expect(wizard).toBeHidden();
  const g = await grid(page, lang, 'HV-2');
  await expect(g.getByRole('row', { name: vm, exact: true })).toHaveCount(0);
}

for (const lang of ['en', 'fr'] as const) {
  const L = LABELS[lang];

  test(`${lang}: enable Vm1 at 30 s with 4 hourly recovery points over the network, then both sides are Normal`, async ({ page }) => {
    const problems = watchConsole(page);
    await openWithLab(page, lang, blankWithReplicaServer());
    const wizard = await openWizard(page, lang, 'Vm1');
    await page.screenshot({ path: test.info().outputPath(`${lang}-1-before.png`) });
    await toServerPage(wizard, lang, 'HV-2');
    await next(wizard, lang, L.pages[1]);
    await expect(wizard.getByRole('textbox').nth(1)).toHaveValue('80');
    await page.screenshot({ path: test.info().outputPath(`${lang}-2-connection.png`) });
    await next(wizard, lang, L.pages[2]);
    await page.screenshot({ path: test.info().outputPath(`${lang}-3-vhds.png`) });
    await next(wizard, lang, L.pages[3]);
    await wizard.getByLabel(L.frequency).selectOption({ label: L.thirty });
    await next(wizard, lang, L.pages[4]);
    await wizard.getByLabel(L.additional).check();
    await wizard.getByLabel(L.coverage).fill('4');
    await page.screenshot({ path: test.info().outputPath(`${lang}-4-points.png`) });
    await next(wizard, lang, L.pages[5]);
    await expect(wizard.getByLabel(L.network)).toBeChecked();
    await page.screenshot({ path: test.info().outputPath(`${lang}-5-initial.png`) });
    await next(wizard, lang, L.completing);
    await expect(wizard.getByRole('row').filter({ hasText: L.thirty })).toHaveCount(1);
    await page.screenshot({ path: test.info().outputPath(`${lang}-6-summary.png`) });
    await wizard.getByRole('button', { name: L.finish }).click();

    const box = page.getByRole('alertdialog', { name: L.box });
    await expect(box).toContainText(L.success);
    await expect(box).toContainText('hv-2.formation.lan');
    await page.screenshot({ path: test.info().outputPath(`${lang}-7-success.png`) });
    await box.getByRole('button', { name: L.close }).click();

    const hv1 = await grid(page, lang, 'HV-1');
    await page.evaluate(() => window.replicaLab.advance('20s'));
    await expect(hv1.getByRole('row', { name: 'Vm1' })).toContainText(L.sending);
    await hv1.getByRole('row', { name: 'Vm1' }).click();
    await page.getByRole('tab', { name: L.tab }).click();
    await expect(page.getByRole('tabpanel', { name: L.tab })).toContainText(L.inProgress);

    await page.evaluate(() => window.replicaLab.advance('2h'));
    await expect(page.getByRole('tabpanel', { name: L.tab })).toContainText(L.health);
    const hv2 = await grid(page, lang, 'HV-2');
    await hv2.getByRole('row', { name: 'Vm1' }).click();
    await page.getByRole('tab', { name: L.tab }).click();
    const replicaTab = page.getByRole('tabpanel', { name: L.tab });
    await expect(replicaTab).toContainText(L.mode);
    await expect(replicaTab).toContainText(L.health);
    expect(problems).toEqual([]);
  });

  test(`${lang}: Specify Replica Server refuses an unknown name and a host that is not a Replica server`, async ({ page }) => {
    await openWithLab(page, lang, blankWithReplicaServer());
    let wizard = await openWizard(page, lang, 'Vm1');
    await toServerPage(wizard, lang, 'HV-9');
    await wizard.getByRole('button', { name: L.next }).click();
    await page.screenshot({ path: test.info().outputPath(`${lang}-error-server.png`) });
    await expectErrorOn(page, wizard, lang, L.pages[0], L.unresolved);

    await page.evaluate(() => window.replicaLab.load('blank'));
    wizard = await openWizard(page, lang, 'Vm1');
    await toServerPage(wizard, lang, 'HV-2');
    await wizard.getByRole('button', { name: L.next }).click();
    await expectErrorOn(page, wizard, lang, L.pages[0], L.notReplicaServer);
  });

  test(`${lang}: Specify Connection Parameters refuses a blocked listener and an unauthorised primary`, async ({ page }) => {
    await openWithLab(page, lang, blankWithReplicaServer([{ type: 'Set-NetFirewallRule', host: 'HV-2', rule: 'HTTP', enabled: false }]));
    let wizard = await openWizard(page, lang, 'Vm1');
    await toServerPage(wizard, lang, 'HV-2');
    await next(wizard, lang, L.pages[1]);
    await wizard.getByRole('button', { name: L.next }).click();
    await page.screenshot({ path: test.info().outputPath(`${lang}-error-firewall.png`) });
    await expectErrorOn(page, wizard, lang, L.pages[1], L.timedOut);

    await page.evaluate(
      (lab) => window.replicaLab.load(lab as Parameters<typeof window.replicaLab.load>[0]),
      blankWithReplicaServer([{ type: 'Set-VMReplicationServer', host: 'HV-2', allowAnyServer: false }]),
    );
    wizard = await openWizard(page, lang, 'Vm1');
    await toServerPage(wizard, lang, 'HV-2');
    await next(wizard, lang, L.pages[1]);
    await wizard.getByRole('button', { name: L.next }).click();
    await expectErrorOn(page, wizard, lang, L.pages[1], L.notAuthorized);
  });

  test(`${lang}: workgroup hosts: Kerberos fails, and an expired certificate is refused`, async ({ page }) => {
    await openWithLab(page, lang, branchOfficeWithVm3({ kerberosOnHv2: true }));
    let wizard = await openWizard(page, lang, 'Vm3');
    await toServerPage(wizard, lang, 'HV-2');
    await next(wizard, lang, L.pages[1]);
    await wizard.getByRole('button', { name: L.next }).click();
    await expectErrorOn(page, wizard, lang, L.pages[1], L.kerberos, 'Vm3');

    await page.evaluate((lab) => window.replicaLab.load(lab as Parameters<typeof window.replicaLab.load>[0]), branchOfficeWithVm3());
    wizard = await openWizard(page, lang, 'Vm3');
    await toServerPage(wizard, lang, 'HV-2');
    await next(wizard, lang, L.pages[1]);
    await expect(wizard.getByRole('textbox').nth(1)).toHaveValue('443');
    await wizard.getByRole('button', { name: L.selectCertificate }).click();
    await wizard.getByRole('option', { name: /EEEEEEEE/ }).click();
    await page.screenshot({ path: test.info().outputPath(`${lang}-error-certificate-pick.png`) });
    await wizard.getByRole('button', { name: L.next }).click();
    await page.screenshot({ path: test.info().outputPath(`${lang}-error-certificate.png`) });
    await expectErrorOn(page, wizard, lang, L.pages[1], L.expired, 'Vm3');
  });
}

/** Right-click ▸ Replication ▸ `item` on Vm1 of `host`; returns the dialog named `dialog`. */
async function replicationWizard(page: Page, lang: Lang, host: string, item: string, dialog: string): Promise<Locator> {
  const g = await grid(page, lang, host);
  await g.getByRole('row', { name: 'Vm1', exact: true }).click({ button: 'right' });
  await page.getByRole('menu', { name: 'Vm1' }).getByRole('menuitem', { name: LABELS[lang].replication, exact: true }).hover();
  await page.getByRole('menuitem', { name: item }).click();
  const wizard = page.getByRole('dialog', { name: dialog });
  await expect(wizard).toBeVisible();
  return wizard;
}

for (const lang of ['en', 'fr'] as const) {
  const L = LABELS[lang];

  test(`${lang}: Extend Replication from the replica on HV-2 to HV-3 (5 or 15 minutes only)`, async ({ page }) => {
    const problems = watchConsole(page);
    await openWithLab(page, lang, activePassive({ withHv3: true }));
    const wizard = await replicationWizard(page, lang, 'HV-2', L.extend, L.extendWizard);
    await next(wizard, lang, L.extendPages[0]);
    await wizard.getByLabel(L.server).fill('HV-3');
    await next(wizard, lang, L.extendPages[1]);
    await page.screenshot({ path: test.info().outputPath(`${lang}-extend-connection.png`) });
    await next(wizard, lang, L.extendPages[2]);
    await expect(wizard.getByRole('combobox').locator('option')).toHaveText([L.fiveMinutes, L.fifteenMinutes]);
    await wizard.getByRole('combobox').selectOption({ label: L.fifteenMinutes });
    await next(wizard, lang, L.extendPages[3]);
    await next(wizard, lang, L.extendPages[4]);
    await next(wizard, lang, L.extendPages[5]);
    await page.screenshot({ path: test.info().outputPath(`${lang}-extend-summary.png`) });
    await wizard.getByRole('button', { name: L.finish }).click();
    await page.getByRole('alertdialog', { name: L.extendBox }).getByRole('button', { name: L.close }).click();
    await page.evaluate(() => window.replicaLab.advance('2h'));
    const hv3 = await grid(page, lang, 'HV-3');
    await hv3.getByRole('row', { name: 'Vm1', exact: true }).click();
    await page.getByRole('tab', { name: L.tab }).click();
    await expect(page.getByRole('tabpanel', { name: L.tab })).toContainText(L.health);
    const hv2 = await grid(page, lang, 'HV-2');
    await hv2.getByRole('row', { name: 'Vm1', exact: true }).click();
    await page.getByRole('tab', { name: L.tab }).click();
    await expect(page.getByRole('tabpanel', { name: L.tab }).getByRole('group', { name: L.extendedGroup })).toContainText(L.health);
    expect(problems).toEqual([]);
  });

  test(`${lang}: Reverse Replication after a planned failover, prefilled with the old primary`, async ({ page }) => {
    const problems = watchConsole(page);
    await openWithLab(page, lang, activePassive({ failedOver: true }));
    const wizard = await replicationWizard(page, lang, 'HV-2', L.reverse, L.reverseWizard);
    await next(wizard, lang, L.reversePages[0]);
    await expect(wizard.getByLabel(L.server)).toHaveValue('hv-1.formation.lan');
    await page.screenshot({ path: test.info().outputPath(`${lang}-reverse-server.png`) });
    for (const title of L.reversePages.slice(1)) await next(wizard, lang, title);
    await page.screenshot({ path: test.info().outputPath(`${lang}-reverse-summary.png`) });
    await wizard.getByRole('button', { name: L.finish }).click();
    await page.getByRole('alertdialog', { name: L.reverseBox }).getByRole('button', { name: L.close }).click();
    await page.evaluate(() => window.replicaLab.advance('30m'));
    const hv2 = await grid(page, lang, 'HV-2');
    await hv2.getByRole('row', { name: 'Vm1', exact: true }).click();
    await page.getByRole('tab', { name: L.tab }).click();
    await expect(page.getByRole('tabpanel', { name: L.tab })).toContainText(L.primaryMode);
    await expect(page.getByRole('tabpanel', { name: L.tab })).toContainText(L.health);
    expect(problems).toEqual([]);
  });
  test(`${lang}: Reverse Replication after an unplanned failover asks for the initial copy (existing VM) and starts it`, async ({ page }) => {
    const problems = watchConsole(page);
    await openWithLab(page, lang, activePassive({ unplanned: true }));
    const wizard = await replicationWizard(page, lang, 'HV-2', L.reverse, L.reverseWizard);
    await next(wizard, lang, L.reverseCopyPages[0]);
    await expect(wizard.getByLabel(L.server)).toHaveValue('hv-1.formation.lan');
    for (const title of L.reverseCopyPages.slice(1, 5)) await next(wizard, lang, title);
    await expect(wizard.getByLabel(L.existing)).toBeChecked();
    await page.screenshot({ path: test.info().outputPath(`${lang}-reverse-unplanned-initial.png`) });
    await next(wizard, lang, L.reverseCopyPages[5]);
    await expect(wizard.getByRole('row').filter({ hasText: L.initialRow })).toHaveCount(1);
    await page.screenshot({ path: test.info().outputPath(`${lang}-reverse-unplanned-summary.png`) });
    await wizard.getByRole('button', { name: L.finish }).click();
    await page.getByRole('alertdialog', { name: L.reverseBox }).getByRole('button', { name: L.close }).click();
    await expect(wizard).toBeHidden();
    // No Start Replication… needed: the copy (by differences) is already running, then replication flows.
    await page.evaluate(() => window.replicaLab.advance('5s'));
    const hv2 = await grid(page, lang, 'HV-2');
    await hv2.getByRole('row', { name: 'Vm1', exact: true }).click();
    await page.getByRole('tab', { name: L.tab }).click();
    await expect(page.getByRole('tabpanel', { name: L.tab })).toContainText(L.inProgress);
    await page.evaluate(() => window.replicaLab.advance('30m'));
    await expect(page.getByRole('tabpanel', { name: L.tab })).toContainText(L.primaryMode);
    await expect(page.getByRole('tabpanel', { name: L.tab })).toContainText(L.health);
    expect(problems).toEqual([]);
  });
}
