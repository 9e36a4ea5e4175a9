import type { ConsoleMessage, KeyInput, Page } from 'puppeteer-core';

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

/**
 * Waits until a function of the page returns true, polling with `page.evaluate` every 100 ms.
 * Not puppeteer's `waitForFunction`: its poller builds the function with `Function()` inside the
 * page, which Firefox refuses under the site's Content Security Policy (no 'unsafe-eval'); an
 * evaluated function is compiled by the browser itself. Polled on a timer, not on animation
 * frames: a page in a background tab paints none.
 */
export async function waitUntil<Args extends unknown[]>(
  page: Page,
  predicate: (...args: Args) => boolean | undefined,
  { timeout = 15_000 }: { timeout?: number } = {},
  ...args: Args
): Promise<void> {
  const deadline = performance.now() + timeout;
  for (;;) {
    // A navigation can destroy the context between two polls: that poll counts as not yet.
    if (await page.evaluate(predicate as (...args: unknown[]) => boolean, ...args).catch(() => false)) return;
    if (performance.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${predicate.toString().slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function waitForDomain(page: Page, domain: string): Promise<void> {
  try {
    await waitUntil(
      page,
      (value: string) => {
        const marks = [...document.querySelectorAll('main [data-sitevar="domain"]:not([data-sitevar-format])')].filter(
          (mark) => !mark.closest('[data-preferences]'),
        );
        return marks.length > 0 && marks.every((mark) => mark.textContent === value);
      },
      { timeout: 15_000 },
      domain,
    );
  } catch (error) {
    // Say what the page showed instead: a timeout alone does not tell a race from a wrong value.
    const state = await page
      .evaluate(() => ({
        path: location.pathname,
        marks: [
          ...new Set(
            [...document.querySelectorAll('main [data-sitevar="domain"]:not([data-sitevar-format])')]
              .filter((mark) => !mark.closest('[data-preferences]'))
              .map((mark) => mark.textContent),
          ),
        ],
        fields: [...document.querySelectorAll<HTMLInputElement>('[data-sitevar-field="domain"]')].map((field) => field.value),
        stored: localStorage.getItem('sitevar:domain'),
        focused: document.activeElement?.id,
      }))
      .catch(() => 'unreadable');
    throw new Error(`the page never showed the domain ${domain}: ${JSON.stringify(state)}`, { cause: error });
  }
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

const COPY_STATUS = 'sitevar-test copy status: ';

/**
 * Presses a block's copy button and returns what its status then says. It waits without running
 * any script in the page: in Firefox, every script a WebDriver BiDi client evaluates ends by
 * clearing the page's user activation, which the copy itself needs, so a poll while the copy
 * module loads would make the copy fail where no reader's copy would. The page reports the status
 * through the console instead.
 */
export async function pressCopy(page: Page, block: string, timeout = 15_000): Promise<string> {
  await page.$eval(
    `${block} .copy-status`,
    (status, prefix) => {
      new MutationObserver((_, observer) => {
        if (!status.textContent) return;
        observer.disconnect();
        console.info(`${prefix}${status.textContent}`);
      }).observe(status, { childList: true, characterData: true, subtree: true });
    },
    COPY_STATUS,
  );
  let listener: (message: ConsoleMessage) => void = () => {};
  let timer: NodeJS.Timeout | undefined;
  const said = new Promise<string>((resolve, reject) => {
    listener = (message) => {
      if (message.text().startsWith(COPY_STATUS)) resolve(message.text().slice(COPY_STATUS.length));
    };
    page.on('console', listener);
    timer = setTimeout(() => reject(new Error(`the copy status of ${block} said nothing within ${timeout} ms`)), timeout);
  });
  try {
    await page.click(`${block} [data-copy]`);
    return await said;
  } finally {
    clearTimeout(timer);
    page.off('console', listener);
  }
}
