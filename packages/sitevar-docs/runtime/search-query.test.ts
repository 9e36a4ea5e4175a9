import { describe, expect, it } from 'vitest';
import { isRealHit, queryTerms, withExampleValues } from './search-query.ts';

describe('a search query', () => {
  it('is read as Pagefind reads it', () => {
    expect(queryTerms('acme-corp  Client_Secret')).toEqual(['acme', 'corp', 'client_secret']);
  });

  it('counts a hit only when the word shares most of a term or holds it whole', () => {
    const terms = queryTerms('acme');
    expect(isRealHit('a', terms)).toBe(false);
    expect(isRealHit('(a', terms)).toBe(false);
    expect(isRealHit('Acme,', terms)).toBe(true);
    expect(isRealHit('guide', queryTerms('guides'))).toBe(true);
    expect(isRealHit('configure', queryTerms('configuring'))).toBe(true);
    expect(isRealHit('client_secret:', queryTerms('secret'))).toBe(true);
    expect(isRealHit('https://paperless.example.com/accounts/', queryTerms('accounts'))).toBe(true);
    // Typing is searching: a word the term starts is a hit.
    expect(isRealHit('account', queryTerms('ac'))).toBe(true);
  });
});

describe('a search for the reader’s own values', () => {
  const own = [
    { label: 'Domain', value: 'acme-corp.co.uk', example: 'example.com' },
    { label: 'Authelia subdomain', value: 'sso', example: 'auth' },
  ];

  it('looks up a value the pages show as the example the index holds', () => {
    expect(withExampleValues('acme-corp.co.uk', own)).toEqual({ query: 'example.com', labels: ['Domain'] });
    expect(withExampleValues('https://sso.acme-corp.co.uk/', own)).toEqual({ query: 'https://auth.example.com/', labels: ['Domain', 'Authelia subdomain'] });
  });

  it('takes part of a value for the whole of it', () => {
    expect(withExampleValues('acme-corp', own)).toEqual({ query: 'example.com', labels: ['Domain'] });
  });

  it('leaves other words, and a value inside a longer word, alone', () => {
    expect(withExampleValues('redirect', own)).toEqual({ query: 'redirect', labels: [] });
    expect(withExampleValues('ssoadmin', own)).toEqual({ query: 'ssoadmin', labels: [] });
    expect(withExampleValues('my-sso', own)).toEqual({ query: 'my-sso', labels: [] });
    expect(withExampleValues('so', own)).toEqual({ query: 'so', labels: [] });
  });

  it('ignores a value that is the example itself', () => {
    expect(withExampleValues('example.com', [{ label: 'Domain', value: 'example.com', example: 'example.com' }])).toEqual({ query: 'example.com', labels: [] });
  });
});
