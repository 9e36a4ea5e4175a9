import { expect, type Page, test } from '@playwright/test';
import { codeBlockTexts, guidePaths, holdModule, viewForm } from './support';

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "'; alert(1); '",
  'line\nbreak.example.com',
  'x'.repeat(1024 * 1024),
  '{"__proto__":{"polluted":true}}',
  '__proto__',
  'constructor',
  'true',
  '123',
  '',
];

const SITE_KEYS = ['domain', 'subdomain-authelia', 'host', 'port', 'tls', 'subdomain-authentik'];
const GUIDE = 'authelia/paperless';

/** Everything a page may read from storage, for the hostile value at `index`. */
function plant(page: Page, index: number) {
  return page.addInitScript(
    ([value, siteKeys, guide]) => {
      if (sessionStorage.getItem('planted')) return;
      sessionStorage.setItem('planted', '1');
      const keys = [
        ...siteKeys.map((name) => `sitevar:${name}`),
        `sitevar-guide:${guide}:subdomain-app`,
        'sitevar:__proto__',
        'sitevar:constructor',
        'sitevar-tabs:deployment',
        'sitevar-lead-section',
      ];
      for (const key of keys) {
        try {
          localStorage.setItem(key, value);
        } catch {
          localStorage.setItem(key, value.slice(0, 1000));
        }
      }
      for (const name of ['client-id', 'client-secret', 'client-secret-digest']) sessionStorage.setItem(`sitevar-session:${guide}:${name}`, value);
    },
    [HOSTILE[index]!, SITE_KEYS, GUIDE] as const,
  );
}

test('hostile stored values run nothing, show the defaults and are reported as ignored', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const paths = ['/', ...(await guidePaths(page))];
  for (const [index, value] of HOSTILE.entries()) {
    await test.step(`value ${index}: ${JSON.stringify(value.slice(0, 30))}`, async () => {
      const context = await page.context().browser()!.newContext({ baseURL: baseURL! });
      const tab = await context.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      const foreign: string[] = [];
      tab.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('request', (request) => {
        if (!request.url().startsWith(baseURL!)) foreign.push(request.url());
      });
      await plant(tab, index);
      for (const path of paths) {
        await tab.goto(path);
        await expect(tab.locator('main')).toBeVisible();
        expect(await tab.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(
          await tab.locator('img[src="x"], script:not([src]):not([type])').evaluateAll((nodes) => nodes.filter((node) => node.tagName === 'IMG').length),
        ).toBe(0);
        expect(await tab.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
        if (path.startsWith('/guides/')) {
          const code = (await codeBlockTexts(tab)).join('\n');
          expect(code).toContain('example.com');
          expect(code).not.toContain('onerror');
          expect(code).not.toContain('<script>');
        }
      }
      if (value !== '' && value !== 'true') {
        await tab.goto(`/guides/${GUIDE}/`);
        await expect((await viewForm(tab)).locator('[data-field-for="domain"] .field-ignored')).toBeVisible();
      }
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });
  }
});

test('good saved values are kept next to ignored bad ones', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('sitevar:domain', 'acme-corp.co.uk');
    localStorage.setItem('sitevar:subdomain-authelia', '<b>bad</b>');
    localStorage.setItem('sitevar:port', '99999');
  });
  await page.goto(`/guides/${GUIDE}/`);
  const code = (await codeBlockTexts(page)).join('\n');
  expect(code).toContain('https://auth.acme-corp.co.uk');
  const form = await viewForm(page);
  await expect(form.getByLabel('Domain', { exact: true })).toHaveValue('acme-corp.co.uk');
  await expect(form.locator('[data-field-for="subdomain-authelia"] .field-ignored')).toBeVisible();
  await expect(form.locator('[data-field-for="domain"] .field-ignored')).toBeHidden();
});

test('a stored value the core cannot vouch for stays hidden until the full check rules, then shows or is ignored, in this tab and from another', async ({
  page,
  context,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('planted')) return;
    sessionStorage.setItem('planted', '1');
    // Valid punycode, and a label that only looks like it: both beyond the core's patterns.
    localStorage.setItem('sitevar:domain', 'xn--bcher-kva.example');
    localStorage.setItem('sitevar:subdomain-authelia', 'xn--zz');
  });
  const verify = await holdModule(page, 'verify-stored');
  await page.goto(`/guides/${GUIDE}/`);
  await verify.requested;
  await expect(page.locator('[data-sitevar-waiting]')).not.toHaveCount(0);
  const domainMarks = page.locator('main pre [data-sitevar="domain"]');
  expect(await domainMarks.count()).toBeGreaterThan(0);
  // Neither the stored value nor the example shows meanwhile.
  for (const mark of await domainMarks.all()) await expect(mark).toBeHidden();

  verify.release();
  await expect(page.locator('[data-sitevar-waiting]')).toHaveCount(0);
  const code = (await codeBlockTexts(page)).join('\n');
  expect(code).toContain('https://auth.xn--bcher-kva.example');
  expect(code).not.toContain('xn--zz');
  await expect((await viewForm(page)).locator('[data-field-for="subdomain-authelia"] .field-ignored')).toBeVisible();

  // Another tab stores a name the core leaves to the full check: this page has it checked too.
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(() => localStorage.setItem('sitevar:domain', 'xn--mnchen-3ya.example'));
  await expect.poll(async () => (await codeBlockTexts(page)).join('\n')).toContain('https://auth.xn--mnchen-3ya.example');
  await expect(page.locator('[data-sitevar-waiting]')).toHaveCount(0);
  await other.close();
});
