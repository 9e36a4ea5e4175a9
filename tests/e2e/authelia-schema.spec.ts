import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { guidePaths, setValues } from './support';

// The rules of Authelia's published schema the guides touch (where they come from: the fixture's
// $comment). Nothing is fetched: the test runs offline.
const schema = JSON.parse(readFileSync('tests/e2e/fixtures/authelia-oidc-client.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, formats: { uri: (text: string) => URL.canParse(text) } });
const validate = ajv.compile(schema);

/** Every Authelia client block of the page, as the reader copies it. */
async function autheliaClientBlocks(page: Page): Promise<unknown[]> {
  const texts = await page.locator('main figure.code-block[data-language="yaml"] pre').evaluateAll((pres) => pres.map((pre) => pre.textContent ?? ''));
  return texts.filter((text) => /^identity_providers:/m.test(text)).map((text) => parseYaml(text));
}

test("every Authelia client block validates against Authelia's schema, with the example values and with a reader's own", async ({ page }) => {
  let checked = 0;
  for (const path of await guidePaths(page)) {
    await page.goto(path);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const examples = await autheliaClientBlocks(page);
    if (examples.length === 0) continue;
    await setValues(page, { Domain: 'acme-corp.co.uk', 'Application subdomain': 'docs-01' }, undefined, { onlyOffered: true });
    await page.locator('main').getByRole('button', { name: 'Generate client credentials' }).click();
    // The digest is computed in the page: wait until the client block holds it.
    const client = page.locator('main figure.code-block pre', { hasText: 'identity_providers:' }).first();
    await expect(client).not.toContainText('c8p78n7pUMln0jzvd4aK4Q');
    await expect(client).toContainText('acme-corp.co.uk');
    const personal = await autheliaClientBlocks(page);
    for (const [index, config] of [...examples, ...personal].entries()) {
      const valid = validate(config);
      expect(valid, `${path}, block ${index + 1}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      checked++;
    }
    // The generated secret is in place: the digest Authelia stores, never the example's.
    expect(JSON.stringify(personal)).not.toContain('c8p78n7pUMln0jzvd4aK4Q');
  }
  expect(checked, 'Authelia client blocks checked').toBeGreaterThanOrEqual(6);
});

test('the schema rules catch what Authelia would refuse', () => {
  const client = { client_id: 'x', scopes: ['openid'], token_endpoint_auth_method: 'client_secret_basic', redirect_uris: ['https://app.example.com/cb'] };
  const wrap = (entry: object) => ({ identity_providers: { oidc: { clients: [entry] } } });
  expect(validate(wrap(client))).toBe(true);
  expect(validate(wrap({ ...client, scopes: ['openid', 'offline'] }))).toBe(false);
  expect(validate(wrap({ ...client, token_endpoint_auth_method: 'basic' }))).toBe(false);
  expect(validate(wrap({ ...client, client_secret: 'insecure_secret' }))).toBe(false);
  expect(validate(wrap({ ...client, redirect_uri: 'https://app.example.com/cb' }))).toBe(false);
  expect(validate(wrap({ ...client, redirect_uris: ['not a uri'] }))).toBe(false);
});
