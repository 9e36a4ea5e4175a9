/** WebCrypto is only offered to secure pages (https, localhost). */
export function canDigest(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.deriveBits === 'function' && window.isSecureContext;
}
