import { expect, test } from '@playwright/test';
import { open, watchConsole } from './fixtures/lab';

const L = {
  en: {
    lab: 'Lab',
    links: 'Network Links…',
    dialog: 'Network Links',
    up: (link: string) => `Link ${link} is up`,
    bandwidth: (link: string) => `Bandwidth of ${link} (Mbps)`,
    latency: (link: string) => `Latency of ${link} (ms)`,
    badLatency: "The latency of 'wan-siege-agence' must be a whole number of milliseconds from 0 to 60,000 (got 'slow').",
    ok: 'OK',
    cancel: 'Cancel',
    settingsAction: 'Hyper-V Settings…',
    settings: 'Hyper-V Settings for HV-2',
    replicationNode: 'Replication Configuration',
    volumesNode: 'Virtual Hard Disks',
    volumes: 'Volumes of this server',
    selectCertificate: 'Select Certificate…',
    picker: 'Windows Security',
    issuedTo: 'hv-2.workgroup.local',
  },
  fr: {
    lab: 'Laboratoire',
    links: 'Liens réseau…',
    dialog: 'Liens réseau',
    up: (link: string) => `Le lien ${link} est actif`,
    bandwidth: (link: string) => `Bande passante de ${link} (Mbit/s)`,
    latency: (link: string) => `Latence de ${link} (ms)`,
    badLatency: "La latence de 'wan-siege-agence' doit être un nombre entier de millisecondes compris entre 0 et 60 000 (valeur : 'slow').",
    ok: 'OK',
    cancel: 'Annuler',
    settingsAction: 'Paramètres Hyper-V…',
    settings: 'Paramètres Hyper-V de HV-2',
    replicationNode: 'Configuration de la réplication',
    volumesNode: 'Disques durs virtuels',
    volumes: 'Volumes de ce serveur',
    selectCertificate: 'Sélectionner un certificat...',
    picker: 'Sécurité Windows',
    issuedTo: 'hv-2.workgroup.local',
  },
} as const;

for (const lang of ['en', 'fr'] as const) {
  const T = L[lang];

  test(`${lang}: Lab ▸ Network Links… refuses a bad latency, then takes the WAN link down and slows it`, async ({ page }) => {
    const problems = watchConsole(page);
    await open(page, `?lab=branch-office-wan&paused=1&lang=${lang}`);
    await page.getByRole('menubar').getByRole('menuitem', { name: T.lab, exact: true }).click();
    await page.getByRole('menu').getByRole('menuitem', { name: T.links }).click();
    const dialog = page.getByRole('dialog', { name: T.dialog });
    await expect(dialog.getByLabel(T.bandwidth('wan-siege-agence'))).toHaveValue('5');
    await expect(dialog.getByLabel(T.latency('wan-siege-agence'))).toHaveValue('40');

    await dialog.getByRole('checkbox', { name: T.up('wan-siege-agence') }).uncheck();
    await dialog.getByLabel(T.latency('wan-siege-agence')).fill('slow');
    await dialog.getByRole('button', { name: T.ok, exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText(T.badLatency);
    await page.screenshot({ path: test.info().outputPath(`network-links-error-${lang}.png`) });

    await dialog.getByLabel(T.latency('wan-siege-agence')).fill('120');
    await dialog.getByLabel(T.bandwidth('wan-siege-agence')).fill(lang === 'fr' ? '2,5' : '2.5');
    await dialog.getByRole('button', { name: T.ok, exact: true }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('menubar').getByRole('menuitem', { name: T.lab, exact: true }).click();
    await page.getByRole('menu').getByRole('menuitem', { name: T.links }).click();
    await expect(dialog.getByRole('checkbox', { name: T.up('wan-siege-agence') })).not.toBeChecked();
    await expect(dialog.getByLabel(T.bandwidth('wan-siege-agence'))).toHaveValue('2.5');
    await expect(dialog.getByLabel(T.latency('wan-siege-agence'))).toHaveValue('120');
    await page.screenshot({ path: test.info().outputPath(`network-links-${lang}.png`) });
    await dialog.getByRole('button', { name: T.cancel }).click();
    expect(problems).toEqual([]);
  });

  test(`${lang}: Hyper-V Settings shows the server's certificates and volumes`, async ({ page }) => {
    const problems = watchConsole(page);
    await open(page, `?lab=branch-office-wan&paused=1&lang=${lang}`);
    await page.getByRole('tree').getByRole('treeitem', { name: 'HV-2' }).click();
    await page.getByRole('region', { name: 'Actions' }).getByRole('button', { name: T.settingsAction }).click();
    const dialog = page.getByRole('dialog', { name: T.settings });
    await expect(dialog.getByRole('table', { name: T.volumes })).toContainText('D:');
    await page.screenshot({ path: test.info().outputPath(`settings-vhds-${lang}.png`) });
    await dialog.getByRole('treeitem', { name: new RegExp(T.replicationNode) }).click();
    await expect(dialog.getByText(T.issuedTo)).toBeVisible();
    await dialog.getByRole('button', { name: T.selectCertificate }).click();
    const picker = page.getByRole('dialog', { name: T.picker });
    await expect(picker.getByRole('radio')).toHaveCount(1);
    await expect(picker.getByRole('radio')).toBeChecked();
    await page.screenshot({ path: test.info().outputPath(`settings-certificate-${lang}.png`) });
    await picker.getByRole('button', { name: T.ok, exact: true }).click();
    await expect(picker).toBeHidden();
    await dialog.getByRole('button', { name: T.cancel }).click();
    await expect(dialog).toBeHidden();
    expect(problems).toEqual([]);
  });
}
