/** RFC 3986 unreserved characters: safe in URLs, YAML, JSON and env files without quoting. */
export const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

export type RandomBytes = (buffer: Uint8Array<ArrayBuffer>) => Uint8Array;

const webCryptoBytes: RandomBytes = (buffer) => crypto.getRandomValues(buffer);

/**
 * A random string of `length` characters from `alphabet`. Bytes at or above the largest multiple
 * of the alphabet's size are thrown away (rejection sampling), so every character is equally
 * likely: a plain `byte % size` would favour the first characters.
 */
export function randomString(length: number, alphabet: string = UNRESERVED, randomBytes: RandomBytes = webCryptoBytes): string {
  if (alphabet.length < 2 || alphabet.length > 256) throw new RangeError('The alphabet must have 2 to 256 characters.');
  const limit = 256 - (256 % alphabet.length);
  let result = '';
  // getRandomValues fills at most 65,536 bytes at a time.
  const buffer = new Uint8Array(Math.min(4096, Math.max(16, length * 2)));
  while (result.length < length) {
    randomBytes(buffer);
    for (const byte of buffer) {
      if (byte >= limit) continue;
      result += alphabet[byte % alphabet.length];
      if (result.length === length) break;
    }
  }
  return result;
}
