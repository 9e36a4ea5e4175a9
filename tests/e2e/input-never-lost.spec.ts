import { type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import { CHROMIUM_CLIPBOARD, field, holdModule, inlineForm, readClipboard } from './support';

// The reader's journey when the form's handlers are late: they load on first use, so a reader
// quick enough (a paste, autofill, a slow phone) acts before they arrive. Each test holds the
// module back on purpose, acts, then lets it through: what the reader put in must be stored,
// applied to every block and copied, whatever came first.

test.use({ permissions: CHROMIUM_CLIPBOARD });

const GUIDE = '/guides/authelia/paperless/';
const DOMAIN = 'acme-corp.co.uk';

/** A real paste: the text goes through the clipboard and arrives as one input event. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/** Another tab of the same site stores a value, so this page gets a storage event. */
async function otherTabStores(context: BrowserContext, key: string, value: string): Promise<void> {
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, value]);
  await other.close();
}

/** The text every mark of a variable shows outside the form, with its format. */
async function marks(page: Page, name: string): Promise<{ format: string; text: string }[]> {
  return page
    .locator(`main [data-sitevar="${name}"]`)
    .evaluateAll((elements) =>
      elements
        .filter((element) => !element.closest('[data-preferences]'))
        .map((element) => ({ format: (element as HTMLElement).dataset.sitevarFormat ?? '', text: element.textContent ?? '' })),
    );
}

/** Every mark of the domain shows `domain` (in its format), the value is stored, and a block copies it. */
async function expectDomainEverywhere(page: Page, domain: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => localStorage.getItem('sitevar:domain'))).toBe(domain);
  const formatted: Record<string, string> = {
    '': domain,
    regex: domain.replaceAll('.', '\\.'),
    dn: domain
      .split('.')
      .map((label) => `DC=${label}`)
      .join(','),
  };
  await expect.poll(async () => (await marks(page, 'domain')).filter(({ format, text }) => text !== formatted[format])).toEqual([]);
  expect((await marks(page, 'domain')).length).toBeGreaterThan(3);
  const block = page.locator('main figure.code-block:has(pre [data-sitevar="domain"])').first();
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('status')).toContainText('Copied');
  expect(await readClipboard(page)).toContain(domain);
}

async function inlineDomain(page: Page): Promise<Locator> {
  const domain = field(inlineForm(page), 'Domain');
  await expect(domain).toBeVisible();
  return domain;
}

test('a domain pasted and left at once (Tab) is kept while the form loads, even when another tab changes values', async ({ page, context }) => {
  await page.goto(GUIDE);
  const forms = await holdModule(page, 'preferences-form');
  const domain = await inlineDomain(page);
  await domain.click();
  await paste(page, DOMAIN);
  await page.keyboard.press('Tab');
  await forms.requested;
  // The page follows the other tab's change (that is the core at work) without touching the paste.
  await otherTabStores(context, 'sitevar:subdomain-authelia', 'sso');
  await expect.poll(async () => (await marks(page, 'subdomain-authelia')).map(({ text }) => text)).toContain('sso');
  await expect(domain).toHaveValue(DOMAIN);
  forms.release();
  await expectDomainEverywhere(page, DOMAIN);
  await expect(domain).toHaveValue(DOMAIN);
});

test('a domain pasted then confirmed with Enter is stored, and the page stays where it is', async ({ page }) => {
  await page.goto(GUIDE);
  const forms = await holdModule(page, 'preferences-form');
  const domain = await inlineDomain(page);
  await domain.click();
  await paste(page, 'Acme-Corp.CO.UK');
  await page.keyboard.press('Enter');
  await forms.requested;
  forms.release();
  await expectDomainEverywhere(page, DOMAIN);
  expect(new URL(page.url()).pathname).toBe(GUIDE);
  expect(new URL(page.url()).search).toBe('');
  // Enter hands the field back: it shows the canonical form that was stored.
  await expect(domain).toHaveValue(DOMAIN);
});

test('a domain pasted into the header dialog, closed with Escape at once, is stored and shown in the guide form', async ({ page }) => {
  await page.goto(GUIDE);
  const forms = await holdModule(page, 'preferences-form');
  await page.getByRole('button', { name: 'Your values' }).click();
  const dialog = page.getByRole('dialog');
  const domain = field(dialog, 'Domain');
  await expect(domain).toBeFocused();
  await paste(page, DOMAIN);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await forms.requested;
  forms.release();
  await expectDomainEverywhere(page, DOMAIN);
  await expect(await inlineDomain(page)).toHaveValue(DOMAIN);
});

