import { describe, expect, it } from 'vitest';
import { DOMAIN_CASES, HOST_CASES, LABEL_CASES, PORT_CASES } from './fixtures/values';
import { checkBoolean, checkDomain, checkHost, checkLabel, checkPort, checkSlug, type Check } from './validation';
import { withMessage, type Validation } from './validation-messages';

const worded = (check: (input: string) => Check) => (input: string) => withMessage(check(input));
const validateDomain = worded(checkDomain);
const validateLabel = worded(checkLabel);
const validateHost = worded(checkHost);
const validatePort = worded(checkPort);
const validateBoolean = worded(checkBoolean);
const validateSlug = worded(checkSlug);

function stored(result: Validation): string | undefined {
  return result.ok ? result.value : undefined;
}

describe('validateDomain', () => {
  it.each(DOMAIN_CASES)('%j -> %j', (input, expected) => {
    expect(stored(validateDomain(input))).toBe(expected);
  });

  it('accepts the longest legal domain (253 characters) and refuses one more', () => {
    const longest = [...Array.from({ length: 3 }, () => 'a'.repeat(63)), 'b'.repeat(61)].join('.');
    expect(longest).toHaveLength(253);
    expect(stored(validateDomain(longest))).toBe(longest);
    expect(validateDomain(`${longest}c`).ok).toBe(false);
  });

  it('says why a value is refused', () => {
    expect(validateDomain('localhost')).toEqual({ ok: false, message: expect.stringContaining('two labels') });
    expect(validateDomain('-acme.com')).toEqual({ ok: false, message: expect.stringContaining('hyphen') });
    expect(validateDomain('https://x.com')).toEqual({ ok: false, message: expect.stringContaining('no scheme') });
  });

  it('never throws, whatever it is given', () => {
    for (const input of ['\u0000', '\uD800', '%%%', 'a'.repeat(1_000_000), '__proto__', '{{<']) {
      expect(() => validateDomain(input)).not.toThrow();
    }
  });
});

describe('validateLabel', () => {
  it.each(LABEL_CASES)('%j -> %j', (input, expected) => {
    expect(stored(validateLabel(input))).toBe(expected);
  });
  it('explains that a subdomain is one label', () => {
    expect(validateLabel('auth.example.com')).toEqual({ ok: false, message: expect.stringContaining('one label') });
  });
});

describe('validateHost', () => {
  it.each(HOST_CASES)('%j -> %j', (input, expected) => {
    expect(stored(validateHost(input))).toBe(expected);
  });
});

describe('validatePort', () => {
  it.each(PORT_CASES)('%j -> %j', (input, expected) => {
    expect(stored(validatePort(input))).toBe(expected);
  });
});

describe('validateBoolean and validateSlug', () => {
  it('stores booleans as true/false only', () => {
    expect(stored(validateBoolean('TRUE'))).toBe('true');
    expect(stored(validateBoolean('false'))).toBe('false');
    expect(stored(validateBoolean('yes'))).toBeUndefined();
  });
  it('accepts slugs of lower-case letters, digits, hyphens and underscores', () => {
    expect(stored(validateSlug('paperless-ngx_2'))).toBe('paperless-ngx_2');
    expect(stored(validateSlug('Paperless'))).toBeUndefined();
    expect(stored(validateSlug('a/b'))).toBeUndefined();
  });
});
