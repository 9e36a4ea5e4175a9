import { pairsOf, type SecretPair, type SiteVariable, type VariableScope } from './definitions.ts';
import type { Format } from './formats.ts';
import { displayValue, shown } from './shown.ts';
import { templateNames } from './template.ts';
import {
  type Check,
  checkBoolean,
  checkDomain,
  checkHost,
  checkLabel,
  checkPattern,
  checkPbkdf2Digest,
  checkPort,
  checkSelect,
  checkToken,
} from './validation.ts';

export type { SiteVariable, VariableKind, VariableScope } from './definitions.ts';
export { pairsOf, type SecretPair } from './definitions.ts';
export type { Format } from './formats.ts';
export { applyFormat, FORMATS, isFormat, parseFormat } from './formats.ts';
export { PROBLEM_MESSAGES, type ProblemMessages } from './problem-messages.ts';
export { GUIDE_STORAGE_PREFIX, guideStoragePrefix, SESSION_STORAGE_PREFIX, STORAGE_PREFIX, sessionStoragePrefix } from './storage-key.ts';
export { templateNames } from './template.ts';
export type { Validation } from './validation-messages.ts';
export { validateValue } from './validation-messages.ts';

export type Values = Readonly<Record<string, string>>;

/**
 * The one registry of a site's variables, built from its configuration: the build, the
 * preferences form and the browser runtime all ask it what a variable is, whether a value is
 * valid, and how it reads in code.
 */
export interface Registry {
  readonly variables: readonly SiteVariable[];
  readonly pairs: readonly SecretPair[];
  get(name: string): SiteVariable | undefined;
  /** Checks what a reader typed; the result's value is what gets stored. */
  check(variable: SiteVariable, input: string): Check;
  /** True when a stored value is exactly what validation would store. */
  isCanonical(variable: SiteVariable, stored: unknown): stored is string;
  /** The text a value reads as in code: booleans become their words, then the format applies. */
  display(variable: SiteVariable, value: string, format?: Format): string;
  /**
   * What a mark of the variable shows: the reader's value, else the guide's default, else the
   * variable's; a computed variable is its template filled in the same way.
   */
  textOf(variable: SiteVariable, values: Values, defaults?: Values, format?: Format): string;
  /**
   * Whether the text comes from the reader's own values (all of them, for a computed one). A value
   * equal to an example default is the example still, however the reader typed it (EXAMPLE.COM).
   */
  isSet(variable: SiteVariable, values: Values): boolean;
  /** Keeps only known names holding canonical values, so hostile storage cannot reach the page. */
  sanitize(raw: Readonly<Record<string, unknown>>, scope?: VariableScope): Record<string, string>;
  /** The defaults a guide sets for its own variables (front matter `sitevars`), valid ones only. */
  guideDefaults(frontMatter: Readonly<Record<string, unknown>> | undefined): Record<string, string>;
}

function checkOf(variable: SiteVariable): (input: string) => Check {
  switch (variable.kind) {
    case 'domain':
      return checkDomain;
    case 'label':
      return checkLabel;
    case 'host':
      return checkHost;
    case 'port':
      return checkPort;
    case 'boolean':
      return checkBoolean;
    case 'select': {
      const values = variable.options.map((option) => option.value);
      return (input) => checkSelect(input, values);
    }
    case 'pattern':
      return (input) => checkPattern(input, variable.pattern, variable.maxLength);
    case 'token':
    case 'secret':
      return (input) => checkToken(input, variable.minLength, variable.maxLength);
    case 'digest':
      return (input) => checkPbkdf2Digest(input, variable.iterations, variable.maxIterations);
    case 'computed':
      return () => ({ ok: false, problem: { code: 'derived' } });
  }
}

export function createRegistry(definitions: readonly SiteVariable[]): Registry {
  const byName = new Map(definitions.map((variable) => [variable.name, variable]));
  const checks = new Map<string, (input: string) => Check>();
  const registry: Registry = {
    variables: definitions,
    pairs: pairsOf(definitions),
    get: (name) => byName.get(name),
    check(variable, input) {
      let check = checks.get(variable.name);
      if (!check) checks.set(variable.name, (check = checkOf(variable)));
      return check(input);
    },
    isCanonical(variable, stored): stored is string {
      if (typeof stored !== 'string' || variable.kind === 'computed') return false;
      const result = registry.check(variable, stored);
      return result.ok && result.value === stored;
    },
    display: displayValue,
    // Whole definitions always carry a default.
    textOf: (variable, values, defaults, format) => shown(variable, registry.get, values, defaults, format).text ?? variable.default,
    isSet: (variable, values) => shown(variable, registry.get, values).set,
    sanitize(raw, scope) {
      const clean: Record<string, string> = {};
      for (const variable of definitions) {
        if (scope !== undefined && variable.scope !== scope) continue;
        if (!Object.hasOwn(raw, variable.name)) continue;
        const value = raw[variable.name];
        if (registry.isCanonical(variable, value)) clean[variable.name] = value;
      }
      return clean;
    },
    guideDefaults(frontMatter) {
      const raw = frontMatter?.sitevars;
      if (typeof raw !== 'object' || raw === null) return {};
      const defaults: Record<string, string> = {};
      for (const [name, value] of Object.entries(raw)) {
        const variable = byName.get(name);
        if (variable && variable.scope !== 'site' && registry.isCanonical(variable, value)) defaults[name] = value;
      }
      return defaults;
    },
  };
  return registry;
}

/**
 * Whether the text shows an example the reader should replace (for a computed one: any part).
 * Not a method of the registry: only the copy button and the marks' tooltips ask, so the core
 * that applies values before first paint does not carry it.
 */
export function isExample(registry: Registry, variable: SiteVariable, values: Values): boolean {
  if (variable.kind !== 'computed') return variable.example === true && !registry.isSet(variable, values);
  return templateNames(variable.template).some((name) => {
    const ref = registry.get(name);
    return ref !== undefined && isExample(registry, ref, values);
  });
}