test('a domain pasted and followed by a click on Copy is in what gets copied', async ({ page }) => {
  await page.goto(GUIDE);
  const forms = await holdModule(page, 'preferences-form');
  const domain = await inlineDomain(page);
  await domain.click();
  await paste(page, DOMAIN);
  const block = page.locator('main figure.code-block:has(pre [data-sitevar="domain"])').first();
  await block.getByRole('button', { name: 'Copy' }).click();
  await forms.requested;
  // The copy waits for the paste to be taken: nothing is claimed, nor copied, before.
  expect(await block.getByRole('status').textContent()).toBe('');
  expect(await readClipboard(page)).toBe(DOMAIN);
  forms.release();
  await expect(block.getByRole('status')).toContainText('Copied');
  expect(await readClipboard(page)).toContain(DOMAIN);
  expect(await readClipboard(page)).not.toContain('example.com');
});

test('autofill of several fields at once, without focus, stores every one of them', async ({ page }) => {
  await page.goto(GUIDE);
  const forms = await holdModule(page, 'preferences-form');
  // As a browser's autofill does: values set and an input event on each, in one go.
  await page.evaluate(
    (values) => {
      for (const [id, value] of Object.entries(values)) {
        const input = document.getElementById(id) as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    },
    { 'prefs-domain': DOMAIN, 'prefs-subdomain-authelia': 'sso', 'dialog-prefs-port': '9443' },
  );
  await forms.requested;
  forms.release();
  await expectDomainEverywhere(page, DOMAIN);
  await expect
    .poll(() => page.evaluate(() => [localStorage.getItem('sitevar:subdomain-authelia'), localStorage.getItem('sitevar:port')]))
    .toEqual(['sso', '9443']);
});

test('a value put in a field with no event at all (as a browser restoring a form) is taken over once the form comes into view', async ({ page }) => {
  const fieldSync = await holdModule(page, 'form-sync');
  await page.goto(GUIDE);
  // Nothing is told: only the field sync, comparing each field with what the page put there, can find it.
  await page.evaluate((value) => ((document.getElementById('prefs-domain') as HTMLInputElement).value = value), DOMAIN);
  // Brought into view by a script, not a gesture: nothing but the form coming near the screen loads anything.
  await page.evaluate(() => document.getElementById('prefs-domain')!.scrollIntoView({ block: 'center' }));
  await fieldSync.requested;
  fieldSync.release();
  await expectDomainEverywhere(page, DOMAIN);
});

test('a field changed while the page is still loading its scripts is kept, then stored', async ({ page, context }) => {
  // Every script file held: only the inline core runs.
  const scripts = await holdModule(page, '');
  await page.goto(GUIDE, { waitUntil: 'commit' });
  const domain = await inlineDomain(page);
  await domain.click();
  await paste(page, DOMAIN);
  await page.keyboard.press('Tab');
  await otherTabStores(context, 'sitevar:subdomain-authelia', 'sso');
  await expect.poll(async () => (await marks(page, 'subdomain-authelia')).map(({ text }) => text)).toContain('sso');
  await expect(domain).toHaveValue(DOMAIN);
  scripts.release();
  await expectDomainEverywhere(page, DOMAIN);
});

test('on a CPU slowed down six times, paste, Tab and Copy at once still copy the pasted domain', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.goto(GUIDE);
  const domain = await inlineDomain(page);
  await domain.click();
  await paste(page, DOMAIN);
  await page.keyboard.press('Tab');
  const block = page.locator('main figure.code-block:has(pre [data-sitevar="domain"])').first();
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('status')).toContainText('Copied', { timeout: 15_000 });
  expect(await readClipboard(page)).toContain(DOMAIN);
  await expectDomainEverywhere(page, DOMAIN);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('a value left invalid in the dialog stays visible: in the guide form, and on the header button', async ({ page }) => {
  await page.goto(GUIDE);
  await page.getByRole('button', { name: 'Your values' }).click();
  const dialog = page.getByRole('dialog');
  const inDialog = field(dialog, 'Domain');
  await inDialog.fill('not a domain');
  await expect(inDialog).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const header = page.locator('.site-header [data-open-preferences]');
  await expect(header).toHaveAttribute('data-invalid', '');
  await expect(header).toHaveAccessibleName('Your values (1 value is not valid)');
  const inline = await inlineDomain(page);
  await expect(inline).toHaveValue('not a domain');
  await expect(inline).toHaveAttribute('aria-invalid', 'true');
  await expect(inline).toHaveAccessibleDescription(/not a valid|only use letters|no scheme/);

  const block = page.locator('main figure.code-block:has(pre [data-sitevar="domain"])').first();
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('status')).toContainText('Not copied: your Domain is not valid');

  // Fixing it in the guide's form clears it everywhere.
  await inline.fill(DOMAIN);
  await inline.blur();
  await expect(header).not.toHaveAttribute('data-invalid', '');
  await expect(header).toHaveAccessibleName('Your values');
  const closedDialogField = page.locator('#dialog-prefs-domain');
  await expect(closedDialogField).toHaveValue(DOMAIN);
  await expect(closedDialogField).not.toHaveAttribute('aria-invalid', 'true');
  await expectDomainEverywhere(page, DOMAIN);
});

