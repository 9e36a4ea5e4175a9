import { expect, test } from '@playwright/test';

const GUIDE = '/guides/authelia/paperless/';

test('the table of contents lists every section, shared notes included, and follows the reading', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(GUIDE);
  const toc = page.locator('.toc-column').getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  await expect(links).toContainText(['Tested versions', 'Before you begin', 'Assumptions']);
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('Tested versions');
  // Every entry leads to a heading on the page.
  for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).hash))) {
    await expect(page.locator(`main ${href}`)).toHaveCount(1);
  }
  await page.locator('#verify').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('verify')!.scrollIntoView({ block: 'start' }));
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('Verify');
  await page.evaluate(() => document.getElementById('before-you-begin')!.scrollIntoView({ block: 'start' }));
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('Before you begin');
  await expect(toc.locator('a[aria-current]')).toHaveCount(1);
});

test('on a phone the table of contents is a bar that names the current section and closes once one is chosen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(GUIDE);
  await expect(page.locator('.toc-column')).toBeHidden();
  const bar = page.locator('.toc-bar');
  await expect(bar.locator('summary')).toHaveText(/On this page\s*Tested versions/);
  await page.evaluate(() => document.getElementById('configuration')!.scrollIntoView({ block: 'start' }));
  await expect(bar.locator('[data-toc-current]')).toHaveText('Configuration');
  // It stays in reach while reading, under the site's header.
  const header = (await page.locator('.site-header').boundingBox())!;
  const barBox = (await bar.boundingBox())!;
  expect(barBox.y).toBeGreaterThanOrEqual(header.y + header.height - 8);
  expect(barBox.y).toBeLessThan(header.y + header.height + 8);

  await bar.locator('summary').click();
  const entry = bar.getByRole('link', { name: 'Verify' });
  await expect(entry).toBeVisible();
  await entry.click();
  await expect(page).toHaveURL(/#verify$/);
  await expect(bar.locator('details')).not.toHaveAttribute('open');
  await expect(bar.locator('[data-toc-current]')).toHaveText('Verify');
  // The heading is not hidden under the header and the bar.
  const heading = (await page.locator('#verify').boundingBox())!;
  expect(heading.y).toBeGreaterThanOrEqual(barBox.height + header.height - 8);
});

test('a reader arriving at a section sees it current straight away', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${GUIDE}#see-also`);
  await expect(page.locator('.toc-column a[aria-current="true"]')).toHaveText('See also');
});
