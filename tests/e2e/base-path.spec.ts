import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROMIUM_CLIPBOARD, codeBlockTexts, readClipboard, setValues } from './support';

test.use({ permissions: CHROMIUM_CLIPBOARD });

test('served under a base path, links, personalisation, copy and search all work', async ({ page }) => {
  test.setTimeout(120_000);
  const outDir = mkdtempSync(path.join(tmpdir(), 'sitevar-base-'));
  const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--base', '/docs/', '--silent'], {
    env: { ...process.env, SITEVAR_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
  // Port 0: the server takes a free port and says which.
  const server = spawn(process.execPath, ['node_modules/sitevar-docs/bin/sitevar-docs.mjs', 'serve', '--root', outDir, '--base', '/docs/', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      server.stdout!.on('data', (chunk: Buffer) => {
        const port = /:(\d+)\/docs\//.exec(chunk.toString())?.[1];
        if (port) resolve(`http://127.0.0.1:${port}`);
      });
      server.once('exit', () => reject(new Error('the server stopped')));
    });
    await page.goto(`${origin}/docs/`);
    await page.locator('.guide-cards a').first().click();
    await expect(page).toHaveURL(/\/docs\/guides\//);
    await setValues(page, { Domain: 'based.example' });
    expect((await codeBlockTexts(page)).join('\n')).toContain('based.example');
    const block = page.locator('main figure.code-block').first();
    await block.getByRole('button', { name: 'Copy' }).click();
    await expect(block.getByRole('status')).toContainText('Copied');
    expect(await readClipboard(page)).toContain('based.example');

    await page.getByRole('searchbox', { name: 'Search the guides' }).fill('PAPERLESS_APPS');
    const result = page.getByRole('region', { name: 'Search results' }).getByRole('link').first();
    // Search loads its index and WebAssembly on first use: on a loaded machine that takes a while.
    await expect(result).toBeVisible({ timeout: 15_000 });
    expect(await result.evaluate((link) => (link as HTMLAnchorElement).pathname)).toMatch(/^\/docs\/guides\/.+\/paperless\//);
    await result.click();
    await expect(page.locator('main h1')).toContainText('Paperless-ngx');
    const alias = await fetch(`${origin}/docs/integration/openid-connect/photoprism/`).then((response) => response.text());
    expect(alias).toContain('url=/docs/guides/authelia/photoprism/');
  } finally {
    server.kill();
    rmSync(outDir, { recursive: true, force: true });
  }
});
