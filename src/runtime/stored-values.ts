import {
  SITE_VARIABLES,
  STORAGE_PREFIX,
  guideStoragePrefix,
  sanitizeValues,
  sessionStoragePrefix,
  type VariableScope,
} from '../registry';
import { readGuideContext, type GuideContext } from './guide-context';
import { VERIFYING } from './page-attributes';
import { shared } from './shared-state';

function readPrefixed(storage: () => Storage, prefix: string, scope: VariableScope): Record<string, string> {
  const raw: Record<string, string> = {};
  try {
    const store = storage();
    for (const variable of SITE_VARIABLES) {
      if (variable.scope !== scope) continue;
      const value = store.getItem(prefix + variable.name);
      if (value !== null) raw[variable.name] = value;
    }
  } catch {
    document.documentElement.setAttribute('data-storage-blocked', '');
    return {};
  }
  const clean = sanitizeValues(raw, scope);
  for (const name in raw) if (!(name in clean)) shared.ignoredNames.add(name);
  return clean;
}

/** A secret is only ever shown with its own digest: one without the other is dropped. */
export function pairedCredentials(values: Readonly<Record<string, string>>): Record<string, string> {
  const { 'client-secret': secret, 'client-secret-digest': digest, ...rest } = values;
  return secret !== undefined && digest !== undefined ? { ...rest, 'client-secret': secret, 'client-secret-digest': digest } : rest;
}

/**
 * This guide's stored credentials. A secret and digest this page has not checked against each
 * other yet are held back (their marks stay hidden) until `verify-credentials.ts` has recomputed
 * the digest: storage may hold a pair that does not belong together.
 */
export function readCredentials(context: GuideContext | undefined): Record<string, string> {
  if (!context) return {};
  const stored = readPrefixed(() => window.sessionStorage, sessionStoragePrefix(context.id), 'credentials');
  const { 'client-secret': secret, 'client-secret-digest': digest, ...rest } = pairedCredentials(stored);
  // A secret without a valid digest of its own is a bad value like any other: say it was ignored.
  if (stored['client-secret'] !== undefined && secret === undefined) shared.ignoredNames.add('client-secret');
  const root = document.documentElement;
  if (secret === undefined || digest === undefined || shared.verifiedDigests.has(digest)) {
    shared.waitingNames.clear();
    root.removeAttribute(VERIFYING);
    return secret === undefined || digest === undefined ? rest : { ...rest, 'client-secret': secret, 'client-secret-digest': digest };
  }
  shared.waitingNames.add('client-secret').add('client-secret-digest');
  root.setAttribute(VERIFYING, '');
  return rest;
}

/**
 * Reads the reader's saved values straight from storage, validating each: used before first
 * paint, when the full store is not loaded yet. Storage that throws (blocked, private mode)
 * simply means no saved values.
 */
export function readStoredValues(context: GuideContext | undefined = readGuideContext()): Record<string, string> {
  return {
    ...readPrefixed(() => window.localStorage, STORAGE_PREFIX, 'site'),
    ...(context ? readPrefixed(() => window.localStorage, guideStoragePrefix(context.id), 'guide') : {}),
    ...readCredentials(context),
  };
}
