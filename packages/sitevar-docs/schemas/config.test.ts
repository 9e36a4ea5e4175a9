import { AstroError } from 'astro/errors';
import { describe, expect, it } from 'vitest';
import { TEST_OPTIONS } from '../registry/fixtures/site.ts';
import { CONFIG_HINT, parseConfig, type SitevarDocsUserConfig } from './config.ts';
import { UI_DEFAULTS } from './ui.ts';

const minimal: SitevarDocsUserConfig = {
  title: 'Gatekeep docs',
  description: 'How to run Gatekeep.',
  variables: [{ name: 'port', label: 'Port', kind: 'port', default: 8080 }],
};

/** The message a bad configuration fails with, as an adopter reads it. */
function problemsOf(options: unknown): string {
  try {
    parseConfig(options);
  } catch (error) {
    // An Astro user error: shown as its message and hint, with no stack trace.
    expect(AstroError.is(error)).toBe(true);
    expect((error as AstroError).hint).toBe(CONFIG_HINT);
    expect((error as Error).stack).toBe('');
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('the configuration', () => {
  it('needs only a title, a description and the variables; the rest has defaults', () => {
    const config = parseConfig(minimal);
    expect(config).toMatchObject({
      lang: 'en',
      contentDirectory: 'content',
      lastUpdated: true,
      guides: { base: '/guides/', title: '{title}', kicker: '{section}' },
    });
    expect(config.variables).toEqual([{ name: 'port', label: 'Port', kind: 'port', default: '8080', scope: 'site', group: 'site', formats: [] }]);
    expect(config.ui).toEqual(UI_DEFAULTS);
  });

  it('marks a default as an example by its kind, unless the site says otherwise', () => {
    const exampleOf = (variables: SitevarDocsUserConfig['variables']) =>
      parseConfig({ ...minimal, variables }).variables.map((variable) => [variable.name, variable.example]);
    expect(
      exampleOf([
        { name: 'domain', label: 'Domain', kind: 'domain', default: 'example.com' },
        { name: 'sub', label: 'Subdomain', kind: 'label', default: 'auth' },
        {
          name: 'secret',
          label: 'Secret',
          kind: 'secret',
          default: 'insecure_secret',
          length: 32,
          digest: {
            name: 'digest',
            label: 'Digest',
            default: '$pbkdf2-sha512$310000$c8p78n7pUMln0jzvd4aK4Q$JNRBzwAo0ek5qKn50cFzzvE9RXV88h1wJn5KGiHrD0YKtZaR/nCb2CJPOsKaPK0hjf.9yHxzQGZziziccp6Yng',
          },
        },
      ]),
    ).toEqual([
      ['domain', true],
      ['sub', undefined],
      ['secret', true],
      ['digest', true],
    ]);
    expect(
      exampleOf([
        { name: 'domain', label: 'Domain', kind: 'domain', default: 'intranet.lan', example: false },
        { name: 'sub', label: 'Subdomain', kind: 'label', default: 'changeme', example: true },
      ]),
    ).toEqual([
      ['domain', undefined],
      ['sub', true],
    ]);
  });

  it('takes the engine’s own test site as it is', () => {
    expect(() => parseConfig(TEST_OPTIONS)).not.toThrow();
  });

  it('names the key of every problem, and what is allowed', () => {
    const message = problemsOf({
      title: '',
      description: 'x',
      guides: { base: 'docs', title: '{name} guide' },
      variables: [
        { name: 'Domain', label: 'Domain', kind: 'domain', default: 'example.com' },
        { name: 'port', label: 'Port', kind: 'port', default: 99999 },
        { name: 'mode', label: 'Mode', kind: 'colour', default: 'x' },
      ],
    });
    expect(message).toContain('sitevarDocs() options are not valid:');
    expect(message).toMatch(/^ {2}title: /m);
    expect(message).toContain('guides.base: a path that starts and ends with "/", like /guides/');
    expect(message).toContain('variables[0].name: use lower-case letters, digits and hyphens');
    expect(message).toContain('variables[2].kind: the kind must be one of domain, label, host, port, boolean, select, pattern, token, secret or computed');
  });

  it('checks the variables against each other and against the groups', () => {
    const message = problemsOf({
      ...minimal,
      variables: [
        { name: 'port', label: 'Port', kind: 'port', default: 99999 },
        { name: 'port', label: 'Port again', kind: 'port', default: 80, group: 'nowhere' },
        { name: 'url', label: 'URL', kind: 'computed', template: 'https://{host}:{port}/' },
        { name: 'slug', label: 'Slug', kind: 'pattern', pattern: '(', message: 'x', default: 'a' },
        { name: 'proxy', label: 'Proxy', kind: 'select', options: ['nginx', 'caddy'], default: 'apache' },
      ],
    });
    expect(message).toContain('the default of "port", "99999", is not valid: Enter a port number from 1 to 65535.');
    expect(message).toContain('"port" is defined twice');
    expect(message).toContain('"port" is in group "nowhere", which variableGroups does not define (it has site).');
    expect(message).toContain('the template of "url" uses {host}, which is not a variable.');
    expect(message).toContain('the pattern of "slug" is not a valid regular expression');
    expect(message).toContain('the default of "proxy", "apache", is not valid: Choose one of nginx, caddy.');
  });

  it('refuses UI strings it does not have, so a typo cannot pass unnoticed', () => {
    expect(problemsOf({ ...minimal, ui: { copyy: 'Kopieren' } })).toContain('ui');
    expect(parseConfig({ ...minimal, ui: { copy: 'Kopieren' } }).ui.copy).toBe('Kopieren');
  });

  it('generates tokens from the alphabet a site gives, unreserved characters only', () => {
    const token = (alphabet: string) => ({ ...minimal, variables: [{ name: 'pin', label: 'PIN', kind: 'token', length: 12, default: 'a0b1c2', alphabet }] });
    expect(parseConfig(token('abc0123456789')).variables[0]).toMatchObject({ alphabet: 'abc0123456789' });
    expect(problemsOf(token('ab/'))).toContain('variables[0].alphabet: use 2 to 66 of the characters');
    expect(problemsOf(token('aab'))).toContain('each character once');
  });

  it('expands a secret’s digest into a variable of its own', () => {
    const config = parseConfig({
      ...minimal,
      variables: [
        {
          name: 'secret',
          label: 'Secret',
          kind: 'secret',
          default: 'insecure_secret',
          digest: { name: 'secret-digest', label: 'Digest', default: TEST_DIGEST },
        },
      ],
    });
    expect(config.variables.map((variable) => [variable.name, variable.kind, variable.scope])).toEqual([
      ['secret', 'secret', 'credentials'],
      ['secret-digest', 'digest', 'credentials'],
    ]);
  });
});

const TEST_DIGEST = '$pbkdf2-sha512$310000$c8p78n7pUMln0jzvd4aK4Q$JNRBzwAo0ek5qKn50cFzzvE9RXV88h1wJn5KGiHrD0YKtZaR/nCb2CJPOsKaPK0hjf.9yHxzQGZziziccp6Yng';
