import type { Page } from 'puppeteer-core';
import { describe, expect, inject, it } from 'vitest';
import { clipboardText, pressCopy, typeInto, waitUntil } from './pages';
import { readerSession } from './reader-session';

// Every guide of this site, read as a reader does: set your own values in the guide's form,
// generate credentials where the guide offers them, then copy every code block and paste it.
// Each block must show and copy the reader's values and none of the examples. Chromium reads
// every guide; Firefox reads one (the other journeys cover Firefox on the rest of the site).

const baseURL = inject('baseURL');
const url = (path: string) => new URL(path, baseURL).href;

/** A reader's values, each unlike its default, for every variable a guide's form may offer. */
const READER: Readonly<Record<string, string>> = {
  domain: 'acme-corp.co.uk',
  'subdomain-authelia': 'sso',
  'subdomain-authentik': 'id',
  'subdomain-keycloak': 'login',
  'keycloak-realm': 'home-lab',
  'authentik-slug': 'family-photos',
  'subdomain-app': 'files-01',
};
/** What the examples hold that a reader's page must no longer show once the values are set. */
const EXAMPLES = ['example.com', 'insecure_secret', 'c8p78n7pUMln0jzvd4aK4Q'];
const FIREFOX_GUIDE = '/guides/keycloak/paperless/';

/** The guides the home page lists. */
async function guidePaths(page: Page): Promise<string[]> {
  await page.goto(url('/'));
  return [...new Set(await page.$$eval('.guide-cards a', (links) => links.map((link) => (link as HTMLAnchorElement).pathname)))];
}

/** Sets every value the guide's own form offers; returns the values set. */
async function setOfferedValues(page: Page): Promise<Record<string, string>> {
  const set: Record<string, string> = {};
  for (const [name, value] of Object.entries(READER)) {
    const field = `main [data-preferences] #prefs-${name}`;
    const offered = await page.$eval(field, (input) => (input as HTMLElement).checkVisibility()).catch(() => false);
    if (!offered) continue;
    await typeInto(page, field, value);
    set[name] = value;
  }
  const generate = await page.$('main ::-p-text(Generate client credentials)');
  if (generate) {
    await generate.click();
    // The digest is computed in the page: done when no mark shows the example secret any more.
    await waitUntil(page, () => ![...document.querySelectorAll('main pre [data-sitevar]')].some((mark) => mark.textContent?.includes('insecure_secret')), {
      timeout: 30_000,
    });
  }
  return set;
}

/** Every mark of the set variables shows the reader's value. */
async function waitForValues(page: Page, values: Record<string, string>): Promise<void> {
  await waitUntil(
    page,
    (expected: Record<string, string>) =>
      Object.entries(expected).every(([name, value]) =>
        [...document.querySelectorAll(`main [data-sitevar="${name}"]:not([data-sitevar-format])`)]
          .filter((mark) => !mark.closest('[data-preferences]'))
          .every((mark) => mark.textContent === value),
      ),
    {},
    values,
  );
}

/** Reads a guide through: its values set, then every code block copied and pasted; returns how many were. */
async function readGuide(page: Page, path: string): Promise<number> {
  await page.goto(url(path));
  const values = await setOfferedValues(page);
  expect(values.domain, `${path} offers the domain`).toBe(READER.domain);
  await waitForValues(page, values);
  const blocks = await page.$$eval('main figure.code-block', (figures) => figures.map((_, index) => index));
  expect(blocks.length, `${path} has code blocks`).toBeGreaterThan(0);
  for (const index of blocks) {
    const figure = (await page.$$('main figure.code-block'))[index]!;
    // A block in a tab panel the reader has not opened is copied once its tab is chosen.
    const panel = await figure.evaluate((element) => element.closest('[role="tabpanel"]')?.id ?? null);
    if (panel) await page.click(`main [role="tab"][aria-controls="${panel}"]`);
    const shown = await figure.evaluate((element) => element.querySelector('pre')?.textContent ?? '');
    for (const example of EXAMPLES) expect(shown, `${path}, block ${index + 1} still shows ${example}`).not.toContain(example);
    await figure.evaluate((element) => element.setAttribute('data-under-test', ''));
    const status = await pressCopy(page, 'main figure.code-block[data-under-test]');
    await figure.evaluate((element) => element.removeAttribute('data-under-test'));
    expect(status, `${path}, block ${index + 1}`).toMatch(/^Copied/);
    expect(await clipboardText(page), `${path}, block ${index + 1}`).toBe(shown.replace(/\n*$/, '\n'));
  }
  return blocks.length;
}

describe('every guide, in chromium', () => {
  const { newPage } = readerSession('chromium', url);

  it('shows and copies the reader’s values in every block of every guide', { timeout: 300_000 }, async () => {
    const page = await newPage();
    const paths = await guidePaths(page);
    expect(paths).toContain(FIREFOX_GUIDE);
    expect(paths.length).toBeGreaterThanOrEqual(7);
    let copied = 0;
    for (const path of paths) copied += await readGuide(page, path);
    expect(copied).toBeGreaterThanOrEqual(paths.length * 3);
  });
});

describe('one guide, in firefox', () => {
  const { newPage } = readerSession('firefox', url);

  it('shows and copies the reader’s values in every block', { timeout: 120_000 }, async () => {
    expect(await readGuide(await newPage(), FIREFOX_GUIDE)).toBeGreaterThanOrEqual(3);
  });
});
