import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DOMAIN_CASES, HOST_CASES, LABEL_CASES, PORT_CASES } from './fixtures/values.ts';
import { PROBLEM_MESSAGES } from './problem-messages.ts';
import {
  type Check,
  checkBoolean,
  checkDomain,
  checkHost,
  checkLabel,
  checkPattern,
  checkPbkdf2Digest,
  checkPort,
  checkSelect,
  checkToken,
  MAX_PBKDF2_ITERATIONS,
  PBKDF2_ITERATIONS,
} from './validation.ts';
import { type Validation, withMessage } from './validation-messages.ts';

const worded = (check: (input: string) => Check) => (input: string) => withMessage(check(input), PROBLEM_MESSAGES);
const validateDomain = worded(checkDomain);
const validateLabel = worded(checkLabel);
const validateHost = worded(checkHost);
const validatePort = worded(checkPort);
const validateBoolean = worded(checkBoolean);
const validateSlug = worded((input) => checkPattern(input, '^[a-z0-9][a-z0-9_-]*$', 128));
const checkClientId = (input: string) => checkToken(input, 1, 100);
const checkClientSecret = (input: string) => checkToken(input, 8, 255);

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
  it('says what is wrong with the subdomain itself, not with "a label" of it', () => {
    const messageOf = (input: string) => {
      const result = validateLabel(input);
      return result.ok ? '' : result.message;
    };
    expect(messageOf('-auth')).toBe('"-auth" starts or ends with a hyphen: a subdomain may have hyphens only between letters or digits.');
    expect(messageOf('auth_1')).toBe('A subdomain may only use letters, digits and hyphens ("auth_1" has others).');
    for (const input of ['-auth', 'auth_1', 'a'.repeat(64)]) expect(messageOf(input)).not.toMatch(/has a label/);
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

describe('checkSelect', () => {
  it('takes one of the options, whatever its case, as listed', () => {
    expect(stored(withMessage(checkSelect(' Caddy ', ['nginx', 'caddy']), PROBLEM_MESSAGES))).toBe('caddy');
    expect(checkSelect('apache', ['nginx', 'caddy']).ok).toBe(false);
  });
});

describe('checkPattern', () => {
  it('refuses what is too long, and never throws on a bad pattern', () => {
    expect(checkPattern('a'.repeat(5), '^a+$', 4)).toEqual({ ok: false, problem: { code: 'too-long', detail: '4' } });
    expect(checkPattern('a', '(', 4).ok).toBe(false);
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

describe('client IDs and secrets', () => {
  const validateClientId = worded(checkClientId);

  it('refuses what unquoted YAML reads as null, a boolean, a number or a date', () => {
    for (const value of [
      '~',
      'null',
      'NULL',
      'true',
      'False',
      'yes',
      'off',
      'y',
      '-',
      '12',
      '-7',
      '0x1f',
      '0o17',
      '017',
      '1_000',
      '1.5',
      '.5',
      '1e3',
      '1.',
      '.inf',
      '-.Inf',
      '.nan',
      'E6',
      '.',
      '2024-01-31',
    ]) {
      expect(validateClientId(value), value).toEqual({ ok: false, message: expect.stringContaining('reads as a number, a yes/no or an empty value') });
    }
    expect(stored(worded(checkClientSecret)('12345678'))).toBeUndefined();
    expect(stored(worded(checkClientSecret)('2024-01-31'))).toBeUndefined();
  });

  it('keeps text that merely contains digits or keywords', () => {
    for (const value of ['paperless', 'truex', 'nullable', '~~', '..', '0.9a', '1.2.3', 'x5', 'A-z_~.0', '-x', 'yes-please', '0xZZ']) {
      expect(stored(validateClientId(value)), value).toBe(value);
    }
  });

  it('accepts only what both YAML 1.1 and 1.2 read back as the same text, checked with a YAML parser', () => {
    const alphabet = 'aeynotrufl0123456789._~-xXbBoOEe';
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let accepted = 0;
    for (let run = 0; run < 20_000; run++) {
      const length = 1 + Math.floor(next() * 6);
      const value = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      if (!checkClientId(value).ok) continue;
      accepted++;
      for (const version of ['1.1', '1.2'] as const) {
        expect(parseYaml(`id: ${value}`, { version }).id, `${value} in YAML ${version}`).toBe(value);
      }
    }
    expect(accepted).toBeGreaterThan(5_000);
  });
});

describe('checkPbkdf2Digest', () => {
  const digest = (iterations: number) => `$pbkdf2-sha512$${iterations}$${'a'.repeat(22)}$${'b'.repeat(86)}`;
  it('takes only digests with the rounds this site generates, up to a bound', () => {
    expect(checkPbkdf2Digest(digest(PBKDF2_ITERATIONS)).ok).toBe(true);
    expect(checkPbkdf2Digest(digest(MAX_PBKDF2_ITERATIONS)).ok).toBe(true);
    expect(checkPbkdf2Digest(digest(1)).ok).toBe(false);
    expect(checkPbkdf2Digest(digest(PBKDF2_ITERATIONS - 1)).ok).toBe(false);
    expect(checkPbkdf2Digest(digest(MAX_PBKDF2_ITERATIONS + 1)).ok).toBe(false);
  });
});

describe('names no browser can reach', () => {
  it('says why', () => {
    expect(validateDomain('a.0x1')).toEqual({ ok: false, message: expect.stringContaining('Browsers do not accept "a.0x1"') });
    expect(validateDomain('xn--zz.com')).toEqual({ ok: false, message: expect.stringContaining('"xn--zz" is not valid punycode') });
    expect(validateHost('0')).toEqual({ ok: false, message: expect.stringContaining('Browsers do not accept') });
  });
});
