import { expect, test, type Locator, type Page } from '@playwright/test';
import { open, watchConsole } from './fixtures/lab';

/** Labels as Hyper-V Manager (and the lab's tools) show them in each language. */
const L = {
  en: {
    settingsAction: 'Hyper-V Settings…',
    settings: 'Hyper-V Settings for HV-2',
    replicationNode: 'Replication Configuration',
    enable: 'Enable this computer as a Replica server.',
    kerberos: 'Use Kerberos (HTTP):',
    kerberosPort: 'Kerberos (HTTP) port',
    https: 'Use certificate-based Authentication (HTTPS):',
    httpsPort: 'Certificate-based (HTTPS) port',
    anyServer: 'Allow replication from any authenticated server',
    location: 'Specify the default location to store Replica files:',
    specified: 'Allow replication from the specified servers:',
    add: 'Add…',
    addEntry: 'Add Authorization Entry',
    primary: 'Specify the primary server:',
    trust: 'Specify the trust group:',
    ok: 'OK',
    cancel: 'Cancel',
    apply: 'Apply',
    yes: 'Yes',
    badPort: 'The port must be between 1 and 65535 (got 0).',
    samePorts: "Kerberos and Certificate port specified for 'HV-2' should be different.",
    missingDrive: "The location 'Z:\\Replica' is not a valid folder on a volume of this server.",
    badWildcard: "'hv*.formation.lan' is not a valid primary server",
    reminderBox: 'Settings',
    reminder: /port '80'.*Hyper-V Replica HTTP Listener \(TCP-In\)/,
    lab: 'Lab',
    firewall: 'Firewall…',
    firewallDialog: 'Windows Defender Firewall – Inbound Rules on HV-2',
    httpRule: 'Hyper-V Replica HTTP Listener (TCP-In)',
    crash: 'Cut Power (Crash Host)…',
    crashBox: 'Cut Power',
    powerOn: 'Power On Host',
    cannotConnect: 'Cannot connect to this server',
  },
  fr: {
    settingsAction: 'Paramètres Hyper-V…',
    settings: 'Paramètres Hyper-V de HV-2',
    replicationNode: 'Configuration de la réplication',
    enable: 'Activer cet ordinateur en tant que serveur de réplication.',
    kerberos: 'Utiliser Kerberos (HTTP) :',
    kerberosPort: 'Port Kerberos (HTTP)',
    https: 'Utiliser l’authentification par certificat (HTTPS) :',
    httpsPort: 'Port de l’authentification par certificat (HTTPS)',
    anyServer: 'Autoriser la réplication à partir de n’importe quel serveur authentifié',
    location: 'Spécifiez l’emplacement par défaut où stocker les fichiers de réplication :',
    specified: 'Autoriser la réplication à partir des serveurs spécifiés :',
    add: 'Ajouter…',
    addEntry: 'Ajouter une entrée d’autorisation',
    primary: 'Spécifiez le serveur principal :',
    trust: 'Spécifiez le groupe d’approbation :',
    ok: 'OK',
    cancel: 'Annuler',
    apply: 'Appliquer',
    yes: 'Oui',
    badPort: 'Le port doit être compris entre 1 et 65535 (valeur : 0).',
    samePorts: "Les ports Kerberos et certificat spécifiés pour 'HV-2' doivent être différents.",
    missingDrive: "L'emplacement 'Z:\\Replica' n'est pas un dossier valide sur un volume de ce serveur.",
    badWildcard: "'hv*.formation.lan' n'est pas un serveur principal valide",
    reminderBox: 'Paramètres',
    reminder: /port '80'.*Écouteur HTTP de réplica Hyper-V \(TCP-entrant\)/,
    lab: 'Laboratoire',
    firewall: 'Pare-feu…',
    firewallDialog: 'Pare-feu Windows Defender – Règles de trafic entrant sur HV-2',
    httpRule: 'Écouteur HTTP de réplica Hyper-V (TCP-entrant)',
    crash: 'Couper l’alimentation (panne de l’hôte)…',
    crashBox: 'Couper l’alimentation',
    powerOn: 'Mettre l’hôte sous tension',
    cannotConnect: 'Impossible de se connecter à ce serveur',
  },
} as const;

type Lang = keyof typeof L;

async function openSettings(page: Page, lang: Lang): Promise<Locator> {
  await page.getByRole('tree').getByRole('treeitem', { name: 'HV-2' }).click();
  await page.getByRole('region', { name: 'Actions' }).getByRole('button', { name: L[lang].settingsAction }).click();
  const dialog = page.getByRole('dialog', { name: L[lang].settings });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('treeitem', { name: new RegExp(L[lang].replicationNode) }).click();
  await expect(dialog.getByRole('heading', { name: L[lang].replicationNode })).toBeVisible();
  return dialog;
}

/** Opens HV-2's context menu ▸ Lab ▸ `item`. */
async function hostLabMenu(page: Page, lang: Lang, item: string): Promise<void> {
  await page.getByRole('tree').getByRole('treeitem', { name: 'HV-2' }).click({ button: 'right' });
  await page.getByRole('menu').getByRole('menuitem', { name: L[lang].lab, exact: true }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: item, exact: true }).click();
}

async function expectPageError(dialog: Locator, button: string, message: string): Promise<void> {
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText(message);
}

