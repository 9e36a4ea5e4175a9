import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type BrowserName, launchBrowser } from './browsers';
import { collectViolations, type PageProblems, watch } from './pages';

/**
 * A reader's browser for the tests of one describe block: launched once, a fresh profile
 * (context) for each test, and every page watched, so that a test fails on any policy violation
 * or page error its pages met, whatever it asserts itself.
 */
export function readerSession(name: BrowserName, urlOf: (path: string) => string) {
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let context: BrowserContext;
  const watched = new Map<Page, PageProblems>();

  beforeAll(async () => {
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser!.createBrowserContext();
  });
  afterEach(async () => {
    const problems: string[] = [];
    for (const [page, watching] of watched) if (!page.isClosed()) problems.push(...(await collectViolations(page, watching)));
    watched.clear();
    await context.close();
    expect(problems).toEqual([]);
  });

  /** A new, watched page in this test's profile, before it loads anything. */
  async function newPage(): Promise<Page> {
    const page = await context.newPage();
    watched.set(page, await watch(page));
    return page;
  }

  /** A new, watched page showing the site's `path`. */
  async function openPage(path: string): Promise<Page> {
    const page = await newPage();
    await page.goto(urlOf(path));
    return page;
  }

  return { newPage, openPage };
}
