import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { fillField, guidePaths, inlineForm } from './support';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the home page and every guide have no axe violations', async ({ page }) => {
      // A few seconds of axe per page, and the site has more guides than the default 30 s covers.
      test.setTimeout(120_000);
      await page.goto('/');
      expect(await violations(page)).toEqual([]);
      for (const path of await guidePaths(page)) {
        await page.goto(path);
        expect(await violations(page), path).toEqual([]);
      }
    });

    test('the preferences form, open and showing an error, has no axe violations', async ({ page }) => {
      const [path] = await guidePaths(page);
      await page.goto(path!);
      await fillField(inlineForm(page).getByLabel('Domain', { exact: true }), 'not a domain');
      await expect(inlineForm(page).getByLabel('Domain', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Your values' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('every control is reachable with the keyboard and shows a focus ring', async ({ page }) => {
  const [path] = await guidePaths(page);
  await page.goto(path!);
  const seen = new Set<string>();
  for (let press = 0; press < 80; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return { name: `${element.tagName} ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? ''}`, ring };
    });
    if (!focused) continue;
    expect(focused.ring, `${focused.name} has a visible focus ring`).toBe(true);
    seen.add(focused.name);
  }
  for (const expected of ['Skip to content', 'Your values', 'Copy']) {
    expect(
      [...seen].some((name) => name.includes(expected)),
      `${expected} is reachable`,
    ).toBe(true);
  }
});

test('the theme is an explicit choice, shown as chosen, remembered and applied before the first paint', async ({ page }) => {
  // A light system: choosing "Light" must not be needed to see a change, and "Dark" is one step.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toHaveValue('system');
  expect(await theme.locator('option').allTextContents()).toEqual(['System', 'Light', 'Dark']);
  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 17, 21)');
  await expect(page.locator('.theme-icon-dark')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  // On wide screens the choice is written out, not only drawn.
  expect(await theme.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('Dark');
  await expect.poll(() => theme.evaluate((select) => getComputedStyle(select).color)).not.toBe('rgba(0, 0, 0, 0)');
  await page.addInitScript(() => {
    requestAnimationFrame(() => ((window as unknown as { firstTheme: string }).firstTheme = document.documentElement.dataset.theme ?? 'none'));
  });
  await page.reload();
  expect(await page.waitForFunction(() => (window as unknown as { firstTheme?: string }).firstTheme).then((handle) => handle.jsonValue())).toBe('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 17, 21)');
  await expect(theme).toHaveValue('dark');
});

test('code wrapping is a remembered choice', async ({ page }) => {
  await page.setViewportSize({ width: 500, height: 800 });
  const [path] = await guidePaths(page);
  await page.goto(path!);
  const pre = page.locator('main figure.code-block pre').first();
  const scrolls = () => pre.evaluate((element) => element.scrollWidth > element.clientWidth);
  expect(await scrolls()).toBe(true);
  await page.getByRole('button', { name: 'Your values' }).click();
  await page.getByRole('dialog').getByLabel('Wrap long lines in code blocks').check();
  await page.keyboard.press('Escape');
  expect(await scrolls()).toBe(false);
  await page.reload();
  expect(await scrolls()).toBe(false);
});

test('tabs, the theme choice and the preferences dialog work from the keyboard alone', async ({ page }) => {
  await page.goto('/guides/authelia/photoprism/');
  const tabs = page.getByRole('tab');
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').filter({ visible: true })).toHaveCount(1);
  await page.keyboard.press('Home');
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');

  const theme = page.getByRole('combobox', { name: 'Theme' });
  await theme.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(theme).toHaveValue('light');

  await page.getByRole('button', { name: 'Your values' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Your values' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Domain', { exact: true })).toBeFocused();
  await page.keyboard.type('keys.example');
  await expect.poll(async () => (await page.locator('main figure.code-block pre').first().textContent()) ?? '').toContain('keys.example');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
