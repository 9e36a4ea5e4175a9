import { describe, expect, it } from 'vitest';
import { coreAcceptPattern, coreDefinitions, NEVER_YAML_SPECIAL } from './core-acceptance.ts';
import type { SiteVariable } from './definitions.ts';
import { TEST_CONFIG, TEST_REGISTRY } from './fixtures/site.ts';
import * as cases from './fixtures/values.ts';
import { shown } from './shown.ts';
import { stressValues } from './stress-values.ts';
import { YAML_NON_STRING } from './validation.ts';

const variables = TEST_CONFIG.variables;
const byName = (name: string) => variables.find((variable) => variable.name === name)!;
const accepts = (variable: SiteVariable, value: string) => {
  const pattern = coreAcceptPattern(variable);
  return pattern !== undefined && new RegExp(pattern, 'u').test(value);
};

/** A reproducible stream of strings over an alphabet (a small linear congruential generator). */
function* randomStrings(alphabet: string, count: number, maxLength: number, seed = 7): Generator<string> {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  for (let index = 0; index < count; index++) {
    const length = next() % (maxLength + 1);
    yield Array.from({ length }, () => alphabet[next() % alphabet.length]).join('');
  }
}

const fixtureValues = Object.values(cases).flatMap((list) => list.flatMap(([input, stored]) => (stored === undefined ? [input] : [input, stored])));
const tricky = [
  '',
  ' ',
  'a',
  '-',
  '~',
  '.',
  'e5',
  '0x1f',
  'a.0x1',
  'example.0x10',
  '1.2.3.4',
  '01.2.3.4',
  '256.1.1.1',
  'A.COM',
  'ab--cd.com',
  'xn--bcher-kva.example',
  ' example.com',
  'example.com ',
  'example.com.',
  '\u212a.com',
  'ſ.com',
  'fe80::1',
  '[::1]',
  '00443',
  '0',
  '65536',
  'TRUE',
  'yes',
  'null',
  '2024-01-31',
  'Paperless',
  'paperless\n',
  '𝒶pp',
  'nginx',
  'NGINX',
];

