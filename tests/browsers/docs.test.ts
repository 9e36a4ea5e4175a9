import { describe, expect, inject, it } from 'vitest';
import type { BrowserName } from './browsers';
import { clipboardText, pressCopy, typeInto, waitUntil } from './pages';
import { readerSession } from './reader-session';

// The engine's documentation (docs/), built with the engine: its readers are adopters, and the
// values they set are those of the site they are making. The journey: set them, and copy an
// astro.config.mjs written for that site.

const BROWSERS: BrowserName[] = ['firefox', 'chromium'];
const docsURL = inject('docsURL');
const url = (path: string) => new URL(path.replace(/^\//, ''), docsURL).href;
const GETTING_STARTED = '/docs/start/getting-started/';
const CONFIG_BLOCK = 'main figure.code-block[data-title="astro.config.mjs"]';

describe.each(BROWSERS)("the engine's documentation, in %s", (name) => {
  const { openPage } = readerSession(name, url);

  it("copies an astro.config.mjs written for the adopter's own site", async () => {
    const page = await openPage(GETTING_STARTED);
    await page.click('.preferences-button');
    await typeInto(page, '#dialog-prefs-docs-domain', 'manual.acme-cloud.io');
    await typeInto(page, '#dialog-prefs-base', '/handbook/');
    await typeInto(page, '#dialog-prefs-product', 'Acme Cloud');
    await page.keyboard.press('Escape');
    await waitUntil(page, (selector: string) => document.querySelector(`${selector} pre`)?.textContent?.includes('Acme Cloud') ?? false, {}, CONFIG_BLOCK);

    const shown = await page.$eval(`${CONFIG_BLOCK} pre`, (pre) => pre.textContent ?? '');
    expect(shown).toContain("site: 'https://manual.acme-cloud.io'");
    expect(shown).toContain("base: '/handbook/'");
    expect(shown).toContain('Acme Cloud docs');
    expect(shown).not.toContain('docs.example.com');

    expect(await pressCopy(page, CONFIG_BLOCK)).toBe('Copied to the clipboard.');
    expect(await clipboardText(page)).toBe(shown.replace(/\n*$/, '\n'));
  });

  it('leads from one page to the next in the order of the sidebar, section by section', async () => {
    const page = await openPage(GETTING_STARTED);
    const sidebar = await page.$$eval('.sidebar a', (links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    const position = sidebar.indexOf(new URL(url(GETTING_STARTED)).pathname);
    expect(position).toBe(0);
    expect(await page.$('.pagination-previous')).toBeNull();
    expect(await page.$eval('.pagination-next', (link) => (link as HTMLAnchorElement).pathname)).toBe(sidebar[1]);
    await page.goto(url(sidebar.at(-1)!));
    expect(await page.$eval('.pagination-previous', (link) => (link as HTMLAnchorElement).pathname)).toBe(sidebar.at(-2));
    expect(await page.$('.pagination-next')).toBeNull();
  });

  it('lists every option of the engine, read from its schema', async () => {
    const page = await openPage('/reference/options/');
    const paths = await page.$$eval('.option dt > code', (codes) => codes.map((code) => code.textContent ?? ''));
    expect(paths).toContain('title');
    expect(paths).toContain('variables[].kind');
    expect(paths).toContain('guides.base');
    const descriptions = await page.$$eval('.option dd > p:first-child', (texts) => texts.map((text) => text.textContent?.trim() ?? ''));
    expect(descriptions.length).toBe(paths.length);
    expect(descriptions.every((text) => text.length > 10)).toBe(true);
  });
});