test('a stored value that arrives while the reader is in the empty field is replaced by what they type, not mixed into it', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('sitevar:domain', 'first.example'));
  // The field sync is late: the reader is in the field, still empty, before it arrives.
  const sync = await holdModule(page, 'form-sync');
  await page.goto(GUIDE);
  const domain = await inlineDomain(page);
  await domain.click();
  await sync.requested;
  await expect(domain).toHaveValue('');
  sync.release();
  await expect(domain).toHaveValue('first.example');
  await page.keyboard.type(DOMAIN);
  await expect(domain).toHaveValue(DOMAIN);
  await expectDomainEverywhere(page, DOMAIN);
});

test("the header's button opens the preferences before the page's script has arrived, and what is typed there is kept", async ({ page }) => {
  const script = await holdModule(page, 'interactions');
  await page.goto(GUIDE, { waitUntil: 'commit' });
  await page.locator('.site-header [data-open-preferences]').click();
  await script.requested;
  const dialog = page.getByRole('dialog', { name: 'Your values' });
  await expect(dialog).toBeVisible();
  const domain = field(dialog, 'Domain');
  await expect(domain).toBeFocused();
  await page.keyboard.type(DOMAIN);
  script.release();
  await expect(page.locator('html')).toHaveAttribute('data-forms-ready', '');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expectDomainEverywhere(page, DOMAIN);
});

test('gestures made before their handlers arrive are handled once they do, in order, and none is undone', async ({ page }) => {
  await page.goto('/guides/authelia/photoprism/');
  const handlers = await holdModule(page, 'interactions');
  const tab = page.getByRole('tab', { name: 'Environment file' });
  await tab.click();
  await handlers.requested;
  // The dialog opens from its button's command and is closed again, all before the handlers.
  await page.locator('.site-header [data-open-preferences]').click();
  const dialog = page.getByRole('dialog', { name: 'Your values' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // A clicked tab is the core's: chosen and stored at once, and not undone by the replay.
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  handlers.release();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Environment file' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('sitevar-tabs:deployment'))).toBe('Environment file');
  // The handlers replay what came before them as they are set up, in one go: once a key that only
  // they answer works (an arrow key on a tab), every early gesture has been replayed. Replayed,
  // the click that opened the dialog did not open it again.
  await tab.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Docker' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog).toBeHidden();
});

test('a press on Copy before the handlers arrive fetches copying beside them, not after, and copies', async ({ page }) => {
  await page.goto(GUIDE);
  const handlers = await holdModule(page, 'interactions');
  const copying = page.waitForRequest(/\/_astro\/copy-button[^/]*\.js$/);
  const block = page.locator('main figure.code-block:has(pre [data-sitevar="domain"])').first();
  await block.getByRole('button', { name: 'Copy' }).click();
  await handlers.requested;
  // Asked for while the handlers are still held back: one round trip, not two.
  await copying;
  handlers.release();
  await expect(block.getByRole('status')).toContainText('Copied');
  const shown = await block.locator('pre').evaluate((pre) => pre.textContent ?? '');
  expect(await readClipboard(page)).toBe(`${shown.replace(/\n+$/, '')}\n`);
});

test('a tab and a leading section chosen just before leaving are remembered, though the handlers never arrived', async ({ page }) => {
  await page.goto('/guides/authelia/photoprism/');
  const handlers = await holdModule(page, 'interactions');
  await page.getByRole('tab', { name: 'Environment file' }).click();
  await handlers.requested;
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Environment file' })).toHaveAttribute('aria-selected', 'true');
  await page.goto('/');
  const lead = page.locator('[data-choice="sitevar-lead-section"][value="authentik"]');
  await lead.click();
  await expect(lead).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.locator('[data-choice="sitevar-lead-section"][value="authentik"]')).toHaveAttribute('aria-pressed', 'true');
  handlers.release();
});
