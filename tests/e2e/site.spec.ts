import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { fillField, guidePaths } from './support';

/** Every page of the built site. */
function builtPages(directory = 'dist'): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('the home page lists the guides grouped by provider', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const groups = await page.locator('.section-group h2').allTextContents();
  expect(groups).toEqual([...groups].sort((a, b) => a.localeCompare(b)));
  expect(groups).toEqual(expect.arrayContaining(['Authelia', 'authentik']));
});

test('every guide has a sidebar with the current page, a table of contents and tested versions', async ({ page }) => {
  for (const path of await guidePaths(page)) {
    await page.goto(path);
    await expect(page.locator('.sidebar a[aria-current="page"]')).toHaveAttribute('href', path);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeAttached();
    await expect(page.getByRole('heading', { name: /Tested versions/i })).toBeVisible();
    await expect(page.getByRole('heading', { name: /See also/i })).toBeVisible();
  }
});

test('the preferences are reachable from the header of every guide', async ({ page }) => {
  const [path] = await guidePaths(page);
  await page.goto(path!);
  await page.getByRole('button', { name: 'Your values' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your values' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('stay in this browser')).toBeVisible();
  for (const label of ['Domain', 'Authelia subdomain', 'Authelia host', 'Authelia port', 'Authelia TLS']) {
    await expect(dialog.getByLabel(label, { exact: true })).toBeVisible();
  }
  await dialog.getByLabel('Authelia TLS', { exact: true }).check();
  await fillField(dialog.getByLabel('Authelia host', { exact: true }), '10.0.0.5');
  await fillField(dialog.getByLabel('Authelia port', { exact: true }), '443');
  await expect(dialog.locator('.preferences-preview')).toContainText('https://10.0.0.5:443');
  await fillField(dialog.getByLabel('Domain', { exact: true }), 'acme-corp.co.uk');
  await expect(dialog.locator('.preferences-preview')).toContainText('https://auth.acme-corp.co.uk/');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('main [data-preferences]').getByLabel('Domain', { exact: true })).toHaveValue('acme-corp.co.uk');
});

test('an unknown address shows the 404 page with links to the guides', async ({ page }) => {
  const response = await page.goto('/guides/nope/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.locator('main li a')).not.toHaveCount(0);
});

test('the layout fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/', ...(await guidePaths(page))]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    await expect(page.getByRole('button', { name: 'Your values' })).toBeVisible();
  }
});

test('at 320 px, code frames keep their file names and an icon copy button with its name, and the switch of three providers stays on one row', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/guides/authelia/paperless/');
  const block = page.locator('main figure.code-block[data-title="configuration.yml"]');
  const title = block.locator('.code-title');
  await expect(title).toHaveText('configuration.yml');
  expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  const copy = block.getByRole('button', { name: 'Copy' });
  await expect(copy).toBeVisible();
  const copyBox = (await copy.boundingBox())!;
  // One line: an icon, not a label broken in two.
  expect(copyBox.height).toBeLessThanOrEqual(36);
  expect(copyBox.width).toBeGreaterThanOrEqual(32);
  await expect(copy.locator('svg')).toBeVisible();

  const pills = page.getByRole('navigation', { name: 'Identity provider' }).getByRole('link');
  const boxes = await pills.evaluateAll((links) => links.map((link) => link.getBoundingClientRect()).map(({ top, height }) => ({ top, height })));
  expect(boxes).toHaveLength(3);
  expect(new Set(boxes.map((box) => box.top)).size).toBe(1);
  for (const box of boxes) expect(box.height).toBeLessThan(32);
});

test('no word is joined to an inline element anywhere in the built pages (a line break lost when pages are compacted)', () => {
  const joined: string[] = [];
  for (const file of builtPages()) {
    // Code blocks keep their text exactly: only prose is looked at.
    const html = readFileSync(file, 'utf8').replace(/<pre[\s\S]*?<\/pre>/g, '');
    for (const match of html.matchAll(/<\/(?:code|kbd|strong|em|a|span)>[\p{L}\p{N}]|[\p{L}\p{N}]<(?:code|kbd|strong|em)\b/gu)) {
      joined.push(`${file}: …${html.slice(Math.max(0, match.index - 30), match.index + 30)}…`);
    }
  }
  expect(joined).toEqual([]);
});

test('search results stay on a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the guides' }).fill('client_secret');
  const results = page.locator('#search-results');
  await expect(results.locator('a').first()).toBeVisible();
  const box = (await results.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  const title = (await results.locator('.search-result-title').first().boundingBox())!;
  expect(title.x).toBeGreaterThanOrEqual(0);
});