for (const lang of ['en', 'fr'] as const) {
  const T = L[lang];

  test(`${lang}: wrong Replica server settings are refused on the page and change nothing`, async ({ page }) => {
    const problems = watchConsole(page);
    await open(page, `?lab=blank&paused=1&lang=${lang}`);
    const dialog = await openSettings(page, lang);
    await dialog.getByRole('checkbox', { name: T.enable }).check();
    await dialog.getByRole('checkbox', { name: T.kerberos }).check();
    await dialog.getByRole('radio', { name: T.anyServer }).check();
    await dialog.getByLabel(T.location).fill('D:\\Replica');

    await dialog.getByLabel(T.kerberosPort).fill('0');
    await expectPageError(dialog, T.apply, T.badPort);
    await page.screenshot({ path: test.info().outputPath(`settings-bad-port-${lang}.png`) });
    await dialog.getByLabel(T.kerberosPort).fill('80');

    await dialog.getByRole('checkbox', { name: T.https }).check();
    await dialog.getByLabel(T.httpsPort).fill('80');
    await expectPageError(dialog, T.apply, T.samePorts);
    await dialog.getByRole('checkbox', { name: T.https }).uncheck();

    await dialog.getByLabel(T.location).fill('Z:\\Replica');
    await expectPageError(dialog, T.ok, T.missingDrive);

    await dialog.getByRole('radio', { name: T.specified }).check();
    await dialog.getByRole('button', { name: T.add }).click();
    const entry = page.getByRole('dialog', { name: T.addEntry });
    await entry.getByLabel(T.primary).fill('hv*.formation.lan');
    await entry.getByLabel(T.location).fill('D:\\Replica');
    await entry.getByLabel(T.trust).fill('Siege');
    await expectPageError(entry, T.ok, T.badWildcard);
    await page.screenshot({ path: test.info().outputPath(`settings-entry-${lang}.png`) });
    await entry.getByRole('button', { name: T.cancel }).click();
    await expect(entry).toBeHidden();

    await dialog.getByRole('button', { name: T.cancel }).click();
    await expect(dialog).toBeHidden();
    const again = await openSettings(page, lang);
    await expect(again.getByRole('checkbox', { name: T.enable })).not.toBeChecked();
    await expect(again.getByRole('checkbox', { name: T.kerberos })).not.toBeChecked();
    expect(problems).toEqual([]);
  });

  test(`${lang}: HV-2 as a Replica server (Kerberos, any server), its HTTP listener rule, then a power cut`, async ({ page }) => {
    const problems = watchConsole(page);
    await open(page, `?lab=blank&paused=1&lang=${lang}`);
    const dialog = await openSettings(page, lang);
    await dialog.getByRole('checkbox', { name: T.enable }).check();
    await dialog.getByRole('checkbox', { name: T.kerberos }).check();
    await expect(dialog.getByLabel(T.kerberosPort)).toHaveValue('80');
    await dialog.getByRole('radio', { name: T.anyServer }).check();
    await dialog.getByLabel(T.location).fill('D:\\Hyper-V\\Replica');
    await page.screenshot({ path: test.info().outputPath(`settings-replication-${lang}.png`) });
    await dialog.getByRole('button', { name: T.ok, exact: true }).click();

    const reminder = page.getByRole('alertdialog', { name: T.reminderBox });
    await expect(reminder).toContainText(T.reminder);
    await expect(dialog).toBeHidden();
    await page.screenshot({ path: test.info().outputPath(`settings-reminder-${lang}.png`) });
    await reminder.getByRole('button', { name: 'OK' }).click();
    await expect(reminder).toBeHidden();

    await hostLabMenu(page, lang, T.firewall);
    const firewall = page.getByRole('dialog', { name: T.firewallDialog });
    await firewall.getByRole('checkbox', { name: T.httpRule }).check();
    await page.screenshot({ path: test.info().outputPath(`firewall-${lang}.png`) });
    await firewall.getByRole('button', { name: T.ok, exact: true }).click();
    await expect(firewall).toBeHidden();
    await hostLabMenu(page, lang, T.firewall);
    await expect(firewall.getByRole('checkbox', { name: T.httpRule })).toBeChecked();
    await firewall.getByRole('button', { name: T.cancel }).click();

    const again = await openSettings(page, lang);
    await expect(again.getByRole('checkbox', { name: T.enable })).toBeChecked();
    await expect(again.getByRole('checkbox', { name: T.kerberos })).toBeChecked();
    await expect(again.getByLabel(T.kerberosPort)).toHaveValue('80');
    await expect(again.getByRole('radio', { name: T.anyServer })).toBeChecked();
    await expect(again.getByLabel(T.location)).toHaveValue('D:\\Hyper-V\\Replica');
    await again.getByRole('button', { name: T.cancel }).click();

    const hv2 = page.getByRole('tree').getByRole('treeitem', { name: 'HV-2' });
    await hostLabMenu(page, lang, T.crash);
    const confirm = page.getByRole('alertdialog', { name: T.crashBox });
    await confirm.getByRole('button', { name: T.yes }).click();
    await expect(hv2).toHaveAccessibleDescription(T.cannotConnect);
    await hostLabMenu(page, lang, T.powerOn);
    await expect(hv2).not.toHaveAccessibleDescription(T.cannotConnect);
    expect(problems).toEqual([]);
  });
}
