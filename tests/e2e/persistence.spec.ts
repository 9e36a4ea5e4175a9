import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { codeBlockTexts, guidePaths, setValues, viewForm } from './support';

test('a returning reader sees their values before the first paint, on every page', async ({ page }) => {
  const paths = await guidePaths(page);
  await page.goto(paths[0]!);
  await setValues(page, { Domain: 'acme-corp.co.uk', 'Authelia subdomain': 'sso' });

  // Animation frame callbacks run before each paint: record what every frame until load shows.
  await page.addInitScript(() => {
    const frames: string[][] = [];
    const record = () => {
      frames.push(
        [...document.querySelectorAll<HTMLElement>('[data-sitevar="domain"]')]
          .filter((element) => getComputedStyle(element).visibility !== 'hidden')
          .map((element) => element.textContent ?? ''),
      );
      if (document.readyState !== 'complete') requestAnimationFrame(record);
      else (window as unknown as { paintedFrames: string[][] }).paintedFrames = frames;
    };
    requestAnimationFrame(record);
  });
  for (const path of paths) {
    await page.goto(path);
    const handle = await page.waitForFunction(() => (window as unknown as { paintedFrames?: string[][] }).paintedFrames);
    const frames = (await handle.jsonValue()) as string[][];
    const shown = frames.flat();
    expect(shown.length, `no frame of ${path} showed the domain`).toBeGreaterThan(0);
    expect(
      shown.filter((text) => text !== 'acme-corp.co.uk'),
      `frames of ${path} showed other values`,
    ).toEqual([]);
    expect((await codeBlockTexts(page)).join('\n')).not.toContain('example.com');
  }
});

test('a remembered tab, section order, theme and wrapping are in place before any module loads, from every frame', async ({ page }) => {
  await page.goto('/guides/authelia/photoprism/');
  await page.evaluate(() => {
    localStorage.setItem('sitevar-tabs:deployment', 'Environment file');
    localStorage.setItem('sitevar-lead-section', 'authentik');
    localStorage.setItem('sitevar-theme', 'dark');
    localStorage.setItem('sitevar-wrap', 'true');
  });
  // No module of the page may arrive: whatever shows comes from the inline scripts.
  await page.route(/\/_astro\/[^/]*\.js$/, () => undefined);
  await page.addInitScript(() => {
    const frames: string[] = [];
    const record = () => {
      const visible = (element: Element | null) => element && getComputedStyle(element).visibility !== 'hidden';
      const tab = document.querySelector('[data-tabs][data-group="deployment"] [role="tab"][aria-selected="true"]');
      const section = document.querySelector('.sidebar-group h2');
      const theme = document.querySelector<HTMLSelectElement>('select[data-choice="sitevar-theme"]');
      const shown = [visible(tab) ? tab!.textContent!.trim() : '', visible(section) ? section!.textContent!.trim() : '', visible(theme) ? theme!.value : ''];
      if (shown.some((text) => text !== '')) frames.push(shown.join(' | '));
      if (document.readyState !== 'complete') requestAnimationFrame(record);
      else (window as unknown as { paintedFrames: string[] }).paintedFrames = frames;
    };
    requestAnimationFrame(record);
  });
  await page.goto('/guides/authelia/photoprism/');
  const frames = (await (await page.waitForFunction(() => (window as unknown as { paintedFrames?: string[] }).paintedFrames)).jsonValue()) as string[];
  expect(frames.length).toBeGreaterThan(0);
  expect(new Set(frames)).toEqual(new Set(['Environment file | authentik | dark']));
  const panel = page.getByRole('tabpanel', { name: 'Environment file' });
  await expect(panel).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-wrap', '');
  await expect(page.locator('[data-choice="sitevar-wrap"]').first()).toBeChecked();
  await page.goto('/');
  await expect(page.locator('.section-group h2').first()).toHaveText('authentik');
  await expect(page.getByRole('button', { name: 'Show authentik first' })).toHaveAttribute('aria-pressed', 'true');
});

test('a page the browser paints before its end arrives (a slow network) shows no example and no default choice meanwhile', async ({ page, baseURL }) => {
  // The site through a server that holds back the end of each page, from the element that runs
  // the rest of the core, for a second and a half: the browser paints what it has meanwhile.
  const server = createServer(async (request, response) => {
    const upstream = await fetch(new URL(request.url!, baseURL));
    const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
    const body = Buffer.from(await upstream.arrayBuffer());
    response.writeHead(upstream.status, { 'content-type': type });
    const cut = type.startsWith('text/html') ? body.indexOf('<sitevar-page-end>') : -1;
    if (cut < 0) {
      response.end(body);
      return;
    }
    response.write(body.subarray(0, cut));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    response.end(body.subarray(cut));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const guide = `${origin}/guides/authelia/photoprism/`;
    await page.goto(guide);
    await page.evaluate(() => {
      localStorage.setItem('sitevar:domain', 'acme.org');
      localStorage.setItem('sitevar-theme', 'dark');
      localStorage.setItem('sitevar-tabs:deployment', 'Environment file');
    });
    await page.addInitScript(() => {
      const frames: string[] = [];
      const record = () => {
        const visible = (element: Element | null) => element && getComputedStyle(element).visibility !== 'hidden';
        const theme = document.querySelector<HTMLSelectElement>('select[data-choice="sitevar-theme"]');
        const mark = document.querySelector('main [data-sitevar="domain"]');
        const tab = document.querySelector('[data-tabs][data-group="deployment"] [role="tab"][aria-selected="true"]');
        const pending = document.documentElement.classList.contains('sitevar-pending');
        frames.push(
          [pending, visible(theme) ? theme!.value : '', visible(mark) ? mark!.textContent : '', visible(tab) ? tab!.textContent!.trim() : ''].join(' | '),
        );
        if (document.readyState !== 'complete') requestAnimationFrame(record);
        else (window as unknown as { paintedFrames: string[] }).paintedFrames = frames;
      };
      requestAnimationFrame(record);
    });
    await page.goto(guide);
    const frames = (await (await page.waitForFunction(() => (window as unknown as { paintedFrames?: string[] }).paintedFrames)).jsonValue()) as string[];
    // Frames were painted while the page's end was held back, and in none of them did an example value or a default choice show.
    expect(new Set(frames.filter((frame) => frame.startsWith('true')))).toEqual(new Set(['true |  |  | ']));
    expect(new Set(frames.filter((frame) => frame.startsWith('false')))).toEqual(new Set(['false | dark | acme.org | Environment file']));
  } finally {
    server.close();
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
  await expect((await viewForm(second)).getByLabel('Domain', { exact: true })).toHaveValue('live.example.org');

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
  await expect.poll(async () => (await codeBlockTexts(page)).join('\n')).toContain('example.com');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sitevar:')))).toEqual([]);
});
