/** WebCrypto is only offered to secure pages (https, localhost). */
export function canDigest(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.deriveBits === 'function' && window.isSecureContext;
}

export const NO_WEBCRYPTO =
  'This browser offers WebCrypto only on secure pages (https or localhost), so credentials cannot be generated here: the guide keeps its example values.';
