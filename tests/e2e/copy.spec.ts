import { expect, test } from '@playwright/test';
import { CHROMIUM_CLIPBOARD, guidePaths, inlineForm, pasteClipboard, readClipboard, setValues } from './support';

test.describe('with clipboard permission', () => {
  test.use({ permissions: CHROMIUM_CLIPBOARD });

  test('the copy button is reachable by keyboard, named Copy, and notes example values', async ({ page }) => {
    const [path] = await guidePaths(page);
    await page.goto(path!);
    const block = page.locator('main figure.code-block:has(pre [data-sitevar])').first();
    const button = block.getByRole('button', { name: 'Copy' });
    await button.focus();
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    const status = block.getByRole('status');
    await expect(status).toContainText('Copied, with example values for');
    await expect(block.locator('.copy-label')).toHaveText('Copied');
    expect(await readClipboard(page)).toBe(((await block.locator('pre').textContent()) ?? '').replace(/\n*$/, '\n'));

    await setValues(page, { Domain: 'acme-corp.co.uk', 'Authelia subdomain': 'sso' });
    await button.click();
    await expect(status).not.toContainText('Domain');
  });

  test("after a copy, only examples are called examples: never the guide's own defaults, always the example domain however it is typed", async ({ page }) => {
    await page.goto('/guides/authelia/paperless/');
    const block = page.locator('main figure.code-block[data-title="configuration.yml"]');
    const status = block.getByRole('status');
    await block.getByRole('button', { name: 'Copy' }).click();
    await expect(status).toHaveText('Copied, with example values for Client ID, Client secret digest and Domain: set your own in preferences.');

    // The example domain in capitals is stored as example.com: still the example, not "yours".
    await setValues(page, { Domain: 'EXAMPLE.COM' });
    const domain = block.locator('pre [data-sitevar="domain"]');
    await expect(domain).toHaveText('example.com');
    await expect(domain).not.toHaveAttribute('data-sitevar-set');
    await block.getByRole('button', { name: 'Copy' }).click();
    await expect(status).toContainText('Domain');

    // With a domain and credentials of their own, the reader is done: the guide's "paperless"
    // subdomain is fine as it is, and nothing asks them to retype it.
    await setValues(page, { Domain: 'acme-corp.co.uk' });
    await inlineForm(page).getByRole('button', { name: 'Generate client credentials' }).click();
    await expect(inlineForm(page).locator('[data-credentials-status]')).toContainText('New credentials are in every block', { timeout: 15_000 });
    await block.getByRole('button', { name: 'Copy' }).click();
    await expect(status).toHaveText('Copied to the clipboard.');
    expect(await readClipboard(page)).toContain("- 'https://paperless.acme-corp.co.uk/accounts/oidc/authelia/login/callback/'");
  });

  test('copy keeps indentation and line breaks, with one trailing newline', async ({ page }) => {
    const [path] = await guidePaths(page);
    await page.goto(path!);
    const block = page.locator('main figure.code-block[data-language="yaml"]').first();
    await block.getByRole('button', { name: 'Copy' }).click();
    await expect(block.getByRole('status')).toContainText('Copied');
    const copied = await readClipboard(page);
    expect(copied.endsWith('\n')).toBe(true);
    expect(copied.endsWith('\n\n')).toBe(false);
    expect(copied).toMatch(/\n {2,}\S/);
  });
});

test('without the Clipboard API the copy command copies exactly the same text, last newline included', async ({ page, context }) => {
  await context.grantPermissions(CHROMIUM_CLIPBOARD);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  const [path] = await guidePaths(page);
  await page.goto(path!);
  const block = page.locator('main figure.code-block').first();
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('status')).toContainText('Copied');
  // The reader's selection is left alone.
  expect(await page.evaluate(() => String(getSelection()))).toBe('');
  const shown = ((await block.locator('pre').textContent()) ?? '').replace(/\n*$/, '\n');
  expect(await pasteClipboard(page)).toBe(shown);
});

test('when every way to copy fails, the button says so and claims nothing', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({ writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) }),
    });
    document.execCommand = () => false;
  });
  const [path] = await guidePaths(page);
  await page.goto(path!);
  const block = page.locator('main figure.code-block').first();
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('status')).toContainText('Copy failed');
  await expect(block.locator('.copy-label')).toHaveText('Copy');
});
