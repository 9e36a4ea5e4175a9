import { expect, test } from '@playwright/test';
import { CHROMIUM_CLIPBOARD, codeBlockTexts, guidePaths, inlineForm, setValues } from './support';

test.use({ permissions: CHROMIUM_CLIPBOARD });

test('under the strict Content Security Policy every feature works and nothing is blocked', async ({ page }) => {
  test.setTimeout(90_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  for (const part of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", "style-src 'self'"]) {
    expect(policy).toContain(part);
  }
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
  expect(scriptSources).toContain("'self'");
  expect(scriptSources).toContain("'sha256-");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/'unsafe-eval'/);

  const paths = await guidePaths(page);
  await page.goto(paths[0]!);
  await setValues(page, { Domain: 'csp.example' });
  for (const path of paths) {
    await page.goto(path);
    expect((await codeBlockTexts(page)).join('\n')).toContain('csp.example');
    // Code keeps its colours: token colours come from classes, not style attributes.
    const colour = await page
      .locator('main pre span[class^="c-"]')
      .first()
      .evaluate((span) => getComputedStyle(span).color);
    expect(colour).not.toBe('');
    expect(await page.locator('main [style]').count()).toBe(0);
    const block = page.locator('main figure.code-block').first();
    await block.getByRole('button', { name: 'Copy' }).click();
    await expect(block.getByRole('status')).toContainText('Copied');
    for (const tab of await page.getByRole('tab').all()) await tab.click();
    expect(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).toEqual([]);
  }
  await page.goto('/guides/authelia/paperless/');
  await inlineForm(page).getByRole('button', { name: 'Generate client credentials' }).click();
  await expect(inlineForm(page).locator('[data-credentials-status]')).toContainText('New credentials', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Your values' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  // Search runs Pagefind's WebAssembly: allowed by 'wasm-unsafe-eval' alone.
  await page.getByRole('searchbox', { name: 'Search the guides' }).fill('client_secret');
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).toEqual([]);
  expect(violations).toEqual([]);
});
