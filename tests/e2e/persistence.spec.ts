import { expect, test } from '@playwright/test';
import { codeBlockTexts, guidePaths, setValues } from './support';

test('a returning reader sees their values before the first paint, on every page', async ({ page }) => {
  const paths = await guidePaths(page);
  await page.goto(paths[0]!);
  await setValues(page, { Domain: 'acme-corp.co.uk', 'Authelia subdomain': 'sso' });

  // The first animation frame callback runs before the first paint: record what it would show.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const shown = [...document.querySelectorAll<HTMLElement>('[data-sitevar="domain"]')]
        .filter((element) => getComputedStyle(element).visibility !== 'hidden')
        .map((element) => element.textContent);
      (window as unknown as { firstFrame: unknown }).firstFrame = shown;
    });
  });
  for (const path of paths) {
    await page.goto(path);
    const firstFrame = await page.waitForFunction(() => (window as unknown as { firstFrame?: string[] }).firstFrame);
    const shown = (await firstFrame.jsonValue()) as string[];
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((text) => text === 'acme-corp.co.uk'), `first frame of ${path} showed ${shown.join(', ')}`).toBe(true);
    expect((await codeBlockTexts(page)).join('\n')).not.toContain('example.com');
  }
});

test('a second tab follows changes live', async ({ context }) => {
  const first = await context.newPage();
  const paths = await guidePaths(first);
  await first.goto(paths[0]!);
  const second = await context.newPage();
  await second.goto(paths.at(-1)!);

  await setValues(first, { Domain: 'live.example.org' });
  await expect.poll(async () => (await codeBlockTexts(second)).join('\n')).toContain('live.example.org');
  await expect(second.locator('main [data-preferences]').getByLabel('Domain', { exact: true })).toHaveValue('live.example.org');

  await first.locator('main [data-preferences]').getByRole('button', { name: 'Reset to examples' }).click();
  await expect.poll(async () => (await codeBlockTexts(second)).join('\n')).toContain('example.com');
});

test('values survive a reload and Reset returns to the examples', async ({ page }) => {
  const [path] = await guidePaths(page);
  await page.goto(path!);
  await setValues(page, { Domain: 'acme-corp.co.uk' });
  await page.reload();
  await expect(page.locator('main [data-preferences]').getByLabel('Domain', { exact: true })).toHaveValue('acme-corp.co.uk');
  expect((await codeBlockTexts(page)).join('\n')).toContain('acme-corp.co.uk');

  await page.locator('main [data-preferences]').getByRole('button', { name: 'Reset to examples' }).click();
  expect((await codeBlockTexts(page)).join('\n')).toContain('example.com');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sitevar:')))).toEqual([]);
});
