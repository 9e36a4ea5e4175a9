import { pbkdf2Sync as derive, pbkdf2Sync } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { CHROMIUM_CLIPBOARD, codeBlockTexts, fillField, holdModule, inlineForm, readClipboard, viewForm } from './support';

const AUTHELIA_PAPERLESS = '/guides/authelia/paperless/';

async function texts(page: Page, name: string): Promise<string[]> {
  return page
    .locator(`main [data-sitevar="${name}"]`)
    .evaluateAll((elements) => elements.filter((element) => !element.closest('[data-preferences]')).map((element) => element.textContent ?? ''));
}

async function generate(page: Page): Promise<{ id: string; secret: string; digest: string }> {
  const form = inlineForm(page);
  await form.getByRole('button', { name: 'Generate client credentials' }).click();
  await expect(form.locator('[data-credentials-status]')).toContainText('New credentials are in every block', { timeout: 15_000 });
  const [id] = await texts(page, 'client-id');
  const [secret] = await texts(page, 'client-secret');
  const [digest] = await texts(page, 'client-secret-digest');
  return { id: id!, secret: secret!, digest: digest! };
}

/** Recomputes Authelia's digest of a secret with Node's own PBKDF2, from the digest's salt. */
function digestMatches(secret: string, digest: string): boolean {
  const [, scheme, iterations, salt, key] = digest.split('$');
  if (scheme !== 'pbkdf2-sha512') return false;
  const fromAdapted = (text: string) => Buffer.from(text.replaceAll('.', '+'), 'base64');
  const derived = pbkdf2Sync(secret, fromAdapted(salt!), Number(iterations), 64, 'sha512');
  return derived.equals(fromAdapted(key!)) && Number(iterations) === 310000 && fromAdapted(salt!).length === 16;
}

test('generated credentials land in every block, and the digest verifies against the secret', async ({ page }) => {
  await page.goto(AUTHELIA_PAPERLESS);
  await expect(page.locator('main [data-credentials-warning]').first()).toBeVisible();
  expect((await codeBlockTexts(page)).join('\n')).toContain('insecure_secret');

  const { id, secret, digest } = await generate(page);
  expect(id).toMatch(/^[A-Za-z0-9._~-]{72}$/);
  expect(secret).toMatch(/^[A-Za-z0-9._~-]{72}$/);
  expect(id).not.toBe(secret);
  expect(new Set(await texts(page, 'client-id'))).toEqual(new Set([id]));
  expect(new Set(await texts(page, 'client-secret'))).toEqual(new Set([secret]));
  expect(new Set(await texts(page, 'client-secret-digest'))).toEqual(new Set([digest]));
  expect((await texts(page, 'client-id')).length).toBeGreaterThanOrEqual(3);
  expect(digestMatches(secret, digest)).toBe(true);

  const code = (await codeBlockTexts(page)).join('\n');
  expect(code).not.toContain('insecure_secret');
  expect(code).not.toContain('c8p78n7pUMln0jzvd4aK4Q');
  await expect(page.locator('main [data-credentials-warning]').first()).toBeHidden();

  // Secrets stay out of localStorage and the address bar.
  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(local).not.toContain(secret);
  expect(page.url()).not.toContain(secret);
});

test('credentials survive a reload in the same tab, not a new tab, and Forget clears them', async ({ page, context }) => {
  await page.goto(AUTHELIA_PAPERLESS);
  const { secret } = await generate(page);
  await page.reload();
  await expect.poll(() => texts(page, 'client-secret')).toContain(secret);

  const other = await context.newPage();
  await other.goto(AUTHELIA_PAPERLESS);
  expect(await texts(other, 'client-secret')).not.toContain(secret);
  expect((await codeBlockTexts(other)).join('\n')).toContain('insecure_secret');
  await other.close();

  await inlineForm(page).getByRole('button', { name: 'Forget credentials' }).click();
  await expect.poll(async () => (await codeBlockTexts(page)).join('\n')).toContain('insecure_secret');
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('sitevar')))).toEqual([]);
  await page.reload();
  expect((await codeBlockTexts(page)).join('\n')).toContain('insecure_secret');
});

