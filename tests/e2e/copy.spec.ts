import { expect, test } from '@playwright/test';
import { CHROMIUM_CLIPBOARD, guidePaths, pasteClipboard, readClipboard, setValues } from './support';

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
