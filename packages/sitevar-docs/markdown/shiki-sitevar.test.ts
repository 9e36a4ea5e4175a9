import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { createHighlighter } from 'shiki';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_REGISTRY as registry } from '../registry/fixtures/site.ts';
import { BLOCKS } from './fixtures/blocks.ts';
import { characterStyles, findAll } from './fixtures/highlighted.ts';
import { transformerSitevar } from './shiki-sitevar.ts';

const sitevar = transformerSitevar({ registry, words: { copy: 'Copy', excerpt: 'Excerpt', excerptNote: 'Part of a larger file: not complete on its own' } });

type Highlighter = Awaited<ReturnType<typeof createHighlighter>>;
let highlighter: Highlighter;

beforeAll(async () => {
  highlighter = await createHighlighter({ themes: ['github-light', 'github-dark'], langs: ['yaml', 'dotenv', 'shell', 'json'] });
});

const themes = { light: 'github-light', dark: 'github-dark' } as const;

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

describe('transformerSitevar', () => {
  it.each(BLOCKS)('keeps $lang highlighting exactly as for the plain text', ({ lang, source, plain }) => {
    const marked = highlighter.codeToHast(source, { lang, themes, transformers: [sitevar] });
    const reference = highlighter.codeToHast(plain, { lang, themes });
    expect(characterStyles(marked)).toEqual(characterStyles(reference));
    const code = findAll(marked, (element) => element.tagName === 'code')[0]!;
    expect(textOf(code)).toBe(plain);
  });

  it('marks a value inside a token within it, a whole token on itself, and wraps a value across tokens', () => {
    const inside = toHtml(
      highlighter.codeToHast('url: "https://{{< sitevar name="subdomain-authelia" >}}.{{< sitevar name="domain" >}}/"', {
        lang: 'yaml',
        themes,
        transformers: [sitevar],
      }),
    );
    expect(inside).toMatch(
      /<span style="[^"]+">"https:\/\/<span data-sitevar="subdomain-authelia" title="Authelia subdomain">auth<\/span>\.<span data-sitevar="domain" title="Domain">example\.com<\/span>\/"<\/span>/,
    );
    const across = highlighter.codeToHast('port: {{< sitevar name="port" >}}{{< sitevar name="domain" nojs="a: b" >}}', {
      lang: 'yaml',
      themes,
      transformers: [sitevar],
    });
    const marked = findAll(across, (element) => element.properties.dataSitevar !== undefined);
    expect(marked.map(textOf)).toEqual(['9091', 'a: b']);
    expect(marked[0]!.children).toEqual([{ type: 'text', value: '9091' }]);
    expect(marked[1]!.children.length).toBeGreaterThan(1);
  });

  it('writes lines as text between newlines, and no theme names, so pages stay small', () => {
    const html = toHtml(highlighter.codeToHast('a: 1\nb: {{< sitevar name="port" >}}\n', { lang: 'yaml', themes, transformers: [sitevar] }));
    expect(html).not.toContain('class="line"');
    expect(html).not.toMatch(/github-(light|dark)/);
    expect(html).toMatch(/<code><span [^>]+>a<\/span>.*\n<span [^>]+>b<\/span>/);
  });

  it.each(BLOCKS)('marks the exact range of each $lang value', ({ lang, source, values }) => {
    const marked = highlighter.codeToHast(source, { lang, themes, transformers: [sitevar] });
    const spans = findAll(marked, (element) => element.properties.dataSitevar !== undefined);
    expect(spans.map(textOf)).toEqual(values);
    // A mark is a token span, sits inside one holding only text, or holds only token spans: the
    // browser swaps text without re-highlighting, and the text keeps its colour.
    const isToken = (node: ElementContent) =>
      node.type === 'element' &&
      node.tagName === 'span' &&
      typeof node.properties.style === 'string' &&
      node.children.every((child) => child.type === 'text' || (child.type === 'element' && child.children.every((inner) => inner.type === 'text')));
    const insideToken = new Set(findAll(marked, (element) => isToken(element)).flatMap((token) => token.children.filter((child) => child.type === 'element')));
    for (const span of spans) {
      expect(isToken(span) || insideToken.has(span) || span.children.every(isToken)).toBe(true);
    }
  });

  it('writes name and format on the marked element', () => {
    const html = toHtml(highlighter.codeToHast('a: "{{< sitevar name="domain" format="regex" >}}"', { lang: 'yaml', themes, transformers: [sitevar] }));
    expect(html).toContain('data-sitevar="domain" data-sitevar-format="regex"');
    expect(html).not.toContain('{{&#x3C;');
    expect(html).not.toContain('{{<');
  });

  it('wraps the block in a figure with title, language label and copy button', () => {
    const root = highlighter.codeToHast('x: 1', { lang: 'yaml', themes, meta: { __raw: '{title="configuration.yml"}' }, transformers: [sitevar] });
    const html = toHtml(root);
    expect(html).toMatch(/^<figure class="code-block" data-language="yaml" data-title="configuration.yml">/);
    expect(html).toContain('<span class="code-title">configuration.yml</span><span class="code-lang">YAML</span>');
    expect(html).toMatch(
      /<button type="button" class="copy-button needs-js" data-copy=""><svg class="copy-icon"[^>]* aria-hidden="true"[^>]*>.*<\/svg><span class="copy-label">Copy<\/span><\/button>/,
    );
    expect(html).toContain('<p class="copy-status" role="status" aria-live="polite"></p></figure>');
  });

  it('accepts both title spellings', () => {
    for (const raw of ['title="compose.yml"', '{title="compose.yml"}']) {
      const html = toHtml(highlighter.codeToHast('x: 1', { lang: 'yaml', themes, meta: { __raw: raw }, transformers: [sitevar] }));
      expect(html).toContain('<span class="code-title">compose.yml</span>');
    }
  });

  it('labels a block marked novalidate as an excerpt', () => {
    const html = toHtml(highlighter.codeToHast('x: 1', { lang: 'yaml', themes, meta: { __raw: 'title="part.yml" novalidate' }, transformers: [sitevar] }));
    expect(html).toContain(
      '<span class="code-title">part.yml</span><span class="code-excerpt" title="Part of a larger file: not complete on its own">Excerpt</span>',
    );
    const plain = toHtml(highlighter.codeToHast('x: 1', { lang: 'yaml', themes, meta: { __raw: 'title="full.yml"' }, transformers: [sitevar] }));
    expect(plain).not.toContain('Excerpt');
  });

  it('marks, inserts, deletes and numbers lines as the fence meta asks, keeping values marked', () => {
    const source = 'a: 1\nb: {{< sitevar name="port" >}}\nc: 3\nd: 4';
    const root = highlighter.codeToHast(source, { lang: 'yaml', themes, meta: { __raw: '{2} ins={3} del={4} startLineNumber=7' }, transformers: [sitevar] });
    const lines = findAll(root, (element) =>
      String(element.properties.class ?? '')
        .split(' ')
        .includes('line'),
    );
    expect(lines.map((line) => [line.properties.class, line.properties.dataLine])).toEqual([
      ['line', '7'],
      ['line mark', '8'],
      ['line ins', '9'],
      ['line del', '10'],
    ]);
    expect(findAll(root, (element) => element.tagName === 'code')[0]!.properties.class).toBe('line-numbers');
    expect(findAll(lines[1]!, (element) => element.properties.dataSitevar === 'port').map(textOf)).toEqual(['9091']);
    // The text is the code itself: numbers and +/- live in CSS, never in what is copied.
    expect(textOf(findAll(root, (element) => element.tagName === 'code')[0]!)).toBe('a: 1\nb: 9091\nc: 3\nd: 4');
  });

  it('frames shell sessions as a terminal unless the title names a file or the author says otherwise', () => {
    const frame = (lang: string, raw: string) =>
      (
        findAll(
          highlighter.codeToHast('echo hi', { lang, themes, meta: { __raw: raw }, transformers: [sitevar] }),
          (element) => element.tagName === 'figure',
        )[0]!.properties.className as string[]
      ).join(' ');
    expect(frame('shell', '')).toBe('code-block frame-terminal');
    expect(frame('shell', 'title="Install"')).toBe('code-block frame-terminal');
    expect(frame('shell', '{title=".env"}')).toBe('code-block');
    expect(frame('shell', 'frame="code"')).toBe('code-block');
    expect(frame('yaml', 'frame="none"')).toBe('code-block frame-none');
  });

  it('refuses a malformed placeholder', () => {
    expect(() => highlighter.codeToHast('{{< sitevar name="nope" >}}', { lang: 'yaml', themes, transformers: [sitevar] })).toThrow(
      /Unknown site variable "nope"/,
    );
  });
});
