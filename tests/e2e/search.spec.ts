import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

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
  const hrefs = () =>
    results.getByRole('link').evaluateAll((links) => [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))].sort());
  await expect.poll(hrefs).toEqual(['/guides/authelia/paperless/', '/guides/authentik/paperless/', '/guides/keycloak/paperless/']);

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
  // Each guide's best sections are its own (the client's redirect URIs, the troubleshooting of
  // a mismatch), never the notes every guide shares.
  const bestSections = await results
    .locator('.search-group')
    .evaluateAll((groups) => groups.map((group) => group.querySelector('.search-result-section')?.textContent ?? ''));
  expect(bestSections).not.toContain('Before you begin');
  await expect(results.locator('.search-result-excerpt', { hasText: 'redirect_uris' }).first()).toBeVisible();
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

test('a code excerpt reads as code on one line, with its match in view, at 1280 and 320 px', async ({ page }) => {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    const input = await searchFromKeyboard(page, '/', '/');
    await input.fill('client_secret');
    const results = page.getByRole('region', { name: 'Search results' });
    const code = results.locator('code.search-result-code').first();
    await expect(code).toBeVisible();
    const { lines, markInside } = await code.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const mark = element.querySelector('mark')!.getBoundingClientRect();
      return { lines: Math.round(box.height / parseFloat(getComputedStyle(element).lineHeight)), markInside: mark.left >= box.left && mark.right <= box.right };
    });
    expect(lines, `one line at ${width} px`).toBe(1);
    expect(markInside, `the match is in view at ${width} px`).toBe(true);
    // A digest holds no match: it is shortened, not shown whole.
    await expect(code).not.toContainText('$310000$');
  }
});

test('a word that is nowhere in the guides finds nothing, not every page with a word it starts with', async ({ page }) => {
  const input = await searchFromKeyboard(page, '/', '/');
  await input.fill('acme-corp');
  await expect(page.getByRole('region', { name: 'Search results' })).toContainText('No guide mentions “acme-corp”.');
});

test("the reader's own domain finds where the guides show it", async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('sitevar:domain', 'acme-corp.co.uk'));
  const input = await searchFromKeyboard(page, '/', '/');
  await input.fill('acme-corp');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.locator('.search-note')).toHaveText('Where the guides show your Domain:');
  expect(await results.locator('.search-group').count()).toBeGreaterThanOrEqual(3);
  await expect(results.locator('mark').first()).toContainText('example');
});
