import { spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMIT_MESSAGES } from '../content-checks/pre-scan.ts';
import { ASTRO, attributeOf, buildFixtureSite, CONTENT_FIXTURES, type Element, elementsOf, FIXTURE_SITE, withoutTestEnv } from './fixture-build.ts';

const SITE = FIXTURE_SITE;
const FIXTURES = CONTENT_FIXTURES;
const outDirs: string[] = [];

/** Runs the real `astro build` on a fixture content folder, into a throw-away folder. */
function build(fixture: string, extraArgs: string[] = []) {
  return buildContent(`${FIXTURES}/${fixture}`, extraArgs);
}

function buildContent(contentDirectory: string, extraArgs: string[] = [], extraEnv: NodeJS.ProcessEnv = {}) {
  const built = buildFixtureSite(contentDirectory, extraEnv, extraArgs);
  outDirs.push(built.outDir);
  return built;
}

const textOf = (element: Element): string =>
  element.childNodes.map((child) => ('value' in child ? child.value : 'tagName' in child ? textOf(child) : '')).join('');

/** What marks the notice of a guide's content problems, shown in development only. */
const DEV_NOTICE_ATTRIBUTE = 'data-sitevar-dev-problems';

/** An element and every element inside it. */
const elementsIn = (element: Element): Element[] => [element, ...element.childNodes.flatMap((child) => ('tagName' in child ? elementsIn(child) : []))];

/** The problems a page's development notice lists, each as its text (`file:line:column  message`); undefined without one. */
function noticeOf(html: string): string[] | undefined {
  const notices = elementsOf(html).filter(({ element }) => attributeOf(element, DEV_NOTICE_ATTRIBUTE) !== undefined);
  if (notices.length === 0) return undefined;
  expect(notices).toHaveLength(1);
  return elementsIn(notices[0]!.element)
    .filter((element) => element.tagName === 'li')
    .map(textOf);
}

afterAll(() => {
  for (const outDir of outDirs) rmSync(outDir, { recursive: true, force: true });
});

let validBuild: ReturnType<typeof build> | undefined;
/** The `valid` fixture built under a base path, once for the tests that read its pages. */
const buildValid = () => (validBuild ??= build('valid', ['--base', '/docs/']));

/** A site variable marked in a page: its name, its text, and whether it is in a code block, inline code or text. */
interface Mark {
  readonly name: string;
  readonly text: string;
  readonly in: 'block' | 'inline' | 'text';
}

/** The site variables marked in a page, in page order. */
function marksOf(html: string): Mark[] {
  return elementsOf(html)
    .filter(({ element }) => attributeOf(element, 'data-sitevar') !== undefined)
    .map(
      ({ element, ancestors }): Mark => ({
        name: attributeOf(element, 'data-sitevar')!,
        text: textOf(element),
        in: ancestors.includes('pre') ? 'block' : ancestors.includes('code') ? 'inline' : 'text',
      }),
    );
}

