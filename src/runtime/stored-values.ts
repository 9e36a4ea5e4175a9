import {
  SITE_VARIABLES,
  STORAGE_PREFIX,
  guideStoragePrefix,
  sanitizeValues,
  sessionStoragePrefix,
  type VariableScope,
} from '../registry';
import { readGuideContext, type GuideContext } from './guide-context';

/** Names whose saved value was found invalid and ignored, for the form to say so. */
export const ignoredNames = new Set<string>();

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
  for (const name in raw) if (!(name in clean)) ignoredNames.add(name);
  return clean;
}

/** A secret is only ever shown with its own digest: one without the other is dropped. */
export function pairedCredentials(values: Readonly<Record<string, string>>): Record<string, string> {
  const { 'client-secret': secret, 'client-secret-digest': digest, ...rest } = values;
  return secret !== undefined && digest !== undefined ? { ...rest, 'client-secret': secret, 'client-secret-digest': digest } : rest;
}

export function readCredentials(context: GuideContext | undefined): Record<string, string> {
  if (!context) return {};
  return pairedCredentials(readPrefixed(() => window.sessionStorage, sessionStoragePrefix(context.id), 'credentials'));
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
