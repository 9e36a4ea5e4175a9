import { expect, type Locator, type Page } from '@playwright/test';

/** Every guide linked from the home page: the tests follow the site, not a hard-coded list. */
export async function guidePaths(page: Page): Promise<string[]> {
  await page.goto('/');
  const hrefs = await page.locator('.guide-cards a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  expect(hrefs.length).toBeGreaterThanOrEqual(3);
  return [...new Set(hrefs)];
}

/** The preferences form inside the guide's content (the header dialog holds another copy). */
export function inlineForm(page: Page): Locator {
  return page.locator('main [data-preferences]');
}

/**
 * Brings the guide's form on screen, as a reader scrolling to it does: its fields are filled
 * (and follow other tabs) from when it comes near the screen.
 */
export async function viewForm(page: Page): Promise<Locator> {
  const form = inlineForm(page);
  await form.scrollIntoViewIfNeeded();
  return form;
}

export function field(form: Locator, label: string): Locator {
  return form.getByLabel(label, { exact: true });
}

/**
 * Types values into the form as a reader would: the guide's own form where it shows the field
 * (it lists only the variables the page uses), else the one in the header's dialog.
 */
export async function setValues(
  page: Page,
  values: Record<string, string>,
  form: Locator = inlineForm(page),
  { onlyOffered = false }: { onlyOffered?: boolean } = {},
): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    let input = field(form, label);
    if (!(await input.isVisible())) {
      await page.getByRole('button', { name: 'Your values' }).click();
      input = field(page.getByRole('dialog'), label);
      // Groups tied to other sections (Authelia's fields on an authentik guide) are not offered.
      if (onlyOffered && (await input.count()) === 0) {
        await page.keyboard.press('Escape');
        continue;
      }
    }
    await fillField(input, value);
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    if (await page.getByRole('dialog').isVisible()) await page.keyboard.press('Escape');
  }
}

/** The text of every code block as displayed. */
export async function codeBlockTexts(page: Page): Promise<string[]> {
  return page.locator('main figure.code-block pre').evaluateAll((pres) => pres.map((pre) => pre.textContent ?? ''));
}

/** Text of every inline mention of a site variable outside code blocks and the form. */
export async function inlineMentions(page: Page, name: string): Promise<string[]> {
  return page
    .locator(`main [data-sitevar="${name}"]`)
    .evaluateAll((elements) =>
      elements.filter((element) => !element.closest('pre') && !element.closest('[data-preferences]')).map((element) => element.textContent ?? ''),
    );
}

export const CHROMIUM_CLIPBOARD = ['clipboard-read', 'clipboard-write'];

export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * What the clipboard holds, read the way a reader would: pasted with the keyboard into a text
 * field added for the purpose (so it works where the Clipboard API is missing), then removed.
 */
export async function pasteClipboard(page: Page): Promise<string> {
  await page.evaluate(() => {
    const area = document.createElement('textarea');
    area.id = 'paste-target';
    document.body.append(area);
    area.focus();
  });
  await page.keyboard.press('ControlOrMeta+V');
  return page.evaluate(() => {
    const area = document.getElementById('paste-target') as HTMLTextAreaElement;
    area.remove();
    return area.value;
  });
}

/**
 * Fills a preferences field and waits until the form's handlers (loaded on first use) have
 * taken the value, as a reader's next glance would find it.
 */
export async function fillField(input: Locator, value: string): Promise<void> {
  await input.fill(value);
  // The form's handlers load on first use: on a loaded machine that can take a while.
  await expect(input.page().locator('html')).toHaveAttribute('data-forms-ready', '', { timeout: 15_000 });
}

export interface HeldModule {
  /** Resolves once the page has asked for the module. */
  requested: Promise<void>;
  release(): void;
}

/** Holds back the requests for built scripts whose file name starts with `name`. */
export async function holdModule(page: Page, name: string): Promise<HeldModule> {
  let release!: () => void;
  let requested!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route(new RegExp(`/_astro/${name}[^/]*\\.js$`), async (route) => {
    requested();
    await held;
    await route.continue();
  });
  return { requested: asked, release };
}
