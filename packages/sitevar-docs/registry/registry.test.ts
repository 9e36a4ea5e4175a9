import { describe, expect, it } from 'vitest';
import { TEST_REGISTRY as registry } from './fixtures/site.ts';
import { isExample, validateValue } from './index.ts';
import { PROBLEM_MESSAGES } from './problem-messages.ts';
import { stressValueSets } from './stress-values.ts';

const variable = (name: string) => registry.get(name)!;

describe('a registry built from a site’s definitions', () => {
  it('fills every default of a definition in', () => {
    expect(variable('port')).toMatchObject({ kind: 'port', default: '9091', scope: 'site', group: 'provider', formats: [] });
    expect(variable('tls')).toMatchObject({ default: 'false', text: { false: 'http', true: 'https' } });
    expect(variable('client-id')).toMatchObject({ scope: 'credentials', length: 72, minLength: 1, maxLength: 100 });
    expect(variable('client-secret')).toMatchObject({ scope: 'credentials', minLength: 8, maxLength: 255, digest: 'client-secret-digest' });
    expect(variable('client-secret-digest')).toMatchObject({ kind: 'digest', of: 'client-secret', iterations: 310000, derived: true, scope: 'credentials' });
    expect(registry.pairs).toEqual([{ secret: 'client-secret', digest: 'client-secret-digest' }]);
  });

  it('holds every default as it would store it', () => {
    for (const item of registry.variables) if (item.kind !== 'computed') expect(registry.isCanonical(item, item.default), item.name).toBe(true);
  });

  it('shows booleans as their words, and formats defaults and values the same way', () => {
    expect(registry.textOf(variable('tls'), {})).toBe('http');
    expect(registry.display(variable('tls'), 'true')).toBe('https');
    expect(registry.textOf(variable('domain'), {}, {}, 'regex')).toBe('example\\.com');
    expect(registry.display(variable('domain'), 'acme.co.uk', 'dn')).toBe('DC=acme,DC=co,DC=uk');
  });

  it('prefers the reader’s value, then the guide’s default, then the variable’s', () => {
    const app = variable('subdomain-app');
    expect(registry.textOf(app, {})).toBe('app');
    expect(registry.textOf(app, {}, { 'subdomain-app': 'paperless' })).toBe('paperless');
    expect(registry.textOf(app, { 'subdomain-app': 'docs' }, { 'subdomain-app': 'paperless' })).toBe('docs');
  });

  it('computes a computed variable from the others, and calls it set only when all of them are', () => {
    const url = variable('portal-url');
    expect(registry.textOf(url, {})).toBe('https://auth.example.com/');
    expect(registry.textOf(url, { domain: 'acme.org' })).toBe('https://auth.acme.org/');
    expect(registry.isSet(url, { domain: 'acme.org' })).toBe(false);
    expect(registry.isSet(url, { domain: 'acme.org', 'subdomain-authelia': 'sso' })).toBe(true);
    expect(registry.isCanonical(url, 'https://x/')).toBe(false);
  });

  it('tells examples from defaults that work, and keeps a value equal to an example the example', () => {
    const domain = variable('domain');
    const port = variable('port');
    expect(domain.example).toBe(true);
    expect(port.example).toBeUndefined();
    expect(isExample(registry, domain, {})).toBe(true);
    expect(isExample(registry, port, {})).toBe(false);
    expect(registry.isSet(domain, { domain: 'example.com' })).toBe(false);
    expect(isExample(registry, domain, { domain: 'example.com' })).toBe(true);
    expect(registry.isSet(port, { port: '9091' })).toBe(true);
    expect(isExample(registry, domain, { domain: 'acme.org' })).toBe(false);
    // A computed value is an example while any part of it is.
    const url = variable('portal-url');
    expect(isExample(registry, url, {})).toBe(true);
    expect(isExample(registry, url, { domain: 'acme.org' })).toBe(false);
    expect(registry.isSet(url, { domain: 'acme.org' })).toBe(false);
  });

  it('validates through the variable’s kind, with the site’s own words for its own rules', () => {
    expect(validateValue(registry, variable('port'), '70000', PROBLEM_MESSAGES).ok).toBe(false);
    expect(validateValue(registry, variable('domain'), 'Bücher.Example', PROBLEM_MESSAGES)).toEqual({ ok: true, value: 'xn--bcher-kva.example' });
    expect(validateValue(registry, variable('authentik-slug'), 'Not A Slug', PROBLEM_MESSAGES)).toEqual({
      ok: false,
      message: 'Use up to 128 lower-case letters, digits, hyphens and underscores.',
    });
    expect(validateValue(registry, variable('proxy'), 'Caddy', PROBLEM_MESSAGES)).toEqual({ ok: true, value: 'caddy' });
    expect(validateValue(registry, variable('proxy'), 'apache', PROBLEM_MESSAGES)).toEqual({ ok: false, message: 'Choose one of nginx, caddy, traefik.' });
    expect(validateValue(registry, variable('client-secret'), 'short', PROBLEM_MESSAGES)).toEqual({
      ok: false,
      message: expect.stringContaining('at least 8 characters'),
    });
  });
});

describe('sanitize', () => {
  it('keeps known names with canonical values and drops everything else', () => {
    const raw = JSON.parse(
      '{"domain":"acme.co.uk","port":"99999","host":"<img src=x onerror=alert(1)>","tls":"yes","unknown":"x","__proto__":{"polluted":true},"subdomain-authelia":"SSO"}',
    ) as Record<string, unknown>;
    const clean = registry.sanitize(raw);
    expect(clean).toEqual({ domain: 'acme.co.uk' });
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses values of the wrong type, and values of another scope', () => {
    expect(registry.sanitize({ domain: 42, port: ['9091'], tls: true })).toEqual({});
    expect(registry.sanitize({ domain: 'acme.org', 'subdomain-app': 'docs' }, 'guide')).toEqual({ 'subdomain-app': 'docs' });
  });

  it('keeps only the guide defaults a guide may set, with valid values', () => {
    expect(registry.guideDefaults({ sitevars: { 'subdomain-app': 'paperless', domain: 'acme.org', 'client-id': 'Bad Id' } })).toEqual({
      'subdomain-app': 'paperless',
    });
  });
});

describe('stress values', () => {
  it('are all accepted by validation, as stored, for every stored variable', () => {
    const sets = stressValueSets(registry);
    expect(sets.length).toBeGreaterThan(1);
    for (const values of sets) {
      for (const item of registry.variables) {
        if (item.kind === 'computed') continue;
        expect(registry.isCanonical(item, values[item.name]), `${item.name}=${values[item.name]}`).toBe(true);
      }
    }
    expect(sets.some((values) => values.domain!.length === 253)).toBe(true);
    expect(new Set(sets.map((values) => values.proxy))).toEqual(new Set(['nginx', 'caddy', 'traefik']));
  });
});
