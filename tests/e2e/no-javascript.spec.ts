import { expect, test } from '@playwright/test';
import { guidePaths } from './support';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every guide shows the example values and no control that cannot work', async ({ page, request }) => {
    const paths = await guidePaths(page);
    for (const path of paths) {
      const html = await (await request.get(path)).text();
      expect(html).not.toContain('{{<');
      expect(html).not.toContain('{{&lt;');
      await page.goto(path);
      const code = await page.locator('main figure.code-block pre').allTextContents();
      expect(code.join('\n')).toContain('example.com');
      await expect(page.locator('main figure.code-block').first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Copy' })).toHaveCount(0);
      await expect(page.locator('main [data-preferences]')).toBeHidden();
      await expect(page.getByRole('button', { name: 'Your values' })).toBeHidden();
      await expect(page.locator('main .noscript-note')).toBeVisible();
    }
  });

  test('every tab panel shows, each under its label', async ({ page }) => {
    const paths = await guidePaths(page);
    for (const path of paths) {
      await page.goto(path);
      const panels = page.locator('main [role="tabpanel"]');
      for (const panel of await panels.all()) {
        await expect(panel).toBeVisible();
        await expect(panel.locator('.tab-heading')).toBeVisible();
      }
    }
  });
});
