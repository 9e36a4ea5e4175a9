import { templateRefs, type SiteVariable } from './definitions';
import { applyFormat, type Format } from './formats';

/**
 * What showing a variable's value needs to know of it: the browser's before-paint core carries
 * only this much of each definition (see `core-acceptance.ts`), the registry the whole of it.
 * What a definition carries tells its kind: a computed one has a `template`, a boolean its
 * `text`. The core leaves out a digest's `default` (see `coreDefinitions`): its marks keep the
 * text the build gave them.
 */
export type ShownVariable = Pick<SiteVariable, 'name' | 'example'> & {
  readonly default?: string | undefined;
  readonly text?: { readonly false: string; readonly true: string } | undefined;
  readonly template?: string | undefined;
};

export type Values = Readonly<Record<string, string>>;
export type Lookup = (name: string) => ShownVariable | undefined;

const own = (values: Values, name: string) => (Object.hasOwn(values, name) ? values[name] : undefined);

/** The text a value reads as in code: booleans become their words, then the format applies. */
export function displayValue(variable: ShownVariable, value: string, format?: Format): string {
  const text = variable.text ? variable.text[value === 'true' ? 'true' : 'false'] : value;
  return applyFormat(text, format);
}

/**
 * What a mark of the variable shows: the reader's value, else the guide's default, else the
 * variable's; a computed variable is its template filled in the same way. Undefined where the
 * definition carries no default (the core's digest): the mark shows what the build gave it.
 */
export function shownText(variable: ShownVariable, lookup: Lookup, values: Values, defaults: Values = {}, format?: Format): string | undefined {
  if (variable.template !== undefined) {
    const filled = variable.template.replace(/\{([a-z][\w-]*)\}/g, (whole, name: string) => {
      const ref = lookup(name);
      const part = ref && ref.template === undefined ? shownText(ref, lookup, values, defaults) : undefined;
      return part ?? whole;
    });
    return applyFormat(filled, format);
  }
  const value = own(values, variable.name) ?? defaults[variable.name] ?? variable.default;
  return value === undefined ? undefined : displayValue(variable, value, format);
}

/**
 * Whether the text comes from the reader's own values (all of them, for a computed one). A value
 * equal to an example default is the example still, however the reader typed it (EXAMPLE.COM).
 */
export function isShownSet(variable: ShownVariable, lookup: Lookup, values: Values): boolean {
  const names = variable.template === undefined ? [variable.name] : templateRefs(variable.template);
  return names.every((name) => {
    const value = own(values, name);
    const ref = lookup(name);
    return value !== undefined && !(ref?.example && value === ref.default);
  });
}
