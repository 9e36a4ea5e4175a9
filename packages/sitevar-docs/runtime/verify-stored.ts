import { verifyPbkdf2Digest } from '../credentials/pbkdf2-digest.ts';
import { sessionStoragePrefix } from '../registry/index.ts';
import { VALUES_CHANGED } from './page-attributes.ts';
import { guideContext, registry } from './registry.ts';
import { checkKey, shared } from './shared-state.ts';
import { readRawValues } from './stored-values.ts';

/** A secret and its stored digest, by recomputing it (PBKDF2, off the main thread). */
async function pairMatches(secret: string | undefined, digest: string | undefined, secretName: string, digestName: string): Promise<boolean> {
  const [secretVariable, digestVariable] = [registry.get(secretName)!, registry.get(digestName)!];
  if (!registry.isCanonical(secretVariable, secret) || !registry.isCanonical(digestVariable, digest)) return false;
  try {
    return await verifyPbkdf2Digest(secret, digest);
  } catch {
    return false;
  }
}

/**
 * Rules with the full registry on every value the core held back, then has it shown (or
 * dropped, and reported). A pair that does not verify is removed, like any other bad value
 * reported as ignored.
 */
async function verifyWaiting(): Promise<void> {
  const names = new Set(shared.waitingNames);
  if (names.size === 0) return;
  const raw = readRawValues(registry.variables, guideContext);
  const paired = new Set<string>();
  for (const { secret, digest } of registry.pairs) {
    paired.add(secret).add(digest);
    if (!names.has(secret) && !names.has(digest)) continue;
    const matches = await pairMatches(raw[secret], raw[digest], secret, digest);
    shared.checked.set(checkKey([secret, digest], raw), matches);
    if (matches) continue;
    try {
      const prefix = sessionStoragePrefix(guideContext!.id);
      sessionStorage.removeItem(prefix + secret);
      sessionStorage.removeItem(prefix + digest);
    } catch {
      // Cannot remove: the pair stays hidden, as it is ruled out.
    }
    shared.ignoredNames.add(secret).add(digest);
  }
  for (const variable of registry.variables) {
    const value = raw[variable.name];
    if (!names.has(variable.name) || paired.has(variable.name) || value === undefined) continue;
    const canonical = registry.isCanonical(variable, value);
    shared.checked.set(checkKey([variable.name], raw), canonical);
    if (!canonical) shared.ignoredNames.add(variable.name);
  }
  shared.waitingNames.clear();
  window.dispatchEvent(new Event(VALUES_CHANGED));
}

let queue: Promise<void> = Promise.resolve();

/**
 * Checks what the core holds back now, after any check already running; settles once it is
 * shown (or dropped). The core's page loader calls it whenever the core holds one back, the copy
 * button before copying.
 */
export default function verifyStored(): Promise<void> {
  queue = queue.then(verifyWaiting, verifyWaiting);
  return queue;
}
