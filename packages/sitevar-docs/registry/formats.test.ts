import { describe, expect, it } from 'vitest';
import { applyFormat, isFormat, toDistinguishedName, toRegex } from './formats';

describe('formats', () => {
  it('regex escapes every dot', () => {
    expect(toRegex('example.com')).toBe('example\\.com');
    expect(toRegex('a.b.c.d')).toBe('a\\.b\\.c\\.d');
    expect(toRegex('auth')).toBe('auth');
  });

  it('dn gives one DC per label, comma-joined', () => {
    expect(toDistinguishedName('acme.co.uk')).toBe('DC=acme,DC=co,DC=uk');
    expect(toDistinguishedName('example.com')).toBe('DC=example,DC=com');
  });

  it('applies a named format, or none', () => {
    expect(applyFormat('example.com', 'regex')).toBe('example\\.com');
    expect(applyFormat('example.com', 'dn')).toBe('DC=example,DC=com');
    expect(applyFormat('example.com', undefined)).toBe('example.com');
  });

  it('knows its format names', () => {
    expect(isFormat('regex')).toBe(true);
    expect(isFormat('dn')).toBe(true);
    expect(isFormat('Regex')).toBe(false);
    expect(isFormat('url')).toBe(false);
  });
});
