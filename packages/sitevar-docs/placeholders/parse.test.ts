import { describe, expect, it } from 'vitest';
import { TEST_REGISTRY as registry } from '../registry/fixtures/site.ts';
import { MALFORMED, WELL_FORMED } from './fixtures/placeholders.ts';
import { lineAndColumn, parsePlaceholders } from './parse.ts';
import { resolvePlaceholders, substitutePlaceholders } from './resolve.ts';
import { didYouMean } from './suggest.ts';

describe('parsePlaceholders', () => {
  it.each(WELL_FORMED)('parses $text', ({ text, name, nojs, format }) => {
    const { placeholders, problems } = parsePlaceholders(`before ${text} after`);
    expect(problems).toEqual([]);
    expect(placeholders).toHaveLength(1);
    const [placeholder] = placeholders;
    expect(placeholder!.attributes).toEqual({ name, ...(nojs ? { nojs } : {}), ...(format ? { format } : {}) });
    expect(placeholder!.start).toBe(7);
    expect(placeholder!.end).toBe(7 + text.length);
  });

  it.each(MALFORMED)('reports $text', ({ text, message, column }) => {
    const { placeholders, problems } = parsePlaceholders(text);
    expect(placeholders).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(message);
    expect(lineAndColumn(text, problems[0]!.offset).column).toBe(column);
  });

  it('finds several on one line, inside quotes and in the middle of a word', () => {
    const line = `server_url: 'https://{{< sitevar name="subdomain-authelia" nojs="auth" >}}.{{< sitevar name="domain" nojs="example.com" >}}'`;
    const { placeholders } = parsePlaceholders(line);
    expect(placeholders.map((p) => p.attributes.name)).toEqual(['subdomain-authelia', 'domain']);
    expect(line.slice(placeholders[1]!.start, placeholders[1]!.end)).toBe('{{< sitevar name="domain" nojs="example.com" >}}');
  });

  it('finds placeholders inside minified JSON on an env line', () => {
    const line =
      'PAPERLESS_SOCIALACCOUNT_PROVIDERS={"openid_connect":{"APPS":[{"settings":{"server_url":"https://{{< sitevar name="subdomain-authelia" nojs="auth" >}}.{{< sitevar name="domain" nojs="example.com" >}}"}}]}}';
    const resolved = resolvePlaceholders(line, registry);
    expect(resolved.problems).toEqual([]);
    const { text } = substitutePlaceholders(line, resolved.placeholders);
    expect(text).toBe('PAPERLESS_SOCIALACCOUNT_PROVIDERS={"openid_connect":{"APPS":[{"settings":{"server_url":"https://auth.example.com"}}]}}');
    expect(JSON.parse(text.slice(text.indexOf('=') + 1))).toBeTruthy();
  });

  it('keeps going after a malformed placeholder', () => {
    const { placeholders, problems } = parsePlaceholders('{{< nope >}} and {{< sitevar name="domain" >}}');
    expect(problems).toHaveLength(1);
    expect(placeholders).toHaveLength(1);
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});

describe('resolvePlaceholders', () => {
  it('fills in nojs, else the formatted default', () => {
    const text = '{{< sitevar name="domain" nojs="my.example" >}} {{< sitevar name="domain" format="dn" >}} {{< sitevar name="tls" >}}';
    const { placeholders } = resolvePlaceholders(text, registry);
    expect(placeholders.map((p) => p.fallback)).toEqual(['my.example', 'DC=example,DC=com', 'http']);
  });

  it('reports an unknown name with a suggestion and the list of names', () => {
    const { problems } = resolvePlaceholders('{{< sitevar name="domian" >}}', registry);
    expect(problems[0]!.message).toMatch(/Unknown site variable "domian". Did you mean "domain"\?/);
    expect(problems[0]!.message).toMatch(/Known variables: domain, subdomain-authelia/);
    expect(problems[0]!.offset).toBe(12);
  });

  it('reports an unknown format with a suggestion', () => {
    const { problems } = resolvePlaceholders('{{< sitevar name="domain" format="regx" >}}', registry);
    expect(problems[0]!.message).toBe('Unknown format "regx": use regex or dn. Did you mean "regex"?');
  });

  it('refuses a format that does not fit the variable', () => {
    const { problems } = resolvePlaceholders('{{< sitevar name="port" format="dn" >}}', registry);
    expect(problems[0]!.message).toMatch(/does not apply to "port"/);
  });

  it('refuses an empty nojs', () => {
    expect(resolvePlaceholders('{{< sitevar name="domain" nojs="" >}}', registry).problems[0]!.message).toMatch(/nojs must not be empty/);
  });
});

describe('substitutePlaceholders', () => {
  it('reports the exact range of each value in the substituted text', () => {
    const source = 'a {{< sitevar name="subdomain-authelia" >}}.{{< sitevar name="domain" format="regex" >}} z';
    const { text, ranges } = substitutePlaceholders(source, resolvePlaceholders(source, registry).placeholders);
    expect(text).toBe('a auth.example\\.com z');
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['auth', 'example\\.com']);
    expect(ranges.map((range) => range.format)).toEqual([undefined, 'regex']);
  });
});

describe('didYouMean', () => {
  it('suggests near names and nothing for far ones', () => {
    const names = ['domain', 'subdomain-authelia', 'port'];
    expect(didYouMean('domian', names)).toBe('domain');
    expect(didYouMean('subdomain-authlia', names)).toBe('subdomain-authelia');
    expect(didYouMean('prot', names)).toBe('port');
    expect(didYouMean('zzzzzzzz', names)).toBeUndefined();
  });
});

describe('guide defaults', () => {
  it('fill placeholders of guide variables that have no nojs', async () => {
    const { withGuideDefaults } = await import('./resolve.ts');
    const text = 'https://{{< sitevar name="subdomain-app" >}}.{{< sitevar name="domain" >}}/ id={{< sitevar name="client-id" nojs="kept" >}}';
    expect(withGuideDefaults(text, { 'subdomain-app': 'paperless', 'client-id': 'paperless' }, registry)).toBe(
      'https://{{< sitevar name="subdomain-app" nojs="paperless" >}}.{{< sitevar name="domain" >}}/ id={{< sitevar name="client-id" nojs="kept" >}}',
    );
    const { placeholders } = resolvePlaceholders(text, registry, { 'subdomain-app': 'photos' });
    expect(placeholders.map((placeholder) => placeholder.fallback)).toEqual(['photos', 'example.com', 'kept']);
  });
});

describe('usedVariableNames', () => {
  it('lists the variables of placeholders and <SiteVar> props', async () => {
    const { usedVariableNames } = await import('./used-variables.ts');
    const source =
      'a `{{< sitevar name="domain" >}}`\n\n```yaml\nx: {{< sitevar name="port" >}}\n```\n\n<SiteVar name="tls" /> <SiteVar nojs="x" name="host" />';
    expect([...usedVariableNames(source)].sort()).toEqual(['domain', 'host', 'port', 'tls']);
  });
});
