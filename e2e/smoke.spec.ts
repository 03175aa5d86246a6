import { expect, test } from '@playwright/test';

test('loads the app and shows its heading', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
  });

  await page.goto('/');
  await expect(page).toHaveTitle('Replica Lab');
  await expect(page.getByRole('heading', { level: 1, name: 'Replica Lab' })).toBeVisible();
  expect(problems).toEqual([]);
});
