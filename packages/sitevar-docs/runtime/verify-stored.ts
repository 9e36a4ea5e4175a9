import { STORAGE_PREFIX, guideStoragePrefix, sessionStoragePrefix } from '../registry';
import { verifyPbkdf2Digest } from '../credentials/pbkdf2-digest';
import { readGuideContext } from './guide-context';
import { VERIFYING } from './page-attributes';
import { registry } from './registry';
import { shared, VALUES_CHANGED } from './shared-state';

function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null; // Storage became unreadable: nothing to show.
  }
}

/**
 * Each stored secret against its stored digest, by recomputing it (PBKDF2, off the main thread).
 * A pair that does not verify is removed and reported as ignored, like any other bad value.
 */
async function verifyPairs(prefix: string): Promise<void> {
  for (const { secret, digest } of registry.pairs) {
    if (!shared.waitingNames.has(secret)) continue;
    const secretValue = read(() => sessionStorage, prefix + secret);
    const digestValue = read(() => sessionStorage, prefix + digest);
    let matches = false;
    try {
      matches = secretValue !== null && digestValue !== null && (await verifyPbkdf2Digest(secretValue, digestValue));
    } catch {
      matches = false;
    }
    if (matches) {
      shared.verifiedDigests.add(digestValue!);
      continue;
    }
    try {
      sessionStorage.removeItem(prefix + secret);
      sessionStorage.removeItem(prefix + digest);
    } catch {
      // Cannot remove: the pair stays held back, as it is not marked verified.
    }
    shared.ignoredNames.add(secret).add(digest);
  }
}

/** Values the core deferred (an `xn--` label): checked here with the full registry, decoder included. */
function verifyDeferred(guidePrefix: string | undefined): void {
  for (const variable of registry.variables) {
    if (!shared.waitingNames.has(variable.name) || variable.scope === 'credentials') continue;
    const prefix = variable.scope === 'guide' ? guidePrefix : STORAGE_PREFIX;
    const value = prefix === undefined ? null : read(() => localStorage, prefix + variable.name);
    if (value !== null && registry.isCanonical(variable, value)) shared.verifiedValues.add(`${variable.name}=${value}`);
    else shared.ignoredNames.add(variable.name);
  }
}

/**
 * Checks what the before-paint core held back, then has it shown (or dropped, and reported):
 * loaded only on pages where the core held something back.
 */
async function verifyStored(): Promise<void> {
  const context = readGuideContext();
  verifyDeferred(context ? guideStoragePrefix(context.id) : undefined);
  if (context) await verifyPairs(sessionStoragePrefix(context.id));
  shared.waitingNames.clear();
  document.documentElement.removeAttribute(VERIFYING);
  window.dispatchEvent(new Event(VALUES_CHANGED));
}

/** Settles once what the core held back is checked and shown (or dropped); the copy button waits for it. */
export const verification: Promise<void> = verifyStored();
