import { expect, test, type Locator, type Page } from '@playwright/test';
import { open, watchConsole } from './fixtures/lab';

/** The labels under test, as Hyper-V Manager shows them in each language. */
const LABELS = {
  en: {
    grid: (host: string) => `Virtual Machines on ${host}`,
    settings: 'Settings…',
    title: (vm: string, host: string) => `Settings for ${vm} on ${host}`,
    tcpip: 'Failover TCP/IP',
    useIpv4: 'Use the following IPv4 address scheme for the virtual machine',
    ipv4: 'IPv4 Address:',
    mask: 'Subnet mask:',
    gateway: 'Default gateway:',
    dns: 'Preferred DNS server:',
    useIpv6: 'Use the following IPv6 address scheme for the virtual machine',
    ipv6: 'IPv6 Address:',
    prefix: 'Subnet prefix length:',
    replication: /^Replication(?! VHDs)/,
    frequency: 'Replication frequency:',
    seconds30: '30 seconds',
    recoveryPoints: 'Recovery Points',
    hourly: 'Create additional hourly recovery points',
    coverage: 'Coverage provided by additional recovery points (in hours):',
    resync: 'Resynchronization',
    manual: 'Manually start resynchronization',
    testFailover: 'Test Failover',
    switch: 'Virtual switch:',
    notConnected: 'Not connected',
    onReplica: "Replication settings cannot be modified on the replica virtual machine 'Vm1'. You can modify them on the primary virtual machine.",
    ok: 'OK',
    cancel: 'Cancel',
  },
  fr: {
    grid: (host: string) => `Ordinateurs virtuels sur ${host}`,
    settings: 'Paramètres…',
    title: (vm: string, host: string) => `Paramètres pour ${vm} sur ${host}`,
    tcpip: 'TCP/IP de basculement',
    useIpv4: "Utiliser le schéma d'adresses IPv4 suivant pour l'ordinateur virtuel",
    ipv4: 'Adresse IPv4 :',
    mask: 'Masque de sous-réseau :',
    gateway: 'Passerelle par défaut :',
    dns: 'Serveur DNS préféré :',
    useIpv6: "Utiliser le schéma d'adresses IPv6 suivant pour l'ordinateur virtuel",
    ipv6: 'Adresse IPv6 :',
    prefix: 'Longueur du préfixe de sous-réseau :',
    replication: /^Réplication/,
    frequency: 'Fréquence de réplication :',
    seconds30: '30 secondes',
    recoveryPoints: 'Points de récupération',
    hourly: 'Créer des points de récupération horaires supplémentaires',
    coverage: 'Couverture fournie par les points de récupération supplémentaires (en heures) :',
    resync: 'Resynchronisation',
    manual: 'Démarrer manuellement la resynchronisation',
    testFailover: 'Test de basculement',
    switch: 'Commutateur virtuel :',
    notConnected: 'Non connecté',
    onReplica: "Les paramètres de réplication ne peuvent pas être modifiés sur l'ordinateur virtuel réplica 'Vm1'. Vous pouvez les modifier sur l'ordinateur virtuel principal.",
    ok: 'OK',
    cancel: 'Annuler',
  },
} as const;

type Lang = keyof typeof LABELS;

/** Selects `host` in the console tree, then `Vm1` in its grid, and opens Settings… from the Actions pane. */
async function openSettings(page: Page, lang: Lang, host: string): Promise<Locator> {
  const L = LABELS[lang];
  await page.getByRole('tree').getByRole('treeitem', { name: host }).click();
  await page.getByRole('grid', { name: L.grid(host) }).getByRole('row', { name: 'Vm1' }).click();
  await page.getByRole('region', { name: 'Actions' }).getByRole('button', { name: L.settings, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: L.title('Vm1', host) });
  await expect(dialog).toBeVisible();
  return dialog;
}

const node = (dialog: Locator, name: string | RegExp) => dialog.getByRole('treeitem', { name: typeof name === 'string' ? new RegExp(`^${name}`) : name });

