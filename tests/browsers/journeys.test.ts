import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserName, launchBrowser } from './browsers';
import { clipboardText, codeTexts, pasteHere, pressCopy, putOnClipboard, typeInto, waitForDomain, waitUntil } from './pages';
import { readerSession } from './reader-session';

// The reader's journeys, in Firefox and in Chromium, each on a fresh profile, served under the
// site's Content Security Policy. Every journey fails on a console error, an uncaught error or
// a CSP violation.

const BROWSERS: BrowserName[] = ['firefox', 'chromium'];
const GUIDE = '/guides/authelia/paperless/';
const TABS_GUIDE = '/guides/authelia/photoprism/';
const DOMAIN = 'acme-corp.co.uk';
const INLINE_DOMAIN = 'main [data-preferences] #prefs-domain';
const DOMAIN_BLOCK = 'main figure.code-block:has(pre [data-sitevar="domain"])';

const baseURL = inject('baseURL');
const url = (path: string) => new URL(path, baseURL).href;

describe.each(BROWSERS)('in %s', (name) => {
  const { newPage, openPage } = readerSession(name, url);

  it('sets preferences in the guide: every block and mention changes as the reader types, without reload', async () => {
    const page = await openPage(GUIDE);
    const before = await codeTexts(page);
    expect(before.join('\n')).toContain('example.com');
    await typeInto(page, INLINE_DOMAIN, DOMAIN);
    await typeInto(page, 'main [data-preferences] #prefs-subdomain-authelia', 'sso');
    await waitForDomain(page, DOMAIN);
    const code = (await codeTexts(page)).join('\n');
    expect(code).toContain(`https://sso.${DOMAIN}`);
    expect(code).not.toContain('example.com');
    expect(await page.evaluate(() => localStorage.getItem('sitevar:domain'))).toBe(DOMAIN);
  });

  it("puts a returning reader's values in place before the first paint after a reload", async () => {
    const page = await openPage(GUIDE);
    await typeInto(page, INLINE_DOMAIN, DOMAIN);
    await waitForDomain(page, DOMAIN);
    await page.reload();
    await waitForDomain(page, DOMAIN);
    const frames = await page.evaluate(() => window.sitevarTest?.frames ?? []);
    expect(frames.length).toBeGreaterThan(0);
    // At every frame the marks were either hidden or already showed the reader's value.
    expect(frames.filter((frame) => !frame.hidden && frame.texts.some((text) => text !== DOMAIN))).toEqual([]);
  });

  it('follows a value set in a second tab, without reload', async () => {
    const first = await openPage(GUIDE);
    const second = await openPage(TABS_GUIDE);
    await first.bringToFront();
    await typeInto(first, INLINE_DOMAIN, DOMAIN);
    await waitForDomain(second, DOMAIN);
    // Its form shows the value too, when the reader opens it.
    await second.bringToFront();
    await second.click('[data-open-preferences]');
    await waitUntil(second, (value: string) => (document.getElementById('dialog-prefs-domain') as HTMLInputElement).value === value, {}, DOMAIN);
  });

  it('copies exactly what a block shows, one trailing newline, checked by pasting', async () => {
    const page = await openPage(GUIDE);
    await typeInto(page, INLINE_DOMAIN, DOMAIN);
    await waitForDomain(page, DOMAIN);
    expect(await pressCopy(page, DOMAIN_BLOCK)).toMatch(/^Copied/);
    const shown = await page.$eval(`${DOMAIN_BLOCK} pre`, (pre) => pre.textContent ?? '');
    expect(await clipboardText(page)).toBe(shown.replace(/\n*$/, '\n'));
  });

  it('copies exactly the same text with the copy command where the Clipboard API is missing', async () => {
    const page = await newPage();
    await page.evaluateOnNewDocument(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true }));
    await page.goto(url(GUIDE));
    expect(await pressCopy(page, DOMAIN_BLOCK)).toMatch(/^Copied/);
    const shown = await page.$eval(`${DOMAIN_BLOCK} pre`, (pre) => pre.textContent ?? '');
    expect(await clipboardText(page)).toBe(shown.replace(/\n*$/, '\n'));
  });

  it('shows bad input as an error, applies nothing and refuses to copy', async () => {
    const page = await openPage(GUIDE);
    await putOnClipboard(page, 'untouched');
    const before = await codeTexts(page);
    await typeInto(page, INLINE_DOMAIN, 'not a domain');
    await page.waitForSelector(`${INLINE_DOMAIN}[aria-invalid="true"]`);
    expect(await page.$eval('#prefs-domain-message', (message) => message.textContent)).toMatch(/no scheme, path, port or spaces/);
    expect(await codeTexts(page)).toEqual(before);
    expect(await pressCopy(page, DOMAIN_BLOCK)).toContain('Not copied: your Domain is not valid');
    expect(await clipboardText(page)).toBe('untouched');
  });

  it('keeps a domain pasted and left at once (Tab) while the form module is held back, then stores and copies it', async () => {
    const page = await newPage();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const requested = new Promise<void>((resolve) => (asked = resolve));
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (/\/_astro\/preferences-form[^/]*\.js$/.test(request.url())) {
        asked();
        void released.then(() => request.continue());
      } else {
        void request.continue();
      }
    });
    await page.goto(url(GUIDE));
    await putOnClipboard(page, DOMAIN);
    await page.click(INLINE_DOMAIN);
    await pasteHere(page);
    await page.keyboard.press('Tab');
    await requested;
    expect(await page.$eval(INLINE_DOMAIN, (input) => (input as HTMLInputElement).value)).toBe(DOMAIN);
    release();
    await waitForDomain(page, DOMAIN);
    expect(await page.evaluate(() => localStorage.getItem('sitevar:domain'))).toBe(DOMAIN);
    expect(await pressCopy(page, DOMAIN_BLOCK)).toMatch(/^Copied/);
    expect(await clipboardText(page)).toContain(DOMAIN);
  });

  it('after Back to a page kept in the back-forward cache, its fields and blocks show what was set meanwhile', async () => {
    const page = await openPage(GUIDE);
    await typeInto(page, INLINE_DOMAIN, 'first.example');
    await waitForDomain(page, 'first.example');
    // Leave with the field still focused, set another value on the next page, come back.
    await page.goto(url(TABS_GUIDE));
    await typeInto(page, INLINE_DOMAIN, DOMAIN);
    await waitForDomain(page, DOMAIN);
    await page.evaluate(() => history.back());
    await waitUntil(page, () => window.sitevarTest?.shows.includes(true) && location.pathname.includes('paperless'), { timeout: 15_000 });
    await waitForDomain(page, DOMAIN);
    expect(await page.$eval(INLINE_DOMAIN, (input) => (input as HTMLInputElement).value)).toBe(DOMAIN);
  });

  it('searches under the Content Security Policy', async () => {
    const page = await openPage(GUIDE);
    await page.click('#search-input');
    await page.keyboard.type('client_secret');
    await page.waitForSelector('#search-results a.search-result', { timeout: 15_000 });
    const titles = await page.$$eval('#search-results .search-result-title', (elements) => elements.map((element) => element.textContent ?? ''));
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.join(' ')).toMatch(/Paperless-ngx|PhotoPrism/);
  });

  it('remembers the chosen tab and theme across a reload', async () => {
    const page = await openPage(TABS_GUIDE);
    const tabs = await page.$$('main [data-tabs] [role="tab"]');
    expect(tabs.length).toBeGreaterThan(1);
    const label = await tabs[1]!.evaluate((tab) => (tab as HTMLButtonElement).value);
    await tabs[1]!.click();
    await page.select('select[data-choice="sitevar-theme"]', 'dark');
    const theme = await page.$eval('html', (root) => root.dataset.theme ?? 'system');
    expect(theme).toBe('dark');
    await page.reload();
    await page.waitForSelector('main [data-tabs][data-ready]');
    expect(await page.$eval(`main [data-tabs] [role="tab"][value="${label}"]`, (tab) => tab.getAttribute('aria-selected'))).toBe('true');
    expect(await page.$eval('html', (root) => root.dataset.theme ?? 'system')).toBe(theme);
  });
});

describe.each(BROWSERS)('in %s with JavaScript off', (name) => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser(name, { javaScript: false });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a guide reads as a normal guide with the example values and no control that cannot work', async () => {
    await page.goto(url(GUIDE));
    expect(await page.$eval('html', (root) => root.classList.contains('js'))).toBe(false);
    // One $eval per check: puppeteer's $$eval needs scripts in the page, which are off here.
    const code = await page.$eval('main', (main) => [...main.querySelectorAll('figure.code-block pre')].map((pre) => pre.textContent).join('\n'));
    expect(code).toContain('example.com');
    expect(code).not.toContain('{{<');
    const display = (selector: string) => page.$eval(selector, (element) => getComputedStyle(element).display);
    expect(await display('main .noscript-note')).not.toBe('none');
    expect(await display('main [data-preferences]')).toBe('none');
    expect(await display(`${DOMAIN_BLOCK} [data-copy]`)).toBe('none');
    const marks = await page.$eval('main', (main) =>
      [...main.querySelectorAll('pre [data-sitevar="domain"]:not([data-sitevar-format])')].map((mark) => mark.textContent),
    );
    expect(new Set(marks)).toEqual(new Set(['example.com']));
  });
});
