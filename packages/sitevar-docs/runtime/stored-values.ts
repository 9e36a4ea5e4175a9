import type { VariableScope } from '../registry/definitions.ts';
import { guideStoragePrefix, STORAGE_PREFIX, sessionStoragePrefix } from '../registry/storage-key.ts';
import type { GuideContext } from './guide-context.ts';
import { checkKey, shared } from './shared-state.ts';

/** What reading storage needs of a variable: the core's definitions and the registry's both have it. */
export interface StoredVariable {
  readonly name: string;
  /** Where it is stored; the core's definitions leave out the most common, `site`. */
  readonly scope?: VariableScope | undefined;
  /** A computed variable's: it is never stored. */
  readonly template?: string | undefined;
  /** A secret's digest, and a digest's secret: the pair is checked together. */
  readonly digest?: string | undefined;
  readonly of?: string | undefined;
}

/**
 * Whether a stored value may be shown: true or false when the reader's check can tell,
 * undefined when only the full check can (the core's patterns accept the common values only).
 */
export type Accepts<V> = (variable: V, value: string) => boolean | undefined;

export interface StoredReading {
  /** Values to show, by name. */
  readonly values: Record<string, string>;
  /** Names holding a value only the full check can rule on (`verify-stored.ts`). */
  readonly waiting: string[];
}

/**
 * Everything stored under this site's keys for the variables, unchecked: site and guide values
 * in localStorage, this guide's credentials in sessionStorage. Storage that throws (blocked,
 * private mode) simply holds nothing.
 */
export function readRawValues(variables: readonly StoredVariable[], context: GuideContext | undefined): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const { name, scope = 'site', template } of variables) {
    if (template !== undefined || (scope !== 'site' && !context)) continue;
    const prefix = scope === 'site' ? STORAGE_PREFIX : scope === 'guide' ? guideStoragePrefix(context!.id) : sessionStoragePrefix(context!.id);
    try {
      const value = (scope === 'credentials' ? sessionStorage : localStorage).getItem(prefix + name);
      if (value !== null) raw[name] = value;
    } catch {
      // Blocked storage: the core said so on <html> as the page began (`STORAGE_BLOCKED`).
    }
  }
  return raw;
}

/**
 * Reads the reader's saved values, each checked before it is shown: by `accepts`, or by what the
 * full check ruled. A secret and its digest are only ever shown together, once checked against
 * each other (storage may hold a pair that does not belong together). A value refused is
 * dropped and its name noted, for the form to say so.
 */
export function readStoredValues<V extends StoredVariable>(variables: readonly V[], accepts: Accepts<V>, context: GuideContext | undefined): StoredReading {
  const raw = readRawValues(variables, context);
  const values: Record<string, string> = {};
  const waiting: string[] = [];
  for (const variable of variables) {
    const value = raw[variable.name];
    if (value === undefined) continue;
    const pair = variable.digest ? [variable.name, variable.digest] : variable.of ? [variable.of, variable.name] : undefined;
    const verdict = pair ? shared.checked.get(checkKey(pair, raw)) : (accepts(variable, value) ?? shared.checked.get(checkKey([variable.name], raw)));
    if (verdict) values[variable.name] = value;
    else if (verdict === false) shared.ignoredNames.add(variable.name);
    else waiting.push(variable.name);
  }
  return { values, waiting };
}
