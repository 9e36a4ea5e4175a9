/**
 * go-crypt's "adapted" base64, which Authelia reads in PHC strings: standard base64 with "+"
 * written as "." and no "=" padding.
 */
export function encodeAdaptedBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '.').replace(/=+$/, '');
}

export function decodeAdaptedBase64(text: string): Uint8Array {
  if (!/^[A-Za-z0-9./]*$/.test(text)) throw new Error('Not adapted base64: only A-Z, a-z, 0-9, "." and "/" may appear.');
  const standard = text.replaceAll('.', '+');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  const binary = atob(padded);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
