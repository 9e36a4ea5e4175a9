import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { TEST_REGISTRY as registry } from '../registry/fixtures/site.ts';
import { remarkSitevar } from './remark-sitevar.ts';

const FILE = `${process.cwd()}/content/guides/example/guide.mdx`;

async function compileGuide(source: string): Promise<string> {
  const file = new VFile({ path: FILE, value: source });
  return String(await compile(file, { remarkPlugins: [[remarkSitevar, { registry }]], jsx: true }));
}

async function problemsOf(source: string): Promise<string> {
  try {
    await compileGuide(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the guide to fail');
}

describe('remarkSitevar', () => {
  it('marks placeholders in inline code', async () => {
    const output = await compileGuide('Open `https://{{< sitevar name="subdomain-authelia" nojs="auth" >}}.{{< sitevar name="domain" >}}/` now.\n');
    expect(output).toContain('data-sitevar="subdomain-authelia"');
    expect(output).toContain('data-sitevar="domain"');
    expect(output).toContain('"auth"');
    expect(output).toContain('"example.com"');
    expect(output).not.toContain('{{<');
  });

  it('reports an unknown name in fenced code with file, line, column and a suggestion', async () => {
    const message = await problemsOf('# Title\n\n```yaml\nurl: https://{{< sitevar name="domian" >}}/\n```\n');
    expect(message).toContain('content/guides/example/guide.mdx:4:26  Unknown site variable "domian". Did you mean "domain"?');
  });

  it('reports a malformed placeholder in inline code at its column', async () => {
    const message = await problemsOf('Text `{{< sitevar name=domain >}}` here.\n');
    expect(message).toContain('content/guides/example/guide.mdx:1:24  The value of name must be in double quotes');
  });

  it('reports bad <SiteVar> props', async () => {
    const message = await problemsOf('Hello <SiteVar name="domain" format="dns" />.\n');
    expect(message).toContain('content/guides/example/guide.mdx:1:7  <SiteVar>: Unknown format "dns": use regex or dn. Did you mean "dn"?');
  });

  it('reports every problem of a file at once, in order', async () => {
    const message = await problemsOf(
      ['`{{< sitevar name="prot" >}}`', '', '```env', 'A={{< sitevar name="domain" format="url" >}}', '```', '', '<SiteVar name="nope" />', ''].join('\n'),
    );
    expect(message).toMatch(/^3 content problems in content\/guides\/example\/guide\.mdx:/);
    const lines = message.split('\n').slice(1);
    expect(lines[0]).toContain('guide.mdx:1:14  Unknown site variable "prot". Did you mean "port"?');
    expect(lines[1]).toContain('guide.mdx:4:29  Unknown format "url"');
    expect(lines[2]).toContain('guide.mdx:7:1  <SiteVar>: Unknown site variable "nope".');
  });

  it('refuses what a guide may not hold, so it never compiles, in development either', async () => {
    const message = await problemsOf(
      ['import fs from "node:fs";', '', 'Read {fs.readFileSync("/etc/passwd")}.', '', '<iframe src="https://evil.example/" />', ''].join('\n'),
    );
    expect(message).toContain('guide.mdx:1:1  Guides cannot import or export code');
    expect(message).toContain('guide.mdx:3:6  A {…} expression runs JavaScript');
    expect(message).toContain('guide.mdx:5:1  Guides cannot use <iframe>');
  });

  it('turns <SiteVar> into its marked value: fallback, format and guide default applied', async () => {
    const file = new VFile({
      path: FILE,
      value:
        'Host <SiteVar name="domain" format="regex" /> and <SiteVar name="tls" />, app <SiteVar name="subdomain-app" /> or <SiteVar name="domain" nojs="mine.example" />.\n',
      data: { astro: { frontmatter: { sitevars: { 'subdomain-app': 'photos' } } } },
    });
    const output = String(await compile(file, { remarkPlugins: [[remarkSitevar, { registry }]], jsx: true }));
    expect(output).toContain('<_components.span data-sitevar="domain" data-sitevar-format="regex" title="Domain">{"example\\\\.com"}</_components.span>');
    expect(output).toContain('<_components.span data-sitevar="tls" title="Authelia TLS">{"http"}</_components.span>');
    expect(output).toContain('<_components.span data-sitevar="subdomain-app" title="Application subdomain">{"photos"}</_components.span>');
    expect(output).toContain('<_components.span data-sitevar="domain" title="Domain">{"mine.example"}</_components.span>');
    expect(output).not.toContain('<SiteVar');
  });

  it('leaves code without placeholders alone', async () => {
    const output = await compileGuide('Use `{{ not a placeholder }}` and\n\n```yaml\nkey: value\n```\n');
    expect(output).toContain('{{ not a placeholder }}');
  });
});
