import { expect, test } from '@playwright/test';
import { CHROMIUM_CLIPBOARD, codeBlockTexts, field, fillField, guidePaths, inlineForm, readClipboard, setValues } from './support';

test.use({ permissions: CHROMIUM_CLIPBOARD });

test('an invalid domain shows an error and changes nothing', async ({ page }) => {
  const [path] = await guidePaths(page);
  await page.goto(path!);
  await setValues(page, { Domain: 'acme-corp.co.uk' });
  const before = await codeBlockTexts(page);

  const domain = field(inlineForm(page), 'Domain');
  for (const bad of ['-acme.com', 'localhost', 'acme..com', 'https://acme.com', `${'a'.repeat(64)}.com`, 'acme_corp.com']) {
    await fillField(domain, bad);
    await expect(domain).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#prefs-domain-message')).not.toBeEmpty();
    expect(await codeBlockTexts(page)).toEqual(before);
    expect(await page.evaluate(() => localStorage.getItem('sitevar:domain'))).toBe('acme-corp.co.uk');
  }
  // The error is announced with the field, not only shown.
  await expect(domain).toHaveAccessibleDescription(/.+/);
});

test('while a value is invalid, copy explains why and copies nothing', async ({ page }) => {
  const [path] = await guidePaths(page);
  await page.goto(path!);
  await page.evaluate(() => navigator.clipboard.writeText('untouched'));
  await fillField(field(inlineForm(page), 'Domain'), 'not a domain');
  const block = page.locator('main figure.code-block:has(pre [data-sitevar="domain"])').first();
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('status')).toContainText('Not copied: your Domain is not valid');
  expect(await readClipboard(page)).toBe('untouched');

  await fillField(field(inlineForm(page), 'Domain'), 'fixed.example');
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('status')).toContainText('Copied');
  expect(await readClipboard(page)).toContain('fixed.example');
});

test('an internationalised domain is applied in its punycode form', async ({ page }) => {
  const [path] = await guidePaths(page);
  await page.goto(path!);
  await fillField(field(inlineForm(page), 'Domain'), 'Bücher.Example');
  await expect(page.locator('#prefs-domain-message')).toHaveText('Applied as xn--bcher-kva.example');
  expect((await codeBlockTexts(page)).join('\n')).toContain('xn--bcher-kva.example');
});

test('ports, hosts and subdomains are validated too', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Set your domain' }).click();
  const dialog = page.getByRole('dialog');
  for (const [label, bad] of [
    ['Authelia port', '70000'],
    ['Authelia host', 'bad host'],
    ['Authelia subdomain', 'sso.acme'],
  ] as const) {
    const input = dialog.getByLabel(label, { exact: true });
    await fillField(input, bad);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await fillField(input, '');
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
  }
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sitevar:')))).toEqual([]);
});

test('names no browser can reach, and client IDs YAML would not read as text, are refused with a reason', async ({ page }) => {
  await page.goto('/guides/authelia/paperless/');
  const domain = field(inlineForm(page), 'Domain');
  for (const [bad, reason] of [
    ['a.0x1', 'Browsers do not accept "a.0x1"'],
    ['xn--zz.com', '"xn--zz" is not valid punycode'],
  ] as const) {
    await fillField(domain, bad);
    await expect(domain).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#prefs-domain-message')).toContainText(reason);
  }
  const clientId = field(inlineForm(page), 'Client ID');
  for (const bad of ['~', 'null', 'true', '12345']) {
    await fillField(clientId, bad);
    await expect(clientId).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#prefs-client-id-message')).toContainText('reads as a number, a yes/no or an empty value in YAML');
  }
  expect((await codeBlockTexts(page)).join('\n')).toContain("client_id: 'paperless'");
  expect(await page.evaluate(() => Object.keys({ ...localStorage, ...sessionStorage }).filter((key) => key.startsWith('sitevar')))).toEqual([]);
});
