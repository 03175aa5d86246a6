import { expect, test } from '@playwright/test';
import type {} from '../src/store/scripting'; // window.replicaLab typings

// The README's scripting example, kept here verbatim so it can never rot.
test('the replica of Vm1 offers failover', async ({ page }) => {
  await page.goto('/?lab=active-passive&paused=1');
  await page.evaluate(() => window.replicaLab.ready());
  await page.evaluate(() => window.replicaLab.advance('1h'));
  const state = await page.evaluate(() => window.replicaLab.state());
  expect(state.vms.find((vm) => vm.name === 'Vm1' && vm.host === 'HV-2')?.replicationHealth).toBe('Normal');
  await page.getByRole('treeitem', { name: 'HV-2' }).click();
  await page.getByRole('row', { name: 'Vm1', exact: true }).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Replication' }).hover();
  await expect(page.getByRole('menuitem', { name: 'Failover…', exact: true })).toBeVisible();
});
