import { STORAGE_PREFIX, guideStoragePrefix, sessionStoragePrefix, type VariableScope } from '../registry';
import { readGuideContext, type GuideContext } from './guide-context';
import { VERIFYING } from './page-attributes';
import { registry } from './registry';
import { shared } from './shared-state';

/**
 * Whether a stored value waits for the full check: the before-paint core carries no punycode
 * decoder (it would cost every page a tenth of its script), so a value with an `xn--` label is
 * held back (its marks hidden) until `verify-stored.ts` has checked it.
 */
const deferred = (name: string, value: string) => value.includes('xn--') && !shared.verifiedValues.has(`${name}=${value}`);

function readPrefixed(storage: () => Storage, prefix: string, scope: VariableScope): Record<string, string> {
  const raw: Record<string, string> = {};
  try {
    const store = storage();
    for (const variable of registry.variables) {
      if (variable.scope !== scope || variable.kind === 'computed') continue;
      const value = store.getItem(prefix + variable.name);
      if (value === null) continue;
      // The before-paint core's bundler sets SITEVAR_CORE (integrations/vite-inline-scripts.ts).
      if (import.meta.env.SITEVAR_CORE && deferred(variable.name, value)) shared.waitingNames.add(variable.name);
      else raw[variable.name] = value;
    }
  } catch {
    document.documentElement.setAttribute('data-storage-blocked', '');
    return {};
  }
  const clean = registry.sanitize(raw, scope);
  for (const name in raw) if (!(name in clean)) shared.ignoredNames.add(name);
  return clean;
}

/** A secret is only ever shown with its own digest: one without the other is dropped. */
export function pairedCredentials(values: Readonly<Record<string, string>>): Record<string, string> {
  const paired = { ...values };
  for (const { secret, digest } of registry.pairs) {
    if (paired[secret] === undefined || paired[digest] === undefined) {
      delete paired[secret];
      delete paired[digest];
    }
  }
  return paired;
}

/**
 * This guide's stored credentials. A secret and digest this page has not checked against each
 * other yet are held back (their marks stay hidden) until `verify-stored.ts` has recomputed
 * the digest: storage may hold a pair that does not belong together.
 */
export function readCredentials(context: GuideContext | undefined): Record<string, string> {
  if (!context) return {};
  const stored = readPrefixed(() => window.sessionStorage, sessionStoragePrefix(context.id), 'credentials');
  const paired = pairedCredentials(stored);
  for (const { secret, digest } of registry.pairs) {
    // A secret without a valid digest of its own is a bad value like any other: say it was ignored.
    if (stored[secret] !== undefined && paired[secret] === undefined) shared.ignoredNames.add(secret);
    const digestValue = paired[digest];
    if (digestValue !== undefined && !shared.verifiedDigests.has(digestValue)) {
      delete paired[secret];
      delete paired[digest];
      shared.waitingNames.add(secret).add(digest);
    }
  }
  return paired;
}

/**
 * Reads the reader's saved values straight from storage, validating each: used before first
 * paint, when the full store is not loaded yet. Storage that throws (blocked, private mode)
 * simply means no saved values.
 */
export function readStoredValues(context: GuideContext | undefined = readGuideContext()): Record<string, string> {
  shared.waitingNames.clear();
  const values = {
    ...readPrefixed(() => window.localStorage, STORAGE_PREFIX, 'site'),
    ...(context ? readPrefixed(() => window.localStorage, guideStoragePrefix(context.id), 'guide') : {}),
    ...readCredentials(context),
  };
  document.documentElement.toggleAttribute(VERIFYING, shared.waitingNames.size > 0);
  return values;
}