describe('astro build', () => {
  it('fails on bad content, listing every problem of every file with file and line', () => {
    const { status, output } = build('front-matter-faults');
    expect(status).not.toBe(0);
    expect(output).toContain('9 content problems in 2 files:');
    expect(output).toContain(`${FIXTURES}/front-matter-faults/guides/a/missing.mdx:1:1  The front matter has no "title", which every guide needs.`);
    expect(output).toContain(`${FIXTURES}/front-matter-faults/guides/a/types.mdx:6:1  Unknown front matter key "wieght". Did you mean "weight"?`);
    // The report is all the author sees: no crash notice, no stack, no unrelated hint.
    expect(output.trim()).toMatch(/^9 content problems in 2 files:/);
    expect(output).not.toMatch(/unhandled error|Hint:|Stack trace|\n\s+at /i);
  }, 120_000);

  it('fails on a guide that would run code or send readers elsewhere, before anything of it is built', () => {
    const { status, output, outDir } = build('unsafe-guides');
    expect(status).not.toBe(0);
    expect(output).toContain(`${FIXTURES}/unsafe-guides/guides/a/code.mdx:6:1  Guides cannot import or export code`);
    expect(output).toContain(`${FIXTURES}/unsafe-guides/guides/a/html.mdx:6:1  Guides cannot use <meta>`);
    expect(output).toContain(`${FIXTURES}/unsafe-guides/guides/a/placeholders.mdx:6:4  A placeholder in <a href="…"> is not personalised there`);
    expect(existsSync(path.join(outDir, 'guides'))).toBe(false);
  }, 120_000);

  it('fails on what a .md guide cannot hold (a component, a placeholder outside code, a twin .mdx), located', () => {
    const { status, output, outDir } = build('plain-markdown');
    expect(status).not.toBe(0);
    const at = (file: string, place: string) => `${FIXTURES}/plain-markdown/guides/${file}:${place}  `;
    expect(output).toContain(`${at('a/components.md', '8:1')}<Callout> is a component, and components work in .mdx guides only`);
    expect(output).toContain(`${at('a/placeholders.md', '6:36')}Unknown site variable "domian". Did you mean "domain"?`);
    expect(output).toContain(`${at('a/html.md', '9:20')}<img onerror> is an event handler`);
    expect(output).toContain(
      `${at('b/twin.mdx', '1')}${FIXTURES}/plain-markdown/guides/b/twin.md and ${FIXTURES}/plain-markdown/guides/b/twin.mdx are the same guide`,
    );
    expect(existsSync(path.join(outDir, 'guides'))).toBe(false);
  }, 120_000);

  it('builds good content: drafts left out, aliases redirect under the base path, SEO fields applied', () => {
    const { status, output, outDir } = buildValid();
    expect(status, output).toBe(0);
    // A valid site builds without a single warning.
    expect(output).not.toMatch(/\[WARN\]|warning/i);
    // One policy for every path, with only the hash of the inline script the pages hold (the
    // core, in <head>), and the headers only a header can carry.
    const headers = readFileSync(path.join(outDir, '_headers'), 'utf8');
    expect(headers).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; style-src 'self'; frame-ancestors 'none'\n/);
    expect(headers).toContain("form-action 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: no-referrer');
    expect(existsSync(path.join(outDir, 'guides/provider/app/index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'guides/other/second/index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'guides/other/unfinished/index.html'))).toBe(false);

    const redirect = readFileSync(path.join(outDir, 'old/app/index.html'), 'utf8');
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=/docs/guides/provider/app/">');
    expect(redirect).toContain('<link rel="canonical" href="https://sitevar-docs.example/docs/guides/provider/app/">');

    const page = readFileSync(path.join(outDir, 'guides/provider/app/index.html'), 'utf8');
    expect(page).toContain('<title>App with Provider | Test docs</title>');
    expect(page).toContain('<meta name="description" content="A guide that uses every feature correctly.">');
    expect(page).not.toContain('name="robots"');
    expect(page).toContain('href="/docs/guides/other/second/"');
    expect(page).toContain('<span class="code-excerpt"');
    expect(page).not.toContain('{{<');

    // The site's own components: a replaced footer, a replaced header made with the engine's
    // controls (search, theme, preferences, each with what the runtime reads), and a guide
    // component used without import.
    expect(page).toContain('The fixture site’s own footer, for Test docs.');
    expect(page).toContain('Test docs, with a header of its own</a>');
    expect(page).toMatch(/<body><a class="skip-link" href="#content">Skip to content<\/a><header class="site-header fixture-header">/);
    expect(page).toMatch(
      /<header class="site-header fixture-header">.*<input id="search-input".*<select data-choice="sitevar-theme">.*<button [^>]*data-open-preferences[^>]*commandfor="preferences-dialog"/s,
    );
    expect(page).toContain('<h3 id="before-you-begin">Before you begin</h3>');

    const second = readFileSync(path.join(outDir, 'guides/other/second/index.html'), 'utf8');
    expect(second).toContain('<title>Second | Custom title</title>');
    expect(second).toContain('<link rel="canonical" href="https://elsewhere.example/second/">');
    expect(second).toContain('<meta name="robots" content="noindex">');

    // Folders the configuration does not list as sections come after those it does, alphabetically.
    const sidebar = page.slice(page.indexOf('class="sidebar"'));
    expect(sidebar.indexOf('>Other<')).toBeLessThan(sidebar.indexOf('>Provider<'));

    // The notice listing a guide's problems in development (GuideProblems.astro) is in no file
    // of the build: no page, script or style names it or holds its words.
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(path.join(file.parentPath, file.name), 'utf8');
      expect(text, file.name).not.toContain(DEV_NOTICE_ATTRIBUTE);
      expect(text, file.name).not.toContain('Shown in development only');
    }
  }, 120_000);

  it('renders a guide in plain Markdown (.md) as a page like any other: placeholders marked in code blocks and inline code', () => {
    const { status, output, outDir } = buildValid();
    expect(status, output).toBe(0);
    const html = readFileSync(path.join(outDir, 'guides/other/plain/index.html'), 'utf8');
    const elements = elementsOf(html);
    const inContent = elements.filter(({ ancestors }) => ancestors.includes('main'));
    expect(textOf(elements.find(({ element }) => element.tagName === 'h1')!.element)).toContain('Plain');
    // Highlighted, then marked, as in an .mdx guide: the defaults shown, each mark named.
    expect(marksOf(html)).toEqual(
      expect.arrayContaining([
        { name: 'subdomain-authelia', text: 'auth', in: 'inline' },
        { name: 'domain', text: 'example.com', in: 'inline' },
        { name: 'domain', text: 'example.com', in: 'block' },
        { name: 'port', text: '9091', in: 'block' },
        { name: 'host', text: 'authelia', in: 'inline' },
      ]),
    );
    const block = inContent.find(({ element }) => element.tagName === 'figure' && attributeOf(element, 'data-title') === 'configuration.yml');
    expect(textOf(block!.element)).toContain("url: 'https://example.com/'");
    // Plain Markdown: braces and a lone < are text; the HTML it writes is the page's; its comments are not.
    const paragraphs = inContent.filter(({ element }) => element.tagName === 'p').map(({ element }) => textOf(element));
    expect(paragraphs).toContainEqual(expect.stringContaining('braces like {these} and a < b are text'));
    expect(inContent.filter(({ element }) => element.tagName === 'kbd').map(({ element }) => textOf(element))).toEqual(['Ctrl', 'C']);
    const summary = inContent.find(({ element }) => element.tagName === 'summary');
    expect(summary?.ancestors.at(-1)).toBe('details');
    expect(html).not.toContain('{{<');
    expect(html).not.toContain('A note for authors');
    // Listed with the other guides.
    const home = elementsOf(readFileSync(path.join(outDir, 'index.html'), 'utf8'));
    expect(home.some(({ element }) => attributeOf(element, 'href') === '/docs/guides/other/plain/')).toBe(true);
  }, 120_000);

  it('keeps pages small for a large provider: 50 guides around the current one in the sidebar, five related', () => {
    const content = mkdtempSync(path.join(tmpdir(), 'sitevar-large-'));
    outDirs.push(content);
    mkdirSync(path.join(content, 'guides/big'), { recursive: true });
    for (let index = 1; index <= 60; index++) {
      const name = String(index).padStart(2, '0');
      const guide = `---\ntitle: "App ${name}"\ndescription: "Guide ${name}."\nweight: ${index}\n---\n\nUse \`{{< sitevar name="domain" >}}\`.\n`;
      writeFileSync(path.join(content, `guides/big/app-${name}.mdx`), guide);
    }
    const { status, output, outDir } = buildContent(content);
    expect(status, output).toBe(0);

    const page = readFileSync(path.join(outDir, 'guides/big/app-30/index.html'), 'utf8');
    const sidebar = page.slice(page.indexOf('class="sidebar"'), page.indexOf('</nav>', page.indexOf('class="sidebar"')));
    const listed = [...sidebar.matchAll(/href="\/guides\/big\/app-(\d+)\/"/g)].map((match) => Number(match[1]));
    expect(listed).toEqual(Array.from({ length: 50 }, (_, offset) => 5 + offset));
    expect(sidebar).toMatch(/href="\/guides\/big\/app-30\/" aria-current="page"/);
    expect(sidebar).toContain('<a class="sidebar-more" href="/#group-big">All 60 Big guides</a>');

    const related = page.slice(page.indexOf('id="related-heading"'), page.indexOf('</section>', page.indexOf('id="related-heading"')));
    expect([...related.matchAll(/app-(\d+)\//g)].map((match) => Number(match[1]))).toEqual([27, 28, 29, 31, 32]);

    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('id="group-big"');
    expect([...home.matchAll(/href="\/guides\/big\//g)]).toHaveLength(60);
  }, 120_000);
});

describe('the content checks and the build agree', () => {
  it("refuses, located, what once passed the checks and crashed the build: a member of a component, aliases into the build's own files", () => {
    const { status, output, outDir } = build('hostile-input');
    expect(status).not.toBe(0);
    const at = (file: string, place: string) => `${FIXTURES}/hostile-input/guides/${file}:${place}  `;
    expect(output.trim()).toMatch(/^6 content problems in 6 files:/);
    expect(output).toContain(`${at('aliases/encoded-dot-segments.mdx', '5:5')}"aliases.0": "%2e%2e" is .. once decoded`);
    expect(output).toContain(`${at('aliases/headers-file.mdx', '5:5')}"aliases.0": /_headers/ is reserved`);
    expect(output).toContain(`${at('aliases/search-index.mdx', '5:5')}"aliases.0": /pagefind/ is the search index’s folder`);
    expect(output).toContain(`${at('components/callout-member.mdx', '8:1')}Unknown component <Callout.Foo>.`);
    expect(output).not.toMatch(/unhandled error|Hint:|Stack trace|EISDIR|\n\s+at /i);
    expect(existsSync(path.join(outDir, 'guides'))).toBe(false);
  }, 120_000);

  it('refuses a symbolic link out of the content folder before anything is built, and publishes files, never links', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'sitevar-links-'));
    outDirs.push(work);
    const content = path.join(work, 'content');
    cpSync(fileURLToPath(new URL(`${FIXTURES}/valid/`, new URL('./fixture-site/', import.meta.url))), content, { recursive: true });
    // A stand-in for a file of the machine that builds the site, and a link inside the folder.
    writeFileSync(path.join(work, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
    symlinkSync(path.join(work, 'passwd'), path.join(content, 'guides/provider/leak.png'));
    const refused = buildContent(content);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(
      /\n {2}\S+\/guides\/provider\/leak\.png:1 {2}This is a symbolic link to "[^"]+passwd", outside the content folder: a build would publish a file of the machine that builds the site\. Commit the file itself instead of a link\.\n/,
    );
    expect(existsSync(path.join(refused.outDir, 'guides'))).toBe(false);

    rmSync(path.join(content, 'guides/provider/leak.png'));
    writeFileSync(path.join(content, 'guides/provider/diagram.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    symlinkSync('diagram.png', path.join(content, 'guides/provider/same.png'));
    const built = buildContent(content);
    expect(built.status, built.output).toBe(0);
    const published = path.join(built.outDir, 'guides/provider/same.png');
    expect(lstatSync(published).isFile()).toBe(true);
    expect(readFileSync(published)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  }, 120_000);
});

describe('the finished pages', () => {
  it("keeps a tab label and a title holding markup as text: the hostile guide's page holds no element of theirs", () => {
    const { status, output, outDir } = build('hostile-pages');
    expect(status, output).toBe(0);
    const elements = elementsOf(readFileSync(path.join(outDir, 'guides/a/tab-breakout/index.html'), 'utf8'));
    expect(elements.filter(({ element, ancestors }) => element.tagName === 'meta' && !ancestors.includes('head'))).toEqual([]);
    expect(elements.some(({ element }) => element.tagName === 'meta' && attributeOf(element, 'http-equiv') === 'refresh')).toBe(false);
    // The label is the first tab's text and value, and the title is its div's, whole.
    const tabs = elements
      .filter(({ element }) => attributeOf(element, 'role') === 'tab')
      .map(({ element }) => [textOf(element).trim(), attributeOf(element, 'value')]);
    const label = 'x><meta http-equiv=refresh content=1;url=http://127.0.0.1:4598/pwned-label>';
    expect(tabs).toEqual([
      [label, label],
      ['Second', 'Second'],
    ]);
    const panels = elements
      .filter(({ element }) => attributeOf(element, 'data-tab-panel') !== undefined)
      .map(({ element }) => attributeOf(element, 'aria-labelledby'));
    expect(panels).toEqual([expect.stringMatching(/-tab-0$/), expect.stringMatching(/-tab-1$/)]);
    const titled = elements.find(({ element }) => textOf(element) === 'Inside the first tab.');
    expect(attributeOf(titled!.element, 'title')).toBe('x data-tab-panel><meta http-equiv=refresh content=1;url=http://127.0.0.1:4598/pwned-title>');

    // Two tab sets alike on one page: ids of their own (the page check would refuse the build otherwise).
    const twins = elementsOf(readFileSync(path.join(outDir, 'guides/a/twin-tabs/index.html'), 'utf8'));
    const controls = twins.filter(({ element }) => attributeOf(element, 'role') === 'tab').map(({ element }) => attributeOf(element, 'aria-controls'));
    expect(controls).toHaveLength(4);
    expect(new Set(controls).size).toBe(4);
  }, 120_000);

  it('refuses a page holding what no page may, whatever produced it (here a trusted guide), at its place in the page', () => {
    const { status, output } = buildContent('../fixtures/trusted-page-faults', [], { SITEVAR_TRUST_GUIDE_CODE: '1' });
    expect(status).not.toBe(0);
    const page = String.raw`\S+/guides/a/redirect/index\.html`;
    expect(output).toMatch(
      new RegExp(
        String.raw`\n3 problems in 1 built page, which no page may hold:\n  ${page}, the page of \.\./fixtures/trusted-page-faults/guides/a/redirect\.mdx:\n`,
      ),
    );
    expect(output).toMatch(
      new RegExp(String.raw`\n    ${page}:1:\d+  <meta> outside the page's head: only the site's layout writes meta elements, in the head\.\n`),
    );
    expect(output).toMatch(
      new RegExp(String.raw`\n    ${page}:1:\d+  <meta http-equiv="refresh" content="…url=https://evil\.example/"> is not one the site writes`),
    );
    expect(output).toMatch(new RegExp(String.raw`\n    ${page}:2:7  <p style> sets a style inline`));
    expect(output).not.toMatch(/unhandled error|Stack trace|\n\s+at /i);
  }, 120_000);
});

describe('a site that trusts its authors with code', () => {
  it('compiles a guide with code as an MDX module, and renders the others as content, images and all', () => {
    const { status, output, outDir } = buildContent('../fixtures/trusted-code', [], { SITEVAR_TRUST_GUIDE_CODE: '1' });
    expect(status, output).toBe(0);
    const answer = readFileSync(path.join(outDir, 'guides/a/answer/index.html'), 'utf8');
    expect(answer).toContain('The answer is 42.');
    expect(answer).toMatch(/<aside class="callout callout-note"[^>]*>/);
    const plain = readFileSync(path.join(outDir, 'guides/a/plain/index.html'), 'utf8');
    expect(plain).toMatch(/data-sitevar="domain"[^>]*>example\.com</);
    // The image next to the guide is published where its address from the page points.
    const src = /<img src="([^"]+)" alt="A blue square"/.exec(plain)?.[1];
    expect(src).toBe('../../a/diagram.svg');
    expect(readFileSync(path.join(outDir, 'guides/a/answer', '..', 'plain', src!), 'utf8')).toContain('<rect');
  }, 120_000);
});

describe('astro dev', () => {
  it('shows draft guides to authors, and a saved change to a guide on the next load', async () => {
    // A copy of the content: the test edits a guide.
    const content = mkdtempSync(path.join(tmpdir(), 'sitevar-dev-content-'));
    outDirs.push(content);
    cpSync(fileURLToPath(new URL(`${FIXTURES}/valid/`, new URL('./fixture-site/', import.meta.url))), content, { recursive: true });
    // A guide with a mistake before the server starts: it has never been rendered (a new name
    // each run: the fixture site's content store keeps what a run rendered).
    const freshName = `fresh-${Date.now().toString(36)}`;
    const fresh = path.join(content, `guides/other/${freshName}.mdx`);
    writeFileSync(fresh, '---\ntitle: "Fresh"\ndescription: "Written before the server started."\n---\n\nServed on `{{< sitevar name="domian" >}}`.\n');
    // Port 0: the system picks a free port, which the server prints.
    const server = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', '0'], {
      cwd: SITE,
      env: { ...withoutTestEnv(), SITEVAR_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      detached: true,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
      const origin = await new Promise<string>((resolve, reject) => {
        let output = '';
        server.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
          if (match && match[1] !== '0') resolve(`http://127.0.0.1:${match[1]}`);
        });
        server.once('exit', () => reject(new Error(`astro dev stopped:\n${output}`)));
      });
      const page = `${origin}/guides/other/unfinished/`;
      /** The page's text once it holds `expected`, polled (the server may still be starting). */
      const pageWith = async (expected: string, url = page) => {
        let text = '';
        for (let attempt = 0; attempt < 60 && !text.includes(expected); attempt++) {
          const response = await fetch(url).catch(() => undefined);
          text = response?.ok ? await response.text() : '';
          if (!text.includes(expected)) await new Promise((resolve) => setTimeout(resolve, 250));
        }
        return text;
      };
      expect(await pageWith('Work in progress.')).toContain('Unfinished');
      const guide = path.join(content, 'guides/other/unfinished.mdx');
      writeFileSync(guide, readFileSync(guide, 'utf8').replace('Work in progress.', 'Now with a `{{< sitevar name="domain" >}}` block.'));
      expect(await pageWith('Now with a')).toMatch(/data-sitevar="domain"[^>]*>example\.com</);
      expect(noticeOf(await pageWith('Now with a'))).toBeUndefined();

      /** The page's notice of problems once one of them holds `expected`, polled; the page's HTML with it. */
      const noticeWith = async (expected: string, url = page) => {
        let html = '';
        let status = 0;
        for (let attempt = 0; attempt < 60 && !noticeOf(html)?.some((problem) => problem.includes(expected)); attempt++) {
          if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 250));
          const response = await fetch(url).catch(() => undefined);
          status = response?.status ?? 0;
          html = response ? await response.text() : '';
        }
        return { html, status, problems: noticeOf(html) ?? [] };
      };
      const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const shown = (file: string) => path.relative(SITE, file).split(path.sep).join('/');
      const misspelt = /Unknown site variable "domian"\. Did you mean "domain"\? Known variables: domain, /;

      // A guide with a mistake as the server starts: the page at its address lists it, located.
      const freshPage = `${origin}/guides/other/${freshName}/`;
      const freshNotice = await noticeWith('domian', freshPage);
      // Never rendered, it has no page yet: the 404 page at its address lists its problems.
      expect(freshNotice.status).toBe(404);
      expect(freshNotice.problems).toHaveLength(1);
      expect(freshNotice.problems[0]).toMatch(new RegExp(`^${escaped(`${shown(fresh)}:6:24  `)}${misspelt.source}`));

      // A mistake saved midway: the server stays up, the page keeps its last version, and lists
      // the problem above it, with its place and the suggestion...
      const beforeMistake = readFileSync(guide, 'utf8');
      writeFileSync(guide, beforeMistake.replace('Now with a', 'Broken: `{{< sitevar name="domian" >}}`. Now with a'));
      const mistake = await noticeWith('domian');
      expect(mistake.status).toBe(200);
      expect(mistake.problems).toHaveLength(1);
      expect(mistake.problems[0]).toMatch(new RegExp(`^${escaped(`${shown(guide)}:7:22  `)}${misspelt.source}`));
      expect(mistake.html).toContain('Now with a');
      expect(mistake.html).not.toContain('Broken');
      // ...and a paragraph past the checks' bounds saved after it is not even parsed (the parser
      // would take minutes): the notice says so instead.
      const pathological = `\n\n${']('.repeat(300_000)} {\n\n`;
      writeFileSync(guide, `${readFileSync(guide, 'utf8')}${pathological}`);
      const overBounds = await noticeWith('This line is longer than');
      expect(overBounds.problems[0]).toBe(`${shown(guide)}:10:2001  ${LIMIT_MESSAGES.lineCharacters}`);
      expect(overBounds.problems.every((problem) => problem.startsWith(`${shown(guide)}:10:`))).toBe(true);
      expect(overBounds.status).toBe(200);
      expect(overBounds.html).not.toContain('Broken');
      // ...until the author fixes it: the guide as saved, and no notice.
      writeFileSync(guide, readFileSync(guide, 'utf8').replace(pathological, '').replace('domian', 'domain').replace('Broken:', 'Fixed:'));
      const fixed = await pageWith('Fixed:');
      expect(fixed).toContain('Now with a');
      expect(noticeOf(fixed)).toBeUndefined();
      // The guide that had no page has one once fixed, without the notice.
      const token = `fixed-${Date.now()}`;
      writeFileSync(fresh, readFileSync(fresh, 'utf8').replace('domian', 'domain').replace('Served on', `Served (${token}) on`));
      const freshFixed = await pageWith(token, freshPage);
      expect(freshFixed).toMatch(/data-sitevar="domain"[^>]*>example\.com</);
      expect(noticeOf(freshFixed)).toBeUndefined();

      // A .md guide is served, and a saved change to it shown, as an .mdx guide's.
      const plainPage = `${origin}/guides/other/plain/`;
      expect(marksOf(await pageWith('Why that port?', plainPage))).toContainEqual({ name: 'port', text: '9091', in: 'block' });
      const plain = path.join(content, 'guides/other/plain.md');
      writeFileSync(plain, readFileSync(plain, 'utf8').replace('to stop it.', 'to stop `{{< sitevar name="subdomain-authentik" >}}`, as saved.'));
      expect(marksOf(await pageWith('as saved.', plainPage))).toContainEqual({ name: 'subdomain-authentik', text: 'authentik', in: 'inline' });
    } finally {
      // The server was started in its own process group: stop it and its children.
      process.kill(-server.pid!, 'SIGTERM');
    }
  }, 90_000);
});
