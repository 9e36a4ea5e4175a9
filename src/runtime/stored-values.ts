import { SITE_VARIABLES, STORAGE_PREFIX, sanitizeValues } from '../registry';

/**
 * Reads the reader's saved values straight from localStorage, validating each: used before first
 * paint, when the full store is not loaded yet. Storage that throws (blocked, private mode)
 * simply means no saved values.
 */
export function readStoredValues(): Record<string, string> {
  const raw: Record<string, string> = {};
  try {
    const storage = window.localStorage;
    for (const variable of SITE_VARIABLES) {
      const value = storage.getItem(STORAGE_PREFIX + variable.name);
      if (value !== null) raw[variable.name] = value;
    }
  } catch {
    return {};
  }
  return sanitizeValues(raw);
}
