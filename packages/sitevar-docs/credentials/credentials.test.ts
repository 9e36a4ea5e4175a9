import { describe, expect, it } from 'vitest';
import { decodeAdaptedBase64, encodeAdaptedBase64 } from './adapted-base64.ts';
import { EXAMPLE_DIGEST, EXAMPLE_SALT, EXAMPLE_SECRET } from './fixtures/authelia-example.ts';
import { parsePbkdf2Digest, pbkdf2Digest, verifyPbkdf2Digest } from './pbkdf2-digest.ts';
import { randomString, UNRESERVED } from './random-string.ts';

describe('randomString', () => {
  it('gives 72 characters from the RFC 3986 unreserved set', () => {
    expect(UNRESERVED).toHaveLength(66);
    for (let run = 0; run < 200; run++) {
      const value = randomString(72);
      expect(value).toHaveLength(72);
      expect(value).toMatch(/^[A-Za-z0-9._~-]{72}$/);
    }
  });

  it('rejects the bytes that would bias the result', () => {
    // 256 % 66 = 58: bytes 198..255 must be skipped, 0..197 used.
    const bytes = [255, 198, 0, 197, 65, 66];
    const source = (buffer: Uint8Array) => {
      buffer.fill(0);
      buffer.set(bytes.slice(0, buffer.length));
      return buffer;
    };
    expect(randomString(4, UNRESERVED, source)).toBe(`${UNRESERVED[0]}${UNRESERVED[197 % 66]}${UNRESERVED[65]}${UNRESERVED[0]}`);
  });

  it('draws every character equally often (chi-square over 660,000 draws)', () => {
    const counts = new Map<string, number>();
    const draws = 660_000;
    for (const char of randomString(draws)) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(66);
    const expected = draws / 66;
    const chiSquare = [...counts.values()].reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    // 65 degrees of freedom: the 99.99th percentile is about 120. A modulo bias (the first 58
    // characters 4/3 as likely) gives a statistic in the thousands.
    expect(chiSquare).toBeLessThan(120);
  });

  it('would detect a modulo bias, so the check above means something', () => {
    let text = '';
    const buffer = new Uint8Array(60_000);
    for (let round = 0; round < 11; round++) for (const byte of crypto.getRandomValues(buffer)) text += UNRESERVED[byte % 66];
    const counts = new Map<string, number>();
    for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
    const expected = text.length / 66;
    const chiSquare = [...counts.values()].reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeGreaterThan(1000);
  });
});

describe('adapted base64', () => {
  it('writes + as . and drops padding', () => {
    expect(encodeAdaptedBase64(Uint8Array.from([0xfb, 0xff]))).toBe('./8');
    expect(encodeAdaptedBase64(new TextEncoder().encode('a'))).toBe('YQ');
  });

  it('round-trips any bytes', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = crypto.getRandomValues(new Uint8Array(length));
      expect(decodeAdaptedBase64(encodeAdaptedBase64(bytes))).toEqual(bytes);
    }
  });

  it('decodes the salt of the published example to 16 bytes', () => {
    const salt = decodeAdaptedBase64(EXAMPLE_SALT);
    expect(salt).toHaveLength(16);
    expect(encodeAdaptedBase64(salt)).toBe(EXAMPLE_SALT);
  });

  it('refuses characters outside its alphabet', () => {
    expect(() => decodeAdaptedBase64('ab+c')).toThrow(/Not adapted base64/);
  });
});

describe('pbkdf2Digest', () => {
  it("reproduces the Authelia guide's digest of insecure_secret from its own salt", async () => {
    expect(await pbkdf2Digest(EXAMPLE_SECRET, decodeAdaptedBase64(EXAMPLE_SALT))).toBe(EXAMPLE_DIGEST);
  });

  it('uses a fresh 16-byte salt, 310000 iterations and a 64-byte key', async () => {
    const first = await pbkdf2Digest('secret');
    const second = await pbkdf2Digest('secret');
    expect(first).not.toBe(second);
    const parsed = parsePbkdf2Digest(first)!;
    expect(parsed.iterations).toBe(310000);
    expect(parsed.salt).toHaveLength(16);
    expect(parsed.key).toHaveLength(64);
  });

  it('verifies a secret against a digest', async () => {
    expect(await verifyPbkdf2Digest(EXAMPLE_SECRET, EXAMPLE_DIGEST)).toBe(true);
    expect(await verifyPbkdf2Digest('other_secret', EXAMPLE_DIGEST)).toBe(false);
    expect(await verifyPbkdf2Digest(EXAMPLE_SECRET, 'not a digest')).toBe(false);
  });
});
