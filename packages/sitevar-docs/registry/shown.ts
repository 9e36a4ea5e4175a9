import { templateRefs, type SiteVariable } from './definitions';
import { applyFormat, type Format } from './formats';

/**
 * What showing a variable's value needs to know of it: the browser's before-paint core carries
 * only this much of each definition (see `core-acceptance.ts`), the registry the whole of it.
 */
export type ShownVariable = Pick<SiteVariable, 'name' | 'kind' | 'default' | 'example'> & {
  readonly text?: { readonly false: string; readonly true: string } | undefined;
  readonly template?: string | undefined;
};

export type Values = Readonly<Record<string, string>>;
export type Lookup = (name: string) => ShownVariable | undefined;

const own = (values: Values, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined);

/** The text a value reads as in code: booleans become their words, then the format applies. */
export function displayValue(variable: ShownVariable, value: string, format?: Format): string {
  const text = variable.kind === 'boolean' && variable.text ? variable.text[value === 'true' ? 'true' : 'false'] : value;
  return applyFormat(text, format);
}

/**
 * What a mark of the variable shows: the reader's value, else the guide's default, else the
 * variable's; a computed variable is its template filled in the same way.
 */
export function shownText(variable: ShownVariable, lookup: Lookup, values: Values, defaults: Values = {}, format?: Format): string {
  if (variable.kind === 'computed') {
    const filled = (variable.template ?? '').replace(/\{([a-z][\w-]*)\}/g, (whole, name: string) => {
      const ref = lookup(name);
      return ref && ref.kind !== 'computed' ? shownText(ref, lookup, values, defaults) : whole;
    });
    return applyFormat(filled, format);
  }
  return displayValue(variable, own(values, variable.name) ?? defaults[variable.name] ?? variable.default, format);
}

/**
 * Whether the text comes from the reader's own values (all of them, for a computed one). A value
 * equal to an example default is the example still, however the reader typed it (EXAMPLE.COM).
 */
export function isShownSet(variable: ShownVariable, lookup: Lookup, values: Values): boolean {
  const names = variable.kind === 'computed' ? templateRefs(variable.template ?? '') : [variable.name];
  return names.every((name) => {
    const value = own(values, name);
    const ref = lookup(name);
    return value !== undefined && !(ref?.example && value === ref.default);
  });
}
