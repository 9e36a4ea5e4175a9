import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { CHROMIUM_CLIPBOARD, codeBlockTexts, guidePaths, holdModule, inlineMentions, readClipboard, setValues } from './support';

test.use({ permissions: CHROMIUM_CLIPBOARD });

const READER = { Domain: 'acme-corp.co.uk', 'Authelia subdomain': 'sso' };

test('every guide personalises every block and mention, and copies exactly what it shows', async ({ page }) => {
  test.setTimeout(120_000);
  const paths = await guidePaths(page);
  for (const path of paths) {
    await test.step(path, async () => {
      await page.goto(path);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      const before = await codeBlockTexts(page);
      expect(before.length, 'a guide has code blocks').toBeGreaterThan(0);
      expect(before.join('\n')).toContain('example.com');

      await setValues(page, READER, undefined, { onlyOffered: true });

      const after = await codeBlockTexts(page);
      for (const text of after) {
        expect(text).not.toContain('example.com');
        expect(text).not.toContain('{{<');
      }
      expect(after.join('\n')).toContain('acme-corp.co.uk');
      if (before.join('\n').includes('auth.example.com')) expect(after.join('\n')).toContain('sso.acme-corp.co.uk');

      const mentions = await inlineMentions(page, 'domain');
      expect(mentions.length, 'the guide mentions the domain in prose or inline code').toBeGreaterThan(0);
      for (const mention of mentions) expect(mention).toBe('acme-corp.co.uk');
      const prose = await page.locator('main .prose').evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        for (const form of copy.querySelectorAll('[data-preferences], noscript')) form.remove();
        return copy.textContent ?? '';
      });
      expect(prose).not.toContain('example.com');

      const blocks = page.locator('main figure.code-block');
      const count = await blocks.count();
      for (let index = 0; index < count; index++) {
        const block = blocks.nth(index);
        // Hidden tab panels are copied from their own tab, as a reader would.
        if (!(await block.isVisible())) {
          const panel = block.locator('xpath=ancestor::*[@role="tabpanel"][1]');
          const panelId = await panel.getAttribute('id');
          await page.locator(`[role="tab"][aria-controls="${panelId}"]`).click();
        }
        await block.getByRole('button', { name: 'Copy' }).click();
        await expect(block.getByRole('status')).toContainText('Copied');
        const copied = await readClipboard(page);
        const shown = (await block.locator('pre').textContent()) ?? '';
        expect(copied).toBe(shown.replace(/\n*$/, '\n'));
        expect(copied).not.toMatch(/Copy|configuration\.yml\n/);

        const language = await block.getAttribute('data-language');
        if (language === 'yaml' || language === 'yml') expect(() => parseYaml(copied)).not.toThrow();
        if (language === 'json') expect(() => JSON.parse(copied)).not.toThrow();
      }
    });
  }
});

test('a change re-renders every block at once, without reload', async ({ page }) => {
  const [path] = await guidePaths(page);
  await page.goto(path!);
  let navigations = 0;
  page.on('framenavigated', () => navigations++);
  await setValues(page, { Domain: 'one.example.org' });
  await setValues(page, { Domain: 'two.example.net' });
  const texts = await codeBlockTexts(page);
  expect(texts.join('\n')).toContain('two.example.net');
  expect(texts.join('\n')).not.toContain('one.example.org');
  expect(navigations).toBe(0);
});

test('personalised text is marked and names its variable', async ({ page }) => {
  const [path] = await guidePaths(page);
  await page.goto(path!);
  await setValues(page, { Domain: 'acme-corp.co.uk' });
  const marked = page.locator('main pre [data-sitevar="domain"]').first();
  await expect(marked).toHaveAttribute('data-sitevar-set', '');
  await expect(marked).toHaveAttribute('title', 'Domain: your value');
  // Hovering a mark loads the tooltips: an example says so, a default that works says that.
  await marked.hover();
  await expect(page.locator('main pre [data-sitevar="client-id"]').first()).toHaveAttribute('title', 'Client ID: example value, set yours in preferences');
  await expect(page.locator('main pre [data-sitevar="subdomain-app"]').first()).toHaveAttribute(
    'title',
    'Application subdomain: default value, change it in preferences if yours differs',
  );
});

test('a value typed while the page is still loading its script is applied once it runs', async ({ page }) => {
  // Hold back every script file: the page is readable and its form usable before they arrive.
  const scripts = await holdModule(page, '');
  await page.goto('/guides/authelia/paperless/', { waitUntil: 'commit' });
  const domain = page.locator('main [data-preferences]').getByLabel('Domain', { exact: true });
  await domain.click();
  await domain.pressSequentially('early.example');
  scripts.release();
  await expect(page.locator('html')).toHaveAttribute('data-forms-ready', '');
  await expect.poll(async () => (await codeBlockTexts(page)).join('\n')).toContain('early.example');
  expect(await page.evaluate(() => localStorage.getItem('sitevar:domain'))).toBe('early.example');
});

test('the help under a field follows the values as the reader types them', async ({ page }) => {
  await page.goto('/guides/authelia/paperless/');
  const form = page.locator('main [data-preferences]');
  const help = form.locator('[data-field-for="subdomain-authelia"] .field-help');
  await expect(help).toHaveText('The subdomain of the Authelia portal: auth gives https://auth.example.com/.');
  await form.getByLabel('Authelia subdomain', { exact: true }).pressSequentially('sso');
  await expect(help).toHaveText('The subdomain of the Authelia portal: sso gives https://sso.example.com/.');
  await setValues(page, { Domain: 'acme-corp.co.uk' });
  await expect(help).toHaveText('The subdomain of the Authelia portal: sso gives https://sso.acme-corp.co.uk/.');
});