describe('core acceptance patterns', () => {
  it('never accept what the full check would not store as it is', () => {
    const corpus = [
      ...fixtureValues,
      ...tricky,
      ...randomStrings('abcxz019-.', 3000, 24),
      ...randomStrings('aAeEfFxXnNoOyY019._~-+ ', 3000, 12),
      ...randomStrings('abgk0x.-:[]\u00e9\u212a', 1000, 16, 11),
    ];
    let accepted = 0;
    for (const variable of variables) {
      const own = [...corpus, ...stressValues(variable), variable.default];
      for (const value of own) {
        if (!accepts(variable, value)) continue;
        accepted++;
        expect(TEST_REGISTRY.isCanonical(variable, value), `${variable.name}: ${JSON.stringify(value)}`).toBe(true);
      }
    }
    // The corpus reaches the patterns' edges, not only their refusals.
    expect(accepted).toBeGreaterThan(1000);
  });

  it('accept the values readers keep, so most pages never load the full check', () => {
    const kept: Record<string, string[]> = {
      domain: ['example.com', 'acme-corp.co.uk', 'a.b.c.example.org', `${'a'.repeat(63)}.com`],
      'subdomain-authelia': ['auth', 'login-2', '0'],
      host: ['authelia', '192.168.1.10', 'authelia.internal.example', 'localhost'],
      port: ['1', '443', '9091', '65535'],
      tls: ['true', 'false'],
      proxy: ['nginx', 'caddy', 'traefik'],
      'authentik-slug': ['paperless', 'photo_prism-2'],
      'client-id': ['paperless', 'A-z_~.0'.repeat(10), 'k'.repeat(72)],
    };
    for (const [name, values] of Object.entries(kept)) {
      for (const value of values) expect(accepts(byName(name), value), `${name}: ${value}`).toBe(true);
    }
  });

  it('leave the rare and the paired to the full check', () => {
    expect(accepts(byName('domain'), 'xn--bcher-kva.example')).toBe(false);
    expect(accepts(byName('host'), 'fe80::1')).toBe(false);
    // Made only of letters that YAML words use: the full check decides.
    expect(accepts(byName('client-id'), 'client')).toBe(false);
    const core = coreDefinitions(variables);
    const secret = core.find((variable) => variable.name === 'client-secret')!;
    const digest = core.find((variable) => variable.name === 'client-secret-digest')!;
    expect(secret.accept).toBeUndefined();
    expect(digest.accept).toBeUndefined();
    expect(secret.digest).toBe('client-secret-digest');
  });

  it('takes no character that a YAML non-string may contain as proof of text', () => {
    const source = YAML_NON_STRING.source.replace(/\\./g, '').replace(/([a-z])-([a-z])/g, (_whole, from: string, to: string) => {
      let letters = '';
      for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) letters += String.fromCharCode(code);
      return letters;
    });
    for (const character of NEVER_YAML_SPECIAL.toLowerCase()) expect(source, character).not.toContain(character);
  });

  it('wraps only a site pattern that is valid on its own', () => {
    const pattern = (source: string) => ({ ...byName('authentik-slug'), pattern: source }) as SiteVariable;
    expect(coreAcceptPattern(pattern('a)|(b'))).toBeUndefined();
    expect(coreAcceptPattern(pattern('['))).toBeUndefined();
    expect(accepts(pattern('b'), ' b')).toBe(false);
    expect(accepts(pattern('b'), `${'x'.repeat(127)}b`)).toBe(false);
    expect(accepts(pattern('^b|c'), 'c')).toBe(true);
  });

  it('keeps only what showing and storing need', () => {
    const core = coreDefinitions(variables);
    for (const variable of core)
      expect(Object.keys(variable).every((key) => ['name', 'scope', 'default', 'example', 'text', 'template', 'digest', 'of', 'accept'].includes(key))).toBe(
        true,
      );
    const byCoreName = (name: string) => core.find((variable) => variable.name === name)!;
    expect(byCoreName('tls').text).toEqual({ false: 'http', true: 'https' });
    // Site scope goes without saying; a computed variable is its template.
    expect(byCoreName('domain')).toEqual({ name: 'domain', default: 'example.com', example: true, accept: expect.any(String) });
    expect(byCoreName('portal-url')).toEqual({ name: 'portal-url', template: 'https://{subdomain-authelia}.{domain}/' });
    // A digest: its secret named, and no default (the page shows it as built).
    expect(byCoreName('client-secret-digest')).toEqual({ name: 'client-secret-digest', scope: 'credentials', example: true, of: 'client-secret' });
  });

  it('keeps the default of a digest that a template shows', () => {
    const withTemplate = [...variables, { ...byName('portal-url'), name: 'digest-note', template: 'digest: {client-secret-digest}' } as SiteVariable];
    const digest = coreDefinitions(withTemplate).find((variable) => variable.name === 'client-secret-digest')!;
    expect(digest.default).toBe(byName('client-secret-digest').default);
  });
});

describe('what the core shows from its definitions', () => {
  const core = coreDefinitions(variables);
  const lookup = (name: string) => core.find((variable) => variable.name === name);

  it('shows what the registry shows, from a template and the words of a boolean, without kinds', () => {
    const values = { domain: 'acme.org', tls: 'true' };
    for (const variable of variables) {
      if (variable.kind === 'digest') continue;
      for (const format of [undefined, 'regex', 'dn'] as const) {
        expect(shown(lookup(variable.name)!, lookup, values, {}, format).text, variable.name).toBe(TEST_REGISTRY.textOf(variable, values, {}, format));
      }
      expect(shown(lookup(variable.name)!, lookup, values).set, variable.name).toBe(TEST_REGISTRY.isSet(variable, values));
    }
  });

  it('has no text of its own for a digest unset: its marks keep what the build gave them', () => {
    const digest = lookup('client-secret-digest')!;
    expect(shown(digest, lookup, {}).text).toBeUndefined();
    expect(shown(digest, lookup, { 'client-secret-digest': '$pbkdf2-sha512$1$salt$hash' }).text).toBe('$pbkdf2-sha512$1$salt$hash');
  });
});
