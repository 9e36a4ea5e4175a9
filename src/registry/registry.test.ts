import { describe, expect, it } from 'vitest';
import { VARIABLE_GROUPS, VARIABLE_HELP } from './presentation';
import {
  SITE_VARIABLES,
  displayDefault,
  displayValue,
  getVariable,
  isCanonicalValue,
  sanitizeValues,
  validateValue,
} from './index';

describe('the registry', () => {
  it('holds the contract variables with their defaults', () => {
    const defaults = Object.fromEntries(SITE_VARIABLES.map((variable) => [variable.name, variable.default]));
    expect(defaults).toMatchObject({
      domain: 'example.com',
      'subdomain-authelia': 'auth',
      host: 'authelia',
      port: '9091',
      tls: 'false',
      'subdomain-authentik': 'authentik',
    });
  });

  it('gives every variable a unique name, a label, help text and a valid default', () => {
    const names = SITE_VARIABLES.map((variable) => variable.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(VARIABLE_HELP).sort()).toEqual([...names].sort());
    expect(Object.keys(VARIABLE_GROUPS).sort()).toEqual([...names].sort());
    for (const variable of SITE_VARIABLES) {
      expect(variable.label.length).toBeGreaterThan(2);
      expect(VARIABLE_HELP[variable.name]!.length).toBeGreaterThan(10);
      expect(isCanonicalValue(variable, variable.default)).toBe(true);
    }
  });

  it('uses the accessible names the preferences form promises', () => {
    expect(['domain', 'subdomain-authelia', 'host', 'port', 'tls'].map((name) => getVariable(name)?.label)).toEqual([
      'Domain',
      'Authelia subdomain',
      'Authelia host',
      'Authelia port',
      'Authelia TLS',
    ]);
  });

  it('shows tls as http or https', () => {
    const tls = getVariable('tls')!;
    expect(displayDefault(tls)).toBe('http');
    expect(displayValue(tls, 'true')).toBe('https');
  });

  it('formats defaults and values the same way', () => {
    const domain = getVariable('domain')!;
    expect(displayDefault(domain, 'regex')).toBe('example\\.com');
    expect(displayValue(domain, 'acme.co.uk', 'dn')).toBe('DC=acme,DC=co,DC=uk');
  });

  it('validates through the variable kind', () => {
    expect(validateValue(getVariable('port')!, '70000').ok).toBe(false);
    expect(validateValue(getVariable('domain')!, 'Bücher.Example')).toEqual({ ok: true, value: 'xn--bcher-kva.example' });
  });
});

describe('sanitizeValues', () => {
  it('keeps known names with canonical values and drops everything else', () => {
    const raw = JSON.parse(
      '{"domain":"acme.co.uk","port":"99999","host":"<img src=x onerror=alert(1)>","tls":"yes","unknown":"x","__proto__":{"polluted":true},"subdomain-authelia":"SSO"}',
    ) as Record<string, unknown>;
    const clean = sanitizeValues(raw);
    expect(clean).toEqual({ domain: 'acme.co.uk' });
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses values of the wrong type', () => {
    expect(sanitizeValues({ domain: 42, port: ['9091'], tls: true })).toEqual({});
  });
});

describe('stress values', () => {
  it('are all accepted by validation, as stored', async () => {
    const { stressValueSets } = await import('./stress-values');
    const sets = stressValueSets();
    expect(sets.length).toBeGreaterThan(1);
    for (const values of sets) {
      for (const variable of SITE_VARIABLES) expect(isCanonicalValue(variable, values[variable.name]), `${variable.name}=${values[variable.name]}`).toBe(true);
    }
    expect(sets.some((values) => values.domain!.length === 253)).toBe(true);
  });
});