test('a typed secret is applied only with its own digest', async ({ page }) => {
  await page.goto(AUTHELIA_PAPERLESS);
  const field = inlineForm(page).getByLabel('Client secret', { exact: true });
  await fillField(field, 'my-own.secret_value~1234');
  await expect.poll(async () => (await texts(page, 'client-secret'))[0], { timeout: 15_000 }).toBe('my-own.secret_value~1234');
  const [digest] = await texts(page, 'client-secret-digest');
  expect(digestMatches('my-own.secret_value~1234', digest!)).toBe(true);
  await fillField(field, 'short');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect((await texts(page, 'client-secret'))[0]).toBe('my-own.secret_value~1234');
});

test("a guide's application subdomain changes that guide only", async ({ page }) => {
  await page.goto(AUTHELIA_PAPERLESS);
  await expect(inlineForm(page).getByLabel('Application subdomain', { exact: true })).toHaveAttribute('placeholder', 'paperless');
  await fillField(inlineForm(page).getByLabel('Application subdomain', { exact: true }), 'docs');
  expect((await codeBlockTexts(page)).join('\n')).toContain('https://docs.example.com/accounts/oidc/authelia/login/callback/');
  await page.reload();
  expect((await codeBlockTexts(page)).join('\n')).toContain('https://docs.example.com/');

  await page.goto('/guides/authentik/paperless/');
  expect(new Set(await texts(page, 'subdomain-app'))).toEqual(new Set(['paperless']));
  await page.goto('/guides/authelia/photoprism/');
  const photoprism = (await codeBlockTexts(page)).join('\n');
  expect(photoprism).toContain('https://photoprism.example.com/api/v1/oidc/redirect');
  expect(photoprism).not.toContain('docs.example.com');
});

test.describe('copying example credentials', () => {
  test.use({ permissions: CHROMIUM_CLIPBOARD });

  test('the copy note says the credentials are examples until generated', async ({ page }) => {
    await page.goto(AUTHELIA_PAPERLESS);
    const block = page.locator('main figure.code-block:has(pre [data-sitevar="client-secret-digest"])').first();
    await block.getByRole('button', { name: 'Copy' }).click();
    await expect(block.getByRole('status')).toContainText('Client ID');
    await generate(page);
    await block.getByRole('button', { name: 'Copy' }).click();
    await expect(block.getByRole('status')).not.toContainText('Client');
  });
});

test('without WebCrypto the control explains why and the guide keeps its examples', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'isSecureContext', { get: () => false });
  });
  await page.goto(AUTHELIA_PAPERLESS);
  const form = await viewForm(page);
  await expect(form.getByRole('button', { name: 'Generate client credentials' })).toBeDisabled();
  await expect(form.getByText('WebCrypto only on secure pages')).toBeVisible();
  expect((await codeBlockTexts(page)).join('\n')).toContain('insecure_secret');
});

test('looking at another provider changes no order; only the explicit choice leads the lists, until taken back', async ({ page }) => {
  await page.goto(AUTHELIA_PAPERLESS);
  const switcher = page.getByRole('navigation', { name: 'Identity provider' });
  await expect(switcher.getByRole('link', { name: 'Authelia' })).toHaveAttribute('aria-current', 'page');
  await switcher.getByRole('link', { name: 'authentik' }).click();
  await expect(page).toHaveURL(/\/guides\/authentik\/paperless\/$/);
  await expect(page.locator('.sidebar-group h2').first()).toHaveText('Authelia');
  await page.goto('/');
  const headings = page.locator('.section-group h2');
  await expect(headings.first()).toHaveText('Authelia');

  const choice = page.getByRole('button', { name: 'Show authentik first' });
  await expect(choice).toHaveAttribute('aria-pressed', 'false');
  await choice.click();
  await expect(headings.first()).toHaveText('authentik');
  await expect(choice).toHaveAttribute('aria-pressed', 'true');
  await expect(choice).toBeFocused();
  await page.reload();
  await expect(headings.first()).toHaveText('authentik');
  await page.goto('/guides/authelia/photoprism/');
  await expect(page.locator('.sidebar-group h2').first()).toHaveText('authentik');

  await page.goto('/');
  await page.getByRole('button', { name: 'Show authentik first' }).press('Enter');
  await expect(headings.first()).toHaveText('Authelia');
  await expect(page.getByRole('button', { name: 'Show authentik first' })).toHaveAttribute('aria-pressed', 'false');
});

