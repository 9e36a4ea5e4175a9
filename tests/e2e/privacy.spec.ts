import { expect, test } from '@playwright/test';
import { CHROMIUM_CLIPBOARD, guidePaths, inlineForm, setValues } from './support';

test.use({ permissions: CHROMIUM_CLIPBOARD });

test('nothing the reader sets or generates leaves the browser', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const requests: { url: string; headers: string; body: string }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), headers: JSON.stringify(request.headers()), body: request.postData() ?? '' }));

  const paths = await guidePaths(page);
  await page.goto(paths[0]!);
  await setValues(page, { Domain: 'private-acme.example', 'Authelia subdomain': 'secret-sso' });
  const secrets: string[] = ['private-acme.example', 'secret-sso'];
  for (const path of paths) {
    await page.goto(path);
    const generate = inlineForm(page).getByRole('button', { name: /Generate/ });
    if (await generate.isVisible()) {
      await generate.click();
      await expect(inlineForm(page).locator('[data-credentials-status]')).toContainText('New credentials', { timeout: 15_000 });
      const secret = await page.locator('main pre [data-sitevar="client-secret"]').first().textContent();
      if (secret) secrets.push(secret);
    }
    for (const block of await page.locator('main figure.code-block').all()) {
      if (!(await block.isVisible())) continue;
      await block.getByRole('button', { name: 'Copy' }).click();
      await expect(block.getByRole('status')).toContainText('Copied');
    }
  }
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    expect(new URL(request.url).origin, request.url).toBe(new URL(baseURL!).origin);
    for (const secret of secrets) {
      expect(request.url).not.toContain(secret);
      expect(request.headers).not.toContain(secret);
      expect(request.body).not.toContain(secret);
    }
  }
});
