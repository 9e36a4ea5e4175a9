import { encode, decode as referenceDecode } from 'punycode/punycode.es6.js';
import { describe, expect, it } from 'vitest';
import { decodePunycode } from './punycode.ts';

/** The punycode package, as the reference; undefined where it refuses the input. */
function reference(input: string): string | undefined {
  try {
    return referenceDecode(input);
  } catch {
    return undefined;
  }
}

describe('decodePunycode', () => {
  it('decodes the examples of RFC 3492 and common IDNs', () => {
    expect(decodePunycode('bcher-kva')).toBe('bücher');
    expect(decodePunycode('cole-9oa')).toBe('école');
    expect(decodePunycode('r8jz45g')).toBe('例え');
    expect(decodePunycode('ihqwcrb4cv8a8dqg056pqjye')).toBe('他们为什么不说中文');
    expect(decodePunycode('ls8h')).toBe('💩');
  });

  it('agrees with the punycode package on every label it encodes', () => {
    const samples = ['bücher', 'müller-lüdenscheid', 'ελληνικά', 'правда', '日本語', 'a-ö', 'ß', '😀smile', 'naïve-café'];
    for (const text of samples) expect(decodePunycode(encode(text))).toBe(text);
  });

  it('refuses what the punycode package refuses, and never throws', () => {
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'abz09-9z-';
    for (let run = 0; run < 20_000; run++) {
      const input = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const ours = decodePunycode(input);
      const theirs = reference(input);
      if (theirs === undefined) expect(ours, input).toBeUndefined();
      else expect(ours, input).toBe(theirs);
    }
    for (const input of ['', '-', 'zz', 'é-a', '99999999999999', 'z'.repeat(200)]) expect(() => decodePunycode(input)).not.toThrow();
  });
});
