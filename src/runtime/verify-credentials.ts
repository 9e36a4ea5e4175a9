import { sessionStoragePrefix } from '../registry';
import { verifyPbkdf2Digest } from '../credentials/pbkdf2-digest';
import { readGuideContext } from './guide-context';
import { shared, VALUES_CHANGED } from './shared-state';
import { VERIFYING } from './page-attributes';

/**
 * Checks the stored secret against its stored digest by recomputing it (PBKDF2, off the main
 * thread). Loaded only on pages where the core held such a pair back. A pair that does not
 * verify is removed and reported as ignored, like any other bad stored value.
 */
async function verifyStoredCredentials(): Promise<void> {
  const context = readGuideContext();
  if (!context) return;
  const prefix = sessionStoragePrefix(context.id);
  let secret: string | null = null;
  let digest: string | null = null;
  try {
    secret = sessionStorage.getItem(`${prefix}client-secret`);
    digest = sessionStorage.getItem(`${prefix}client-secret-digest`);
  } catch {
    // Storage became unreadable: nothing to show.
  }
  let matches = false;
  try {
    matches = secret !== null && digest !== null && (await verifyPbkdf2Digest(secret, digest));
  } catch {
    matches = false;
  }
  if (matches) {
    shared.verifiedDigests.add(digest!);
  } else {
    try {
      sessionStorage.removeItem(`${prefix}client-secret`);
      sessionStorage.removeItem(`${prefix}client-secret-digest`);
    } catch {
      // Cannot remove: the pair stays held back, as it is not marked verified.
    }
    shared.ignoredNames.add('client-secret').add('client-secret-digest');
  }
  shared.waitingNames.clear();
  document.documentElement.removeAttribute(VERIFYING);
  window.dispatchEvent(new Event(VALUES_CHANGED));
}

/** Settles once the stored pair is checked and shown (or dropped); the copy button waits for it. */
export const verification: Promise<void> = verifyStoredCredentials();