test("a guide's own form lists only the values that guide uses", async ({ page }) => {
  await page.goto('/guides/authentik/paperless/');
  const form = page.locator('main [data-preferences]');
  await expect(form.getByLabel('Domain', { exact: true })).toBeVisible();
  await expect(form.getByLabel('authentik subdomain', { exact: true })).toBeVisible();
  await expect(form.getByLabel('Authelia subdomain', { exact: true })).toBeHidden();
  await expect(form.getByText('authentik URL')).toBeVisible();
  await expect(form.getByText('Authelia URL')).toBeHidden();
  await fillField(form.getByLabel('authentik subdomain', { exact: true }), 'id');
  await fillField(form.getByLabel('Domain', { exact: true }), 'acme-corp.co.uk');
  await expect(form.locator('.preferences-preview')).toContainText('https://id.acme-corp.co.uk/');
  await expect(page.locator('main figure.code-block pre').first()).toContainText('https://id.acme-corp.co.uk/application/o/paperless/');
});

test('the site publishes a sitemap, robots.txt, llms.txt and social metadata', async ({ page, request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: https://sitevar-docs.example/sitemap-index.xml');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const paths = await guidePaths(page);
  for (const path of paths) expect(sitemap).toContain(`https://sitevar-docs.example${path}`);
  expect(sitemap).not.toContain('/integration/openid-connect/photoprism/');
  const llms = await (await request.get('/llms.txt')).text();
  expect(llms).toMatch(/^# sitevar docs/);
  for (const path of paths) expect(llms).toContain(`https://sitevar-docs.example${path}`);

  await page.goto(paths[0]!);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /with/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
});

test('headings link to themselves and the sidebar collapses on small screens', async ({ page }) => {
  const [path] = await guidePaths(page);
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto(path!);
  const summary = page.locator('.sidebar summary');
  await expect(summary).toBeVisible();
  await expect(page.locator('.sidebar a[aria-current="page"]')).toBeHidden();
  await summary.click();
  await expect(page.locator('.sidebar a[aria-current="page"]')).toBeVisible();
  const anchor = page.getByRole('link', { name: 'Link to the section “Configuration”' });
  await expect(anchor).toHaveAttribute('href', '#configuration');
  await expect(page.getByRole('navigation', { name: 'Previous and next guides' }).getByRole('link')).not.toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('the marks are explained on the page, not only in hover tooltips, and the legend opens the preferences', async ({ page }) => {
    await page.goto('/guides/authelia/paperless/');
    const legend = page.getByRole('complementary', { name: 'What the marked values are' });
    await expect(legend).toBeVisible();
    await expect(legend).toContainText('Underlined: an example or a default');
    await expect(legend).toContainText('Highlighted: your own value');
    // The samples look like the marks they explain.
    const [sample, mark] = await Promise.all([
      legend
        .locator('.legend-sample')
        .first()
        .evaluate((element) => getComputedStyle(element).textDecorationStyle),
      page
        .locator('main pre [data-sitevar]')
        .first()
        .evaluate((element) => getComputedStyle(element).textDecorationStyle),
    ]);
    expect(sample).toBe(mark);
    await legend.getByRole('button', { name: 'Set your own' }).tap();
    await expect(page.getByRole('dialog', { name: 'Your values' })).toBeVisible();
  });

  test('the preferences fill the screen, and Done and Close stay in reach however far the form scrolls', async ({ page }) => {
    for (const width of [375, 320]) {
      await page.setViewportSize({ width, height: 640 });
      await page.goto('/guides/authelia/paperless/');
      await page.locator('.site-header [data-open-preferences]').tap();
      const dialog = page.getByRole('dialog', { name: 'Your values' });
      await expect(dialog).toBeVisible();
      const box = await dialog.boundingBox();
      expect(box).toMatchObject({ x: 0, y: 0, width, height: 640 });
      const done = dialog.getByRole('button', { name: 'Done' });
      const close = dialog.getByRole('button', { name: 'Close' });
      const inView = async () => {
        for (const button of [done, close]) {
          const { y, height } = (await button.boundingBox())!;
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y + height).toBeLessThanOrEqual(640);
        }
      };
      await inView();
      // The form is longer than the screen: it scrolls, the bar and the footer do not.
      const body = dialog.locator('.dialog-body');
      expect(await body.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
      await body.evaluate((element) => element.scrollTo(0, element.scrollHeight));
      await inView();
      await fillField(dialog.getByLabel('Domain', { exact: true }), 'acme-corp.co.uk');
      await done.tap();
      await expect(dialog).toBeHidden();
      await expect(page.locator('main pre [data-sitevar="domain"]').first()).toHaveText('acme-corp.co.uk');
    }
  });

  test('a page without site variables has no legend', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.marks-legend')).toHaveCount(0);
  });
});
