import { expect, test } from '@playwright/test';
import { codeBlockTexts, fillField, guidePaths, inlineForm } from './support';

test('with storage blocked, values apply for the page and the form says they will not be remembered', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });
  for (const path of ['/', ...(await guidePaths(page))]) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
  }
  await page.goto('/guides/authelia/paperless/');
  await expect(inlineForm(page).getByText('will not be remembered')).toBeVisible();
  await fillField(inlineForm(page).getByLabel('Domain', { exact: true }), 'acme-corp.co.uk');
  await expect.poll(async () => (await codeBlockTexts(page)).join('\n')).toContain('acme-corp.co.uk');
  await page.goto('/guides/authelia/photoprism/');
  await page.getByRole('tab', { name: 'Environment file' }).click();
  await expect(page.getByRole('tab', { name: 'Environment file' })).toHaveAttribute('aria-selected', 'true');
  expect(errors).toEqual([]);
});

test('with storage full, writes fail quietly and values still apply', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto('/guides/authelia/photoprism/');
  await fillField(inlineForm(page).getByLabel('Domain', { exact: true }), 'acme-corp.co.uk');
  await expect.poll(async () => (await codeBlockTexts(page)).join('\n')).toContain('acme-corp.co.uk');
  await expect(inlineForm(page).getByText('will not be remembered')).toBeVisible();
  await page.getByRole('tab', { name: 'Environment file' }).click();
  await expect(page.getByRole('tab', { name: 'Environment file' })).toHaveAttribute('aria-selected', 'true');
  expect(errors).toEqual([]);
});
