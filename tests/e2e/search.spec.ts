import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Opens a page and reaches the search box with a keyboard shortcut, as a reader would. */
async function searchFromKeyboard(page: Page, path: string, shortcut: string) {
  await page.goto(path);
  await page.keyboard.press(shortcut);
  const input = page.getByRole('searchbox', { name: 'Search the guides' });
  await expect(input).toBeFocused();
  return input;
}

test('search finds guides by words in their code, and works from the keyboard', async ({ page }) => {
  const input = await searchFromKeyboard(page, '/', '/');
  await input.fill('client_secret');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('link').first()).toBeVisible();
  const titles = await results.locator('.search-result-title').allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(2);
  await expect(results.locator('mark').first()).toBeVisible();

  await input.fill('PAPERLESS_APPS');
  // Both Paperless-ngx guides, and only those, set PAPERLESS_APPS.
  const hrefs = () => results.getByRole('link').evaluateAll((links) => [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))].sort());
  await expect.poll(hrefs).toEqual(['/guides/authelia/paperless/', '/guides/authentik/paperless/']);

  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('link').first()).toBeFocused();
  const violations = (await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id);
  expect(violations).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guides\/[^/]+\/paperless\//);
});

test('"redirect" finds the sections that configure redirect URIs, before the notes every guide shares', async ({ page }) => {
  const input = await searchFromKeyboard(page, '/', '/');
  await input.fill('redirect');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('link').first()).toBeVisible();
  // Each guide once, with its best matching sections under its title.
  const guides = await results.locator('.search-group .search-result-title').allTextContents();
  expect(new Set(guides).size).toBe(guides.length);
  const first = results.locator('.search-group').first().getByRole('link').first();
  await expect(first.locator('.search-result-section')).not.toHaveText('Before you begin');
  await expect(first.locator('.search-result-excerpt')).toContainText('redirect_uris');
});

test('Ctrl+K focuses search from anywhere, and an unknown word says so', async ({ page }) => {
  const input = await searchFromKeyboard(page, '/guides/authelia/photoprism/', 'Control+k');
  await input.fill('zzzzqqqq');
  await expect(page.getByRole('region', { name: 'Search results' })).toContainText('No guide mentions');
});

test('search results have no axe violations in the dark theme either', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the guides' }).fill('authelia');
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  const violations = (await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id);
  expect(violations).toEqual([]);
});
