import { PBKDF2_ITERATIONS } from '../registry/validation.ts';
import { decodeAdaptedBase64, encodeAdaptedBase64 } from './adapted-base64.ts';

export { PBKDF2_ITERATIONS };

const SALT_BYTES = 16;
const KEY_BYTES = 64;

/**
 * The digest Authelia stores for a client secret: PBKDF2-HMAC-SHA512 in go-crypt's PHC format,
 * `$pbkdf2-sha512$310000$<salt>$<key>`. Computed with WebCrypto, which runs off the main thread.
 */
export async function pbkdf2Digest(
  secret: string,
  salt: Uint8Array = crypto.getRandomValues(new Uint8Array(SALT_BYTES)),
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-512', salt: salt as BufferSource, iterations }, key, KEY_BYTES * 8);
  return `$pbkdf2-sha512$${iterations}$${encodeAdaptedBase64(salt)}$${encodeAdaptedBase64(new Uint8Array(bits))}`;
}

/** Parses a digest back into its parts, for checking a secret against it. */
export function parsePbkdf2Digest(digest: string): { iterations: number; salt: Uint8Array; key: Uint8Array } | undefined {
  const match = /^\$pbkdf2-sha512\$(\d+)\$([A-Za-z0-9./]+)\$([A-Za-z0-9./]+)$/.exec(digest);
  if (!match) return undefined;
  return { iterations: Number(match[1]), salt: decodeAdaptedBase64(match[2]!), key: decodeAdaptedBase64(match[3]!) };
}

/** True when the digest is of this secret. */
export async function verifyPbkdf2Digest(secret: string, digest: string): Promise<boolean> {
  const parsed = parsePbkdf2Digest(digest);
  if (!parsed) return false;
  return (await pbkdf2Digest(secret, parsed.salt, parsed.iterations)) === digest;
}