for (const lang of ['en', 'fr'] as const) {
  const L = LABELS[lang];

  test(`${lang}: Failover TCP/IP, frequency and recovery points on the primary are kept`, async ({ page }) => {
    const problems = watchConsole(page);
    await open(page, `?lab=active-passive&paused=1&lang=${lang}`);
    let dialog = await openSettings(page, lang, 'HV-1');
    await page.screenshot({ path: test.info().outputPath(`vm-settings-${lang}.png`) });

    await node(dialog, L.tcpip).click();
    await dialog.getByLabel(L.useIpv4).check();
    await dialog.getByLabel(L.ipv4, { exact: true }).fill('10.0.20.11');
    await dialog.getByLabel(L.mask).fill('255.255.255.0');
    await dialog.getByLabel(L.gateway, { exact: true }).fill('10.0.20.1');
    await dialog.getByLabel(L.dns, { exact: true }).fill('10.0.20.2');
    await dialog.getByLabel(L.useIpv6).check();
    await dialog.getByLabel(L.ipv6, { exact: true }).fill('2001:db8:20::11');
    await dialog.getByLabel(L.prefix).fill('64');
    await page.screenshot({ path: test.info().outputPath(`vm-settings-tcpip-${lang}.png`) });

    await node(dialog, L.replication).click();
    await dialog.getByLabel(L.frequency).selectOption({ label: L.seconds30 });
    await page.screenshot({ path: test.info().outputPath(`vm-settings-replication-${lang}.png`) });
    await node(dialog, L.recoveryPoints).click();
    await dialog.getByLabel(L.hourly).check();
    await dialog.getByLabel(L.coverage).fill('12');
    await page.screenshot({ path: test.info().outputPath(`vm-settings-recovery-${lang}.png`) });
    await node(dialog, L.resync).click();
    await dialog.getByLabel(L.manual).check();
    await page.screenshot({ path: test.info().outputPath(`vm-settings-resync-${lang}.png`) });
    await dialog.getByRole('button', { name: L.ok, exact: true }).click();
    await expect(dialog).toBeHidden();

    dialog = await openSettings(page, lang, 'HV-1');
    await node(dialog, L.tcpip).click();
    await expect(dialog.getByLabel(L.ipv4, { exact: true })).toHaveValue('10.0.20.11');
    await expect(dialog.getByLabel(L.ipv6, { exact: true })).toHaveValue('2001:db8:20::11');
    await expect(dialog.getByLabel(L.prefix)).toHaveValue('64');
    await node(dialog, L.replication).click();
    await expect(dialog.getByLabel(L.frequency)).toHaveValue('30');
    await node(dialog, L.recoveryPoints).click();
    await expect(dialog.getByLabel(L.hourly)).toBeChecked();
    await expect(dialog.getByLabel(L.coverage)).toHaveValue('12');
    await node(dialog, L.resync).click();
    await expect(dialog.getByLabel(L.manual)).toBeChecked();
    await dialog.getByRole('button', { name: L.cancel, exact: true }).click();
    await expect(dialog).toBeHidden();
    expect(problems).toEqual([]);
  });

  test(`${lang}: on the replica a replication setting is refused; the Test Failover switch is kept`, async ({ page }) => {
    const problems = watchConsole(page);
    await open(page, `?lab=active-passive&paused=1&lang=${lang}`);
    let dialog = await openSettings(page, lang, 'HV-2');
    await node(dialog, L.replication).click();
    await dialog.getByLabel(L.frequency).selectOption({ label: L.seconds30 });
    await dialog.getByRole('button', { name: L.ok, exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText(L.onReplica);
    await expect(dialog).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`vm-settings-replica-refused-${lang}.png`) });
    await dialog.getByRole('button', { name: L.cancel, exact: true }).click();
    await expect(dialog).toBeHidden();

    dialog = await openSettings(page, lang, 'HV-2');
    await node(dialog, L.testFailover).click();
    await expect(dialog.getByLabel(L.switch)).toHaveValue('');
    await dialog.getByLabel(L.switch).selectOption('LAN');
    await page.screenshot({ path: test.info().outputPath(`vm-settings-test-failover-${lang}.png`) });
    await dialog.getByRole('button', { name: L.ok, exact: true }).click();
    await expect(dialog).toBeHidden();
    dialog = await openSettings(page, lang, 'HV-2');
    await node(dialog, L.testFailover).click();
    await expect(dialog.getByLabel(L.switch)).toHaveValue('LAN');
    await expect(node(dialog, L.replication)).toBeVisible();
    expect(problems).toEqual([]);
  });
}