test.describe('stored credentials are checked before they are shown', () => {
  test.use({ permissions: CHROMIUM_CLIPBOARD });

  test('after a reload the secret stays hidden (never the example) until its digest is verified, and copy waits', async ({ page }) => {
    await page.goto(AUTHELIA_PAPERLESS);
    const { secret } = await generate(page);
    const verify = await holdModule(page, 'verify-stored');
    await page.reload();
    await verify.requested;
    await expect(page.locator('[data-sitevar-waiting]')).not.toHaveCount(0);
    const secretMarks = page.locator('main pre [data-sitevar="client-secret"]');
    expect(await secretMarks.count()).toBeGreaterThan(0);
    for (const mark of await secretMarks.all()) await expect(mark).toBeHidden();
    const block = page.locator('main figure.code-block:has(pre [data-sitevar="client-secret"])').first();
    await block.getByRole('button', { name: 'Copy' }).click();
    expect(await block.getByRole('status').textContent()).toBe('');

    verify.release();
    await expect(block.getByRole('status')).toContainText('Copied');
    expect(await readClipboard(page)).toContain(secret);
    expect(await readClipboard(page)).not.toContain('insecure_secret');
    await expect(secretMarks.first()).toBeVisible();
    await expect(page.locator('[data-sitevar-waiting]')).toHaveCount(0);
  });

  const salt = Buffer.alloc(16, 7);
  const adapted = (bytes: Buffer) => bytes.toString('base64').replaceAll('+', '.').replace(/=+$/, '');
  const digestOf = (secret: string, iterations: number) =>
    `$pbkdf2-sha512$${iterations}$${adapted(salt)}$${adapted(derive(secret, salt, iterations, 64, 'sha512'))}`;

  for (const [name, digest] of [
    ['a digest of another secret', digestOf('somebody-elses-secret', 310000)],
    ['a digest with one round', digestOf('planted-secret-value', 1)],
  ] as const) {
    test(`a planted secret with ${name} is ignored and reported like any bad value`, async ({ page }) => {
      await page.addInitScript(
        ([storedDigest]) => {
          if (sessionStorage.getItem('planted')) return;
          sessionStorage.setItem('planted', '1');
          sessionStorage.setItem('sitevar-session:authelia/paperless:client-secret', 'planted-secret-value');
          sessionStorage.setItem('sitevar-session:authelia/paperless:client-secret-digest', storedDigest!);
        },
        [digest],
      );
      await page.goto(AUTHELIA_PAPERLESS);
      await expect(page.locator('[data-sitevar-waiting]')).toHaveCount(0);
      await expect.poll(async () => (await codeBlockTexts(page)).join('\n')).toContain('insecure_secret');
      const code = (await codeBlockTexts(page)).join('\n');
      expect(code).not.toContain('planted-secret-value');
      expect(code).not.toContain(digest.split('$')[4]!.slice(0, 20));
      await expect((await viewForm(page)).locator('[data-field-for="client-secret"] .field-ignored')).toBeVisible();
      const block = page.locator('main figure.code-block:has(pre [data-sitevar="client-secret"])').first();
      await block.getByRole('button', { name: 'Copy' }).click();
      await expect(block.getByRole('status')).toContainText('example values');
      expect(await readClipboard(page)).not.toContain('planted-secret-value');
    });
  }
});
