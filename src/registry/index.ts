import { applyFormat, isFormat, type Format } from './formats';
import { SITE_VARIABLES, type SiteVariable, type VariableKind, type VariableScope } from './variables';
import {
  checkBoolean,
  checkClientId,
  checkClientSecret,
  checkDomain,
  checkHost,
  checkLabel,
  checkPbkdf2Digest,
  checkPort,
  checkSlug,
  type Check,
} from './validation';
import { withMessage, type Validation } from './validation-messages';

export { SITE_VARIABLES, EXAMPLE_SECRET_DIGEST } from './variables';
export type { SiteVariable, VariableGroup, VariableKind, VariableScope } from './variables';
export { FORMATS, isFormat, applyFormat } from './formats';
export type { Format } from './formats';
export type { Validation } from './validation-messages';

export { STORAGE_PREFIX, GUIDE_STORAGE_PREFIX, SESSION_STORAGE_PREFIX, guideStoragePrefix, sessionStoragePrefix } from './storage-key';

const byName = new Map(SITE_VARIABLES.map((variable) => [variable.name, variable]));

const checks: Record<VariableKind, (input: string) => Check> = {
  domain: checkDomain,
  label: checkLabel,
  host: checkHost,
  port: checkPort,
  boolean: checkBoolean,
  slug: checkSlug,
  'client-id': checkClientId,
  'client-secret': checkClientSecret,
  'pbkdf2-digest': checkPbkdf2Digest,
};

export function getVariable(name: string): SiteVariable | undefined {
  return byName.get(name);
}

/** Checks what a reader typed; the result's value is what gets stored. */
export function checkValue(variable: SiteVariable, input: string): Check {
  return checks[variable.kind](input);
}

/** Like checkValue, with the reason for a refusal in words. */
export function validateValue(variable: SiteVariable, input: string): Validation {
  return withMessage(checkValue(variable, input));
}

/**
 * True when a stored value is exactly what validation would store: anything else found in
 * storage (tampered, stale or from an older version) is ignored.
 */
export function isCanonicalValue(variable: SiteVariable, stored: unknown): stored is string {
  if (typeof stored !== 'string') return false;
  const result = checkValue(variable, stored);
  return result.ok && result.value === stored;
}

/** The text a value reads as in code: booleans become their words, then the format applies. */
export function displayValue(variable: SiteVariable, value: string, format?: Format): string {
  const text = variable.booleanText ? variable.booleanText[value === 'true' ? 'true' : 'false'] : value;
  return applyFormat(text, format);
}

export function displayDefault(variable: SiteVariable, format?: Format): string {
  return displayValue(variable, variable.default, format);
}

/** Keeps only known names holding canonical values, so hostile storage cannot reach the page. */
export function sanitizeValues(raw: Readonly<Record<string, unknown>>, scope?: VariableScope): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const variable of SITE_VARIABLES) {
    if (scope !== undefined && variable.scope !== scope) continue;
    if (!Object.prototype.hasOwnProperty.call(raw, variable.name)) continue;
    const value = raw[variable.name];
    if (isCanonicalValue(variable, value)) clean[variable.name] = value;
  }
  return clean;
}

export function parseFormat(name: string | undefined): Format | undefined {
  return name !== undefined && isFormat(name) ? name : undefined;
}
