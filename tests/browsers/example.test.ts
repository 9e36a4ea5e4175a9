import type { Page } from 'puppeteer-core';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserName } from './browsers';
import { clipboardText, codeTexts, pressCopy, typeInto, waitUntil } from './pages';
import { readerSession } from './reader-session';

// The example site (examples/gatekeep): another product's docs made with the engine by
// configuration alone. The reader's journeys hold there too, with its own variables and rules.

const BROWSERS: BrowserName[] = ['firefox', 'chromium'];
const exampleURL = inject('exampleURL');
const url = (path: string) => new URL(path.replace(/^\//, ''), exampleURL).href;
const DOCKER = '/guides/install/docker/';
const PROXY = '/guides/proxy/reverse-proxy/';
const TOML_BLOCK = 'main figure.code-block[data-language="toml"]';
const SYSTEMD = '/guides/install/systemd/';

describe.each(BROWSERS)('the example site, in %s', (name) => {
  const { openPage } = readerSession(name, url);

  const labels = (page: Page, form: string) =>
    page.$$eval(`${form} fieldset:not([hidden]) .field:not([hidden]) label`, (elements) => elements.map((element) => element.textContent?.trim() ?? ''));

  it('is served under its base path, with its own name and logo', async () => {
    const page = await openPage('/');
    expect(await page.title()).toContain('Gatekeep docs');
    expect(await page.$eval('.site-logo', (logo) => (logo as HTMLImageElement).getAttribute('src'))).toBe('/docs/logo.svg');
    const links = await page.$$eval('.guide-cards a', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
    expect(links).toEqual(['/docs/guides/install/docker/', '/docs/guides/install/systemd/', '/docs/guides/proxy/reverse-proxy/']);
    // Its own colours (customCss), footer and social link.
    expect(await page.$eval('html', (root) => getComputedStyle(root).getPropertyValue('--accent'))).toMatch(/#0f766e|15, 118, 110/i);
    expect(await page.$eval('.site-footer', (footer) => footer.textContent)).toContain('Gatekeep is an example product.');
    expect(await page.$eval('.social-links a', (link) => (link as HTMLAnchorElement).href)).toBe('https://git.example/gatekeep/gatekeep');
    // Each guide links to its source for editing.
    await page.goto(url('/guides/install/systemd/'));
    expect(await page.$eval('.edit-link a', (link) => (link as HTMLAnchorElement).href)).toBe(
      'https://git.example/gatekeep/docs/edit/main/content/guides/install/systemd.mdx',
    );
  });

  it('offers its own variables, and none of another site’s', async () => {
    const docker = await openPage(DOCKER);
    expect(await labels(docker, 'main [data-preferences]')).toEqual(['Host name', 'Port', 'Cluster name', 'Audit log', 'API token']);
    const proxy = await openPage(PROXY);
    expect(await labels(proxy, 'main [data-preferences]')).toEqual(['Host name', 'Port', 'Cluster name', 'Reverse proxy']);
    const everything = (await labels(docker, '#preferences-dialog')).join(' ');
    expect(everything).not.toMatch(/Domain|Authelia|authentik|Client/);
  });

  it('personalises every block as the reader types, and copies exactly what a block shows', async () => {
    const page = await openPage(DOCKER);
    await typeInto(page, '#prefs-hostname', 'gk.acme.lan');
    await typeInto(page, '#prefs-port', '9443');
    await typeInto(page, '#prefs-cluster', 'edge1');
    await waitUntil(page, () => [...document.querySelectorAll('main figure.code-block pre')].some((pre) => pre.textContent?.includes('edge1')));
    const code = (await codeTexts(page)).join('\n');
    expect(code).toContain('host = "gk.acme.lan"');
    expect(code).toContain('port = 9443');
    expect(code).toContain("- '9443:9443'");
    expect(code).not.toContain('gatekeep.internal');
    // The computed address follows the values it is made of.
    expect(await page.$eval('main .prose p [data-sitevar="public-url"]', (mark) => mark.textContent)).toBe('https://gk.acme.lan:9443/');
    expect(await pressCopy(page, TOML_BLOCK)).toMatch(/^Copied/);
    const shown = await page.$eval(`${TOML_BLOCK} pre`, (pre) => pre.textContent ?? '');
    expect(await clipboardText(page)).toBe(shown.replace(/\n*$/, '\n'));
  });

  it('shows changed and numbered lines, and copies the file after the change without gutter text', async () => {
    const systemd = await openPage(SYSTEMD);
    const changed = 'main figure.code-block:has(.del)';
    expect(await systemd.$$eval(`${changed} .line`, (lines) => lines.map((line) => line.className))).toEqual(['line', 'line', 'line del', 'line ins']);
    await typeInto(systemd, '#prefs-port', '9443');
    await waitUntil(systemd, (selector: string) => document.querySelector(selector)?.textContent?.includes('port = 9443'), {}, `${changed} pre`);
    expect(await pressCopy(systemd, changed)).toMatch(/^Copied/);
    expect(await clipboardText(systemd)).toBe('[server]\nhost = "gatekeep.internal"\nport = 9443\n');
    // A shell session is framed as a terminal; a file keeps its name.
    expect(
      await systemd.$$eval('main figure.code-block', (figures) =>
        figures.map((figure) => (figure.classList.contains('frame-terminal') ? 'terminal' : figure.dataset.title)),
      ),
    ).toEqual(['terminal', '/etc/gatekeep/gatekeep.toml', '/etc/gatekeep/gatekeep.toml', '/etc/systemd/system/gatekeep.service', 'terminal']);

    const proxy = await openPage(PROXY);
    const numbered = 'main figure.code-block:has(.line-numbers)';
    expect(await proxy.$$eval(`${numbered} .line`, (lines) => lines.map((line) => line.getAttribute('data-line')))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
    ]);
    expect(await proxy.$$eval(`${numbered} .mark`, (lines) => lines.length)).toBe(4);
    expect(await pressCopy(proxy, numbered)).toMatch(/^Copied/);
    expect(await clipboardText(proxy)).toMatch(/^upstream gatekeep \{\n {4}server gatekeep\.internal:9443;\n\}\n\nserver \{/);
  });

  it('says why a value is refused in the site’s own words', async () => {
    const page = await openPage(DOCKER);
    await typeInto(page, '#prefs-cluster', 'Bad Cluster');
    await page.waitForSelector('#prefs-cluster[aria-invalid="true"]');
    expect(await page.$eval('#prefs-cluster-message', (message) => message.textContent)).toBe(
      'A cluster name is 3 to 16 lower-case letters and digits, starting with a letter.',
    );
  });

  it('takes a choice from a list, and a generated token', async () => {
    const proxy = await openPage(PROXY);
    await proxy.select('#prefs-proxy', 'caddy');
    await waitUntil(proxy, () => document.querySelector('main .prose [data-sitevar="proxy"]')?.textContent === 'caddy');
    expect(await proxy.evaluate(() => localStorage.getItem('sitevar:proxy'))).toBe('caddy');

    const docker = await openPage(DOCKER);
    await docker.click('main [data-preferences] [data-generate]');
    await waitUntil(docker, (selector: string) => !document.querySelector(selector)?.textContent?.includes('example_token'), {}, `${TOML_BLOCK} pre`);
    const token = /token = "([^"]+)"/.exec((await codeTexts(docker)).join('\n'))?.[1];
    expect(token).toMatch(/^[A-Za-z0-9._~-]{48}$/);
    expect(await docker.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(token);
  });
});
