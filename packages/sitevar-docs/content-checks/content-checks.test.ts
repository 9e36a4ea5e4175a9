import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_SITE as site } from '../registry/fixtures/site.ts';
import { checkContent, formatReport, type Problem } from './index.ts';
import { problemPlace } from './problem.ts';

const FIXTURES = 'packages/sitevar-docs/content-checks/fixtures';

async function problemsIn(fixture: string, includeDrafts = false): Promise<Problem[]> {
  return checkContent({ contentDirectory: `${FIXTURES}/${fixture}`, includeDrafts, site });
}

/** `file:line[:column]  message`, relative to the fixture's guides folder. */
function lines(problems: readonly Problem[], fixture: string): string[] {
  return problems.map(
    (problem) =>
      `${problem.file.replace(`${FIXTURES}/${fixture}/guides/`, '')}:${problem.line}${problem.column ? `:${problem.column}` : ''}  ${problem.message}`,
  );
}

const VARIABLES =
  'Known variables: domain, subdomain-authelia, host, port, tls, subdomain-authentik, authentik-slug, proxy, portal-url, subdomain-app, client-id, client-secret, client-secret-digest.';

describe('content checks', () => {
  it('pass a guide that uses every feature correctly', async () => {
    expect(await problemsIn('valid')).toEqual([]);
  });

  it('report placeholder faults in inline code, fenced code and <SiteVar>, all at once', async () => {
    expect(lines(await problemsIn('placeholder-faults'), 'placeholder-faults')).toEqual([
      `a/guide.mdx:6:30  Unknown site variable "domian". Did you mean "domain"? ${VARIABLES}`,
      'a/guide.mdx:9:33  Unknown format "regexp": use regex or dn. Did you mean "regex"?',
      'a/guide.mdx:10:24  The value of name must be in double quotes, not single quotes: name="…".',
      `a/guide.mdx:13:8  <SiteVar>: Unknown site variable "subdomain-autelia". Did you mean "subdomain-authelia"? ${VARIABLES}`,
    ]);
  });

  it('report front matter faults at their lines', async () => {
    expect(lines(await problemsIn('front-matter-faults'), 'front-matter-faults')).toEqual([
      'a/missing.mdx:1:1  The front matter has no "title", which every guide needs.',
      'a/missing.mdx:1:1  The front matter has no "description", which every guide needs.',
      'a/types.mdx:4:1  "weight" must be a number, not the text "high".',
      'a/types.mdx:5:1  "date" is not a date: the text "yesterday". Write 2024-04-13 or 2024-04-13T13:46:05+10:00.',
      'a/types.mdx:6:1  Unknown front matter key "wieght". Did you mean "weight"? Known keys: title, description, summary, date, draft, images, weight, toc, aliases, support, sitevars, seo.',
      'a/types.mdx:8:3  Unknown front matter key "titel" under "seo". Did you mean "title"? Known keys: title, description, canonical, noindex.',
      'a/types.mdx:10:3  "support.level" must be one of "official", "community", "unsupported", not the text "sometimes".',
      'a/types.mdx:12:3  "sitevars.domain": "domain" is not a variable a guide can set; guide variables are subdomain-app, client-id and client-secret.',
      'a/types.mdx:13:3  "sitevars.subdomain-app": "-bad" is not a valid Application subdomain: "-bad" starts or ends with a hyphen: a subdomain may have hyphens only between letters or digits.',
    ]);
  });

  it('report broken internal links and anchors, reference definitions included', async () => {
    const found = lines(await problemsIn('broken-links'), 'broken-links');
    expect(found).toEqual([
      `a/guide.mdx:8:1  Broken link: "../b/missing.mdx" points to no guide file (resolved against ${FIXTURES}/broken-links/guides/a/).`,
      'a/guide.mdx:8:26  Broken link: "../missing/" (/guides/a/missing/) is no page of this site.',
      'a/guide.mdx:8:51  Broken link: "/guides/nope/" (/guides/nope/) is no page of this site.',
      'a/guide.mdx:9:1  Broken link: "#nowhere" has no heading "#nowhere" to go to. Anchors there: #only-heading.',
      `a/guide.mdx:9:20  Broken link: "/guides/b/target/#nowhere-else" has no heading "#nowhere-else" to go to in ${FIXTURES}/broken-links/guides/b/target.mdx. Anchors there: #somewhere.`,
      'a/guide.mdx:12:1  Broken link: "../../b/gone/" (/guides/b/gone/) is no page of this site.',
    ]);
  });

  it('report two guides or an alias taking the same URL', async () => {
    const found = lines(await problemsIn('duplicate-urls'), 'duplicate-urls');
    expect(found).toHaveLength(3);
    expect(found[0]).toBe(
      `a/guide.mdx:5  An alias in ${FIXTURES}/duplicate-urls/guides/a/guide.mdx would be written to /guides/b/my-guide/, which the guide ${FIXTURES}/duplicate-urls/guides/b/my guide.mdx and the guide ${FIXTURES}/duplicate-urls/guides/b/my-guide.mdx also take. Rename the file or change the alias.`,
    );
    expect(found.slice(1).map((line) => line.split('  ')[0])).toEqual(['b/my guide.mdx:1', 'b/my-guide.mdx:1']);
  });

  it('report an unknown component with a suggestion, and props the components do not take', async () => {
    expect(lines(await problemsIn('unknown-component'), 'unknown-component')).toEqual([
      'a/guide.mdx:6:1  Unknown component <SiteVars>. Did you mean <SiteVar>? Guides can use <SiteVar>, <SiteVarPreferences>, <Callout>, <Tabs>, <Tab>, <OidcCommon> without importing them.',
      'a/guide.mdx:10:1  <Callout context="warning"> is not one of note, tip, caution, danger.',
      'a/guide.mdx:12:1  <Tabs> needs group="…".',
      'a/guide.mdx:16:1  <SiteVarPreferences> has no "scope" prop: it takes none.',
    ]);
  });

  it('report blocks that do not parse, with the values that broke them and the parser message', async () => {
    const hint = '(add novalidate to the fence if the block is deliberately partial)';
    expect(lines(await problemsIn('invalid-blocks'), 'invalid-blocks')).toEqual([
      `a/guide.mdx:8:1  The YAML block "keys.yml" does not parse with subdomain-authelia=zzzzzzzzzz…zzzzzz (63 characters), subdomain-app=zzzzzzzzzz…zzzzzz (63 characters): Map keys must be unique ${hint}.`,
      `a/guide.mdx:11:1  The JSON block does not parse with the default values: Unexpected token 'a', "{ "host": authelia }" is not valid JSON ${hint}.`,
      `a/guide.mdx:16:1  The env block does not parse with the default values: the JSON value of PROVIDERS does not parse: Unexpected token 'a', "{"name": auth}" is not valid JSON ${hint}.`,
      `a/guide.mdx:21:1  The TOML block does not parse with the default values: Invalid TOML document: invalid value ${hint}.`,
      `a/guide.mdx:25:1  The env block "settings.env" does not parse with the default values: expected KEY=value, found "not an assignment" ${hint}.`,
    ]);
  });

  it('report fence meta that would do nothing, or name lines the block does not have', async () => {
    expect(lines(await problemsIn('code-meta-faults'), 'code-meta-faults')).toEqual([
      'a/guide.mdx:8:1  Code block meta "title="a.yml" colour="red"": "colour" is not something a fence understands: write title="…", {2-4}, mark={…}, ins={…}, del={…}, showLineNumbers, startLineNumber=N, frame="code|terminal|none", novalidate (or Hugo\'s hl_lines, linenos, linenostart).',
      'a/guide.mdx:12:1  Code block meta "{2-x} frame="window"": The marked lines {…}: "2-x" is not a line or a range of lines such as 3 or 2-4.',
      'a/guide.mdx:12:1  Code block meta "{2-x} frame="window"": frame=window: write frame="code", frame="terminal" or frame="none".',
      'a/guide.mdx:17:1  Code block meta "title="b.yml" {2} ins={5-6}" names line 5, but the block has 2 lines.',
      'a/guide.mdx:22:1  Code block meta "del={1} ins={1}": line 1 is both inserted (ins) and deleted (del).',
    ]);
  });

  it('treat a link to a draft as broken only in a production build', async () => {
    const production = lines(await problemsIn('drafts'), 'drafts');
    expect(production).toEqual(['a/published.mdx:8:5  Broken link: "/guides/a/draft/" points to a draft guide, which a production build leaves out.']);
    expect(await problemsIn('drafts', true)).toEqual([]);
  });

  it('refuse what would run code in a guide, or send its readers elsewhere', async () => {
    const link = 'is not a link guides can use: only http, https, mailto and paths of this site.';
    const expression = 'A {…} expression runs JavaScript, which guides cannot: write \\{ for a brace, or put the text in `code`.';
    expect(lines(await problemsIn('unsafe-guides'), 'unsafe-guides')).toEqual([
      'a/code.mdx:6:1  Guides cannot import or export code: the contract’s components need no import, and a guide runs no JavaScript.',
      `a/code.mdx:9:10  ${expression}`,
      `a/code.mdx:9:22  ${expression}`,
      'a/html.mdx:6:1  Guides cannot use <meta>: front matter sets the title, description and SEO fields.',
      'a/html.mdx:8:1  Guides cannot use <form>: guides send nothing anywhere; the preferences form is <SiteVarPreferences />.',
      'a/html.mdx:8:43  Guides cannot use <input>: the preferences form is <SiteVarPreferences />.',
      'a/html.mdx:10:1  Guides cannot use <script>: guides run no scripts.',
      `a/html.mdx:12:4  <a href="javascript:alert(1)"> ${link}`,
      `a/html.mdx:12:45  "javascript:alert(1)" ${link}`,
      `a/html.mdx:12:77  "data:image/svg+xml,abc" ${link}`,
      'a/html.mdx:14:26  <img onerror> is an event handler: guides run no scripts.',
      'a/html.mdx:16:1  Guides cannot use <iframe>: link to the page instead.',
      'a/html.mdx:18:1  Guides cannot use <base>: links resolve against the guide itself.',
      'a/html.mdx:20:6  <div style> is not allowed: the site styles every guide (and its security policy blocks inline styles).',
      'a/html.mdx:22:1  Guides cannot use <svg>: use an image file next to the guide: ![description](diagram.svg).',
      'a/placeholders.mdx:2:1  "title": placeholders are not personalised in the front matter: write the example value, or name the variable in words',
      'a/placeholders.mdx:6:4  A placeholder in <a href="…"> is not personalised there: attributes stay as written. Put <SiteVar name="…" /> in the text, or the value in code.',
      'a/placeholders.mdx:8:10  A placeholder in <Callout title="…"> is not personalised there: attributes stay as written. Put <SiteVar name="…" /> in the text, or the value in code.',
    ]);
  });

  it('refuse front matter addresses and aliases that lead off the site', async () => {
    const alias = 'an alias is a path of this site, like /integration/openid-connect/paperless/ (no scheme, host, backslash, query or ..)';
    expect(lines(await problemsIn('unsafe-front-matter'), 'unsafe-front-matter')).toEqual([
      'a/seo.mdx:5:5  "images.0": use an http(s) address or a path of this site',
      'a/seo.mdx:7:5  "aliases.0": an alias cannot step out of a folder with . or ..',
      'a/seo.mdx:8:5  "aliases.1": an alias cannot step out of a folder with . or ..',
      `a/seo.mdx:9:5  "aliases.2": ${alias}`,
      `a/seo.mdx:10:5  "aliases.3": ${alias}`,
      `a/seo.mdx:11:5  "aliases.4": ${alias}`,
      'a/seo.mdx:14:3  "seo.canonical": use an http(s) address or a path of this site',
    ]);
  });

  it('report files that are no guide, and MDX that does not parse, with what to write instead', async () => {
    expect(lines(await problemsIn('malformed-files'), 'malformed-files')).toEqual([
      'a/binary.mdx:4:1  This is a binary file, not a guide (it holds a NUL byte): keep only MDX text under the guides folder.',
      'a/bomb.mdx:2:1  The front matter uses YAML aliases (&name, *name) that expand too far: write the values out.',
      'a/braces.mdx:6:18  A {…} expression runs JavaScript, which guides cannot: write \\{ for a brace, or put the text in `code`.',
      'a/duplicate.mdx:4:1  The front matter has this key twice: Map keys must be unique',
      'a/latin1.mdx:6:4  This file is not valid UTF-8 (byte 0xE9): save it as UTF-8.',
      'a/link-placeholder.mdx:6:28  A placeholder in a link address is not personalised: show the address in code instead (`https://{{< sitevar … >}}/`).',
      'a/prose-placeholder.mdx:6:16  A site variable placeholder in text: placeholders work in code (inline `…` or fenced blocks). In text, write <SiteVar name="…" /> instead.',
    ]);
  });

  it('refuse a guide over 1 MB', async () => {
    const content = mkdtempSync(path.join(tmpdir(), 'sitevar-huge-'));
    try {
      mkdirSync(path.join(content, 'guides/a'), { recursive: true });
      writeFileSync(
        path.join(content, 'guides/a/huge.mdx'),
        `---\ntitle: "Huge"\ndescription: "Too big."\n---\n\n${'Lorem ipsum dolor sit amet. '.repeat(40_000)}\n`,
      );
      const [problem] = await checkContent({ contentDirectory: content, includeDrafts: false, site });
      expect(problem).toMatchObject({ line: 1, message: 'This guide is 1.1 MB; a guide is at most 1 MB. Split it into several guides.' });
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });

  it("refuse guides posing as the site's own parts: a fake code block with a copy button, clobbered ids, fake tab panels", async () => {
    const asClass = (element: string, attribute = 'class') =>
      `<${element} ${attribute}> is not for guides: the site styles every guide, and a class would borrow the look or behaviour of the site's own parts (a code block, hidden text). Use Markdown, <Callout> or <Tabs>.`;
    const asId = (element: string) =>
      `<${element} id> is not for guides: ids belong to the page's headings and the site's own parts, which an id of the guide's would stand in for. Link to a heading instead (## Setup gives #setup).`;
    const asData = (element: string, attribute: string) =>
      `<${element} ${attribute}> is not for guides: data-* attributes are how the site's scripts find their parts (a copy button, a tab panel).`;
    expect(lines(await problemsIn('hostile-guides'), 'hostile-guides')).toEqual([
      `a/clobber.mdx:6:6  ${asId('div')}`,
      `a/clobber.mdx:8:6  ${asData('div', 'data-tab-panel')}`,
      `a/clobber.mdx:8:21  ${asData('div', 'data-tab-label')}`,
      `a/clobber.mdx:10:7  ${asData('span', 'data-sitevar')}`,
      `a/clobber.mdx:10:55  ${asId('a')}`,
      `a/fake-copy.mdx:6:9  ${asClass('figure')}`,
      `a/fake-copy.mdx:6:64  ${asClass('span')}`,
      `a/fake-copy.mdx:6:151  ${asData('span', 'data-copy')}`,
      `a/fake-copy.mdx:8:4  ${asClass('p', 'className')}`,
    ]);
  });

  it('pass labels and titles that hold markup: they are text, and the page keeps them so (built in tests/build.test.ts)', async () => {
    expect(await problemsIn('hostile-pages')).toEqual([]);
  });

  it('let a site that trusts its authors have code in guides', async () => {
    const trusting = { ...site, trustGuideCode: true };
    expect(await checkContent({ contentDirectory: `${FIXTURES}/unsafe-guides`, includeDrafts: false, site: trusting })).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ message: expect.stringContaining('import or export') })]),
    );
  });

  it('read a .md guide as plain Markdown, with the checks of an .mdx guide, and refuse what only MDX has, each where it is', async () => {
    const fixture = 'plain-markdown';
    const component = 'and components work in .mdx guides only: rename this guide to .mdx';
    const twins = `${FIXTURES}/${fixture}/guides/b/twin.md and ${FIXTURES}/${fixture}/guides/b/twin.mdx are the same guide written twice (both would be /guides/b/twin/): keep one of them, in Markdown (.md) or MDX (.mdx).`;
    const inText =
      'A site variable placeholder in text: placeholders work in code (inline `…` or fenced blocks), so put the value in code. (<SiteVar name="…" /> shows one in text, in .mdx guides.)';
    expect(lines(await problemsIn(fixture), fixture)).toEqual([
      `a/components.md:6:15  <SiteVar> is a component, ${component}, or put the value in code instead: \`{{< sitevar name="domain" >}}\`.`,
      `a/components.md:8:1  <Callout> is a component, ${component}, or write a block quote (> …) instead.`,
      `a/components.md:14:3  <Calout> looks like a component (did you mean <Callout>?), ${component}, or write \\<Calout> or put it in \`code\` if it is text (as HTML, the page would not show it).`,
      // The HTML a .md guide writes is held to the rules of an .mdx guide's elements, entities
      // read as the browser reads them, at the place it is written (in a block quote too).
      'a/html.md:6:1  Guides cannot use <script>: guides run no scripts.',
      'a/html.md:9:20  <img onerror> is an event handler: guides run no scripts.',
      'a/html.md:12:3  "javascript:alert(1)" is not a link guides can use: only http, https, mailto and paths of this site.',
      'a/html.md:12:38  <a href="javascript:alert(1)"> is not a link guides can use: only http, https, mailto and paths of this site.',
      "a/html.md:14:7  <span class> is not for guides: the site styles every guide, and a class would borrow the look or behaviour of the site's own parts (a code block, hidden text). Use Markdown, <Callout> or <Tabs>.",
      "a/html.md:14:26  <span data-copy> is not for guides: data-* attributes are how the site's scripts find their parts (a copy button, a tab panel).",
      `a/placeholders.md:6:36  Unknown site variable "domian". Did you mean "domain"? ${VARIABLES}`,
      `a/placeholders.md:9:19  Unknown site variable "hots". Did you mean "host"? ${VARIABLES}`,
      `a/placeholders.md:12:10  ${inText}`,
      'a/placeholders.md:14:27  A placeholder in HTML is not personalised: HTML stays as written. Put the value in code (inline `…` or a fenced block) instead.',
      `b/twin.md:1  ${twins}`,
      `b/twin.mdx:1  ${twins}`,
    ]);
  });

  it('let a site that trusts its authors have any HTML in a .md guide, but still no component or placeholder outside code', async () => {
    const trusting = { ...site, trustGuideCode: true };
    const found = lines(await checkContent({ contentDirectory: `${FIXTURES}/plain-markdown`, includeDrafts: false, site: trusting }), 'plain-markdown');
    expect(found.filter((line) => line.startsWith('a/html.md'))).toEqual([]);
    expect(found.map((line) => line.split('  ')[0])).toEqual([
      'a/components.md:6:15',
      'a/components.md:8:1',
      'a/components.md:14:3',
      'a/placeholders.md:6:36',
      'a/placeholders.md:9:19',
      'a/placeholders.md:12:10',
      'a/placeholders.md:14:27',
      'b/twin.md:1',
      'b/twin.mdx:1',
    ]);
  });

  it('formats a report with every problem on its own line', () => {
    const report = formatReport([
      { file: 'b.mdx', line: 2, message: 'second' },
      { file: 'a.mdx', line: 9, column: 3, message: 'first' },
    ]);
    expect(report).toBe('2 content problems in 2 files:\n  a.mdx:9:3  first\n  b.mdx:2  second');
  });

  it('names where a problem is as file:line:column, or file:line when its column is unknown', () => {
    expect(problemPlace({ file: 'content/guides/a/b.mdx', line: 7, column: 15, message: 'm' })).toBe('content/guides/a/b.mdx:7:15');
    expect(problemPlace({ file: 'content/guides/a/b.mdx', line: 1, message: 'm' })).toBe('content/guides/a/b.mdx:1');
  });
});
