import { describe, expect, it } from 'vitest';
import { readGuide } from '../content-checks/guide-files.ts';
import { TEST_SITE as site } from '../registry/fixtures/site.ts';
import { GUIDE_WITH_COMPONENTS } from './fixtures/guides.ts';
import { createGuideRenderer, type GuideComponentCall, type GuidePart } from './guide-renderer.ts';

const GUIDES = '/site/content/guides';
const renderer = createGuideRenderer(site, { guidesDirectory: GUIDES });
const render = (body: string) => renderer.render(body, '/site/content/guides/a/b.mdx', {});
const components = (parts: readonly GuidePart[]) => parts.filter((part): part is GuideComponentCall => typeof part !== 'string');

describe('createGuideRenderer', () => {
  it('splits a guide into HTML and the calls of its components, children in the same form', async () => {
    const { parts, html } = await render(GUIDE_WITH_COMPONENTS);
    expect(components(parts).map((call) => call.component)).toEqual(['SiteVarPreferences', 'Callout', 'Tabs']);
    const [, callout, tabs] = components(parts);
    expect(callout!.props).toEqual({ context: 'tip', title: 'Before you begin' });
    expect(callout!.children.join('')).toContain('<strong>admin</strong>');
    // The tab panels are calls inside the tab set's children, each with its own code.
    const panels = components(tabs!.children);
    expect(panels.map((panel) => panel.props['label'])).toEqual(['Docker', 'Kubernetes']);
    expect(String(panels[0]!.children[0])).toMatch(/<figure class="code-block[^"]*"/);
    // Code is highlighted with the defaults in place, each placeholder marked for the browser.
    expect(html).toContain('data-sitevar="domain"');
    expect(html).toContain('example.com');
    expect(html).not.toContain('{{<');
    // <SiteVar> is its marked value already: no component renders per use.
    expect(html).toMatch(/<span[^>]*data-sitevar="host"[^>]*>authelia<\/span>/);
    expect(html).toMatch(/<h2 id="configure">Configure<a class="heading-anchor"/);
  });

  it('keeps the tags of an element around a component, and renders HTML elements and comments as MDX does', async () => {
    const { parts } = await render(
      '- One\n- <Callout>Careful.</Callout>\n\n<details>\n<summary>More</summary>\n\nHidden text.\n</details>\n\n{/* A note for authors. */}\n',
    );
    expect(parts[0]).toBe('<ul>\n<li>One</li>\n<li>');
    expect(components(parts)[0]).toMatchObject({ component: 'Callout', props: {}, children: ['Careful.'] });
    const after = String(parts.at(-1));
    expect(after.startsWith('</li>\n</ul>')).toBe(true);
    // A tag pair on one line is text in MDX, so it sits in a paragraph there too.
    expect(after).toContain('<details><p><summary>More</summary></p><p>Hidden text.</p></details>');
    expect(after).not.toContain('note for authors');
  });

  it('points relative images at their published copy, from the page up to the guides', async () => {
    const { html } = await renderer.render(
      '![A diagram](diagram.svg)\n\n![Shared](../shared/flow%20chart.png#top)\n\n![Elsewhere](../../../secret.png)\n\n![Absolute](/logo.svg)\n',
      `${GUIDES}/a/b.mdx`,
      {},
    );
    // The page is /guides/a/b/: two levels up is /guides/, where a/diagram.svg is published.
    expect(html).toContain('<img src="../../a/diagram.svg" alt="A diagram" loading="lazy" decoding="async">');
    expect(html).toContain('<img src="../../shared/flow%20chart.png#top" alt="Shared"');
    expect(html).toContain('<img src="../../../secret.png" alt="Elsewhere">');
    expect(html).toContain('<img src="/logo.svg" alt="Absolute">');
  });

  it('refuses code, which only a module could run (a site that trusts its authors compiles such guides with MDX)', async () => {
    // Where guides are content, the guide-safety check has said why first, with its place.
    await expect(render('Total: {1 + 1}\n')).rejects.toThrow(/b\.mdx:1:8 {2}/);
    const trusting = createGuideRenderer({ ...site, trustGuideCode: true }, { guidesDirectory: GUIDES });
    const renderTrusted = (body: string) => trusting.render(body, '/site/content/guides/a/b.mdx', {});
    await expect(renderTrusted('Total: {1 + 1}\n')).rejects.toThrow(/b\.mdx:1:8 {2}This guide holds code/);
    await expect(renderTrusted("import X from './x.astro';\n\n<X />\n")).rejects.toThrow(/holds code/);
    await expect(renderTrusted('<Callout title={name}>Hi</Callout>\n')).rejects.toThrow(/holds code/);
  });

  describe('a guide in plain Markdown (.md)', () => {
    const renderMarkdown = (body: string, using = renderer) => using.render(body, `${GUIDES}/a/b.md`, {});
    const MARKDOWN = [
      '## Set up',
      '',
      'The portal is `https://{{< sitevar name="subdomain-authelia" >}}.{{< sitevar name="domain" >}}/`, "quoted".',
      '',
      '```yaml title="configuration.yml" {2}',
      'url: \'https://{{< sitevar name="domain" >}}/\'',
      'port: {{< sitevar name="port" >}}',
      '```',
      '',
      '- a **list** with [a link](https://example.org)',
      '- [ ] a task',
      '',
      '| Setting | Value |',
      '|---------|-------|',
      '| Host | `{{< sitevar name="host" >}}` |',
      '',
    ].join('\n');

    it('renders what it shares with MDX exactly as an .mdx guide: code highlighted, then marked', async () => {
      const markdown = await renderMarkdown(MARKDOWN);
      expect(markdown).toEqual(await render(MARKDOWN));
      expect(markdown.html).toMatch(/<td><code><span data-sitevar="host"[^>]*>authelia<\/span><\/code><\/td>/);
      expect(markdown.html).toMatch(/<span class="[^"]*" data-sitevar="port"[^>]*>9091<\/span>/);
      expect(markdown.html).not.toContain('{{<');
    });

    it('reads braces and a lone < as text, and its HTML as the page will, comments left out', async () => {
      const { parts } = await renderMarkdown(
        'Braces {like these} and a < b, <kbd>Ctrl</kbd><br>\n\n<details>\n<summary>More</summary>\n\nHidden `{{< sitevar name="domain" >}}`.\n\n</details>\n\n<!-- A note for authors. -->\n\n<img src="diagram.png" alt="A diagram">\n',
      );
      expect(parts).toHaveLength(1);
      const html = String(parts[0]);
      expect(html).toContain('<p>Braces {like these} and a &#x3C; b, <kbd>Ctrl</kbd><br></p>');
      expect(html).toMatch(
        /<details>\n<summary>More<\/summary>\n<p>Hidden <code><span data-sitevar="domain"[^>]*>example\.com<\/span><\/code>\.<\/p>\n<\/details>/,
      );
      expect(html).not.toContain('note for authors');
      // An image in HTML is pointed at its published copy, as one in Markdown.
      expect(html).toContain('<img src="../../a/diagram.png" alt="A diagram" loading="lazy" decoding="async">');
    });

    it('refuses, where they are, HTML a guide may not write and components, which a .md guide does not have', async () => {
      await expect(renderMarkdown('Text.\n\n<script>alert(1)</script>\n')).rejects.toThrow(/b\.md:3:1 {2}Guides cannot use <script>/);
      const trusting = createGuideRenderer({ ...site, trustGuideCode: true }, { guidesDirectory: GUIDES });
      await expect(renderMarkdown('Text.\n\n<script>alert(1)</script>\n', trusting)).resolves.toHaveProperty('html');
      await expect(renderMarkdown('A <Callout>tip</Callout>.\n', trusting)).rejects.toThrow(
        /b\.md:1:3 {2}<Callout> is a component, and components work in \.mdx guides only/,
      );
    });
  });

  it('renders the tree the content checks parsed exactly as it renders the file', async () => {
    const source = `---\ntitle: B\ndescription: A guide.\n---\n\n${GUIDE_WITH_COMPONENTS}`;
    const { writeFile, mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const directory = await mkdtemp(path.join(tmpdir(), 'sitevar-render-'));
    const filePath = path.join(directory, 'b.mdx');
    await writeFile(filePath, source);
    const { guide } = await readGuide(filePath, directory, '/guides/');
    const blanked = source.replace(/^---[\s\S]*?---/, (front) => front.replace(/[^\n]/g, ' '));
    const local = createGuideRenderer(site, { guidesDirectory: directory });
    const fromFile = await local.render(blanked, filePath, { title: 'B' });
    const fromTree = await local.renderParsed(guide!.tree, source, filePath, { title: 'B' });
    expect(fromTree).toEqual(fromFile);
    // A .md guide too, HTML and all.
    const markdownPath = path.join(directory, 'c.md');
    const markdown = `---\ntitle: C\ndescription: A guide.\n---\n\nText with \`{{< sitevar name="domain" >}}\`, <kbd>Ctrl</kbd> and {braces}.\n\n<details>\n<summary>More</summary>\n\nHidden.\n\n</details>\n`;
    await writeFile(markdownPath, markdown);
    const read = await readGuide(markdownPath, directory, '/guides/');
    const markdownBlanked = markdown.replace(/^---[\s\S]*?---/, (front) => front.replace(/[^\n]/g, ' '));
    expect(await local.renderParsed(read.guide!.tree, markdown, markdownPath, { title: 'C' })).toEqual(
      await local.render(markdownBlanked, markdownPath, { title: 'C' }),
    );
  });
});
