import type { KeyInput, Page } from 'puppeteer-core';

/** What went wrong on a page: console errors, uncaught errors, Content Security Policy violations. */
export interface PageProblems {
  readonly list: string[];
}

declare global {
  interface Window {
    sitevarTest?: { violations: string[]; shows: boolean[]; frames: { hidden: boolean; texts: string[] }[] };
  }
}

/**
 * Watches a page from its first script on: records CSP violations, back-forward cache restores,
 * and, at every frame until the page has loaded, whether the domain's marks were hidden or what
 * they showed (to prove the examples never paint for a returning reader).
 */
export async function watch(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { list: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.list.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.list.push(`page error: ${String(error)}`));
  await page.evaluateOnNewDocument(() => {
    const state = { violations: [] as string[], shows: [] as boolean[], frames: [] as { hidden: boolean; texts: string[] }[] };
    window.sitevarTest = state;
    document.addEventListener('securitypolicyviolation', (event) => state.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    window.addEventListener('pageshow', (event) => state.shows.push(event.persisted));
    const frame = () => {
      const marks = [...document.querySelectorAll('main pre [data-sitevar="domain"]:not([data-sitevar-format])')];
      if (marks.length > 0) {
        state.frames.push({ hidden: document.documentElement.classList.contains('sitevar-pending'), texts: marks.map((mark) => mark.textContent ?? '') });
      }
      if (document.readyState !== 'complete') requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  return problems;
}

/** Violations the page recorded, added to its problems. */
export async function collectViolations(page: Page, problems: PageProblems): Promise<string[]> {
  const violations = await page.evaluate(() => window.sitevarTest?.violations ?? []).catch(() => []);
  return [...problems.list, ...violations.map((violation) => `CSP: ${violation}`)];
}

export async function codeTexts(page: Page): Promise<string[]> {
  return page.$$eval('main figure.code-block pre', (pres) => pres.map((pre) => pre.textContent ?? ''));
}

export async function waitForDomain(page: Page, domain: string): Promise<void> {
  await page.waitForFunction(
    (value) => {
      const marks = [...document.querySelectorAll('main [data-sitevar="domain"]:not([data-sitevar-format])')].filter((mark) => !mark.closest('[data-preferences]'));
      return marks.length > 0 && marks.every((mark) => mark.textContent === value);
    },
    { timeout: 15_000 },
    domain,
  );
}

/** Replaces what a field holds by typing, key by key, as a reader does. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.$eval(selector, (input) => (input as HTMLInputElement).select());
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Runs `steps` in a text area added for the purpose, then removes it and returns its text. */
async function withScratchArea(page: Page, steps: () => Promise<void>): Promise<string> {
  await page.evaluate(() => {
    const area = document.createElement('textarea');
    area.id = 'scratch-area';
    document.body.append(area);
    area.focus();
  });
  await steps();
  return page.evaluate(() => {
    const area = document.getElementById('scratch-area') as HTMLTextAreaElement;
    area.remove();
    return area.value;
  });
}

async function withControl(page: Page, key: KeyInput): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press(key);
  await page.keyboard.up('Control');
}

/** Puts text on the real clipboard the way a reader does: typed somewhere, selected, Ctrl+C. */
export async function putOnClipboard(page: Page, text: string): Promise<void> {
  await withScratchArea(page, async () => {
    await page.keyboard.type(text);
    await withControl(page, 'a');
    await withControl(page, 'c');
  });
}

/** The real clipboard's text, read by pasting it (Ctrl+V) into a text area. */
export async function clipboardText(page: Page): Promise<string> {
  return withScratchArea(page, () => withControl(page, 'v'));
}

/** Pastes the clipboard into the focused field. */
export async function pasteHere(page: Page): Promise<void> {
  await withControl(page, 'v');
}
