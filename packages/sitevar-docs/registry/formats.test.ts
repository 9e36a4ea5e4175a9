import { describe, expect, it } from 'vitest';
import { applyFormat, isFormat } from './formats.ts';

describe('formats', () => {
  it('regex escapes every dot', () => {
    expect(applyFormat('example.com', 'regex')).toBe('example\\.com');
    expect(applyFormat('a.b.c.d', 'regex')).toBe('a\\.b\\.c\\.d');
    expect(applyFormat('auth', 'regex')).toBe('auth');
  });

  it('dn gives one DC per label, comma-joined', () => {
    expect(applyFormat('acme.co.uk', 'dn')).toBe('DC=acme,DC=co,DC=uk');
    expect(applyFormat('example.com', 'dn')).toBe('DC=example,DC=com');
    expect(applyFormat('localhost', 'dn')).toBe('DC=localhost');
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
