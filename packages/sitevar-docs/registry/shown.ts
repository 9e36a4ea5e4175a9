import type { SiteVariable } from './definitions.ts';
import { applyFormat, type Format } from './formats.ts';
import { fillTemplate } from './template.ts';

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

/** The text a value reads as in code: booleans become their words, then the format applies. */
export function displayValue(variable: ShownVariable, value: string, format?: Format): string {
  const text = variable.text ? variable.text[value === 'true' ? 'true' : 'false'] : value;
  return applyFormat(text, format);
}

/** What a mark of a variable shows, and whether that is the reader's own. */
export interface Shown {
  /** Undefined where the definition carries no default (the core's digest): the mark keeps the text the build gave it. */
  readonly text: string | undefined;
  /**
   * Whether the text comes from the reader's own values (all of them, for a computed one). A
   * value equal to an example default is the example still, however the reader typed it.
   */
  readonly set: boolean;
}

/**
 * What a mark of the variable shows: the reader's value, else the guide's default, else the
 * variable's; a computed variable is its template filled in the same way, and the reader's own
 * only when every part is.
 */
export function shown(variable: ShownVariable, lookup: Lookup, values: Values, defaults: Values = {}, format?: Format): Shown {
  if (variable.template !== undefined) {
    let set = true;
    const filled = fillTemplate(variable.template, (name) => {
      const ref = lookup(name);
      const part = ref && ref.template === undefined ? shown(ref, lookup, values, defaults) : undefined;
      set &&= !!part?.set;
      return part?.text;
    });
    return { text: applyFormat(filled, format), set };
  }
  const own = Object.hasOwn(values, variable.name) ? values[variable.name] : undefined;
  const value = own ?? defaults[variable.name] ?? variable.default;
  return {
    text: value === undefined ? undefined : displayValue(variable, value, format),
    set: own !== undefined && !(variable.example && own === variable.default),
  };
}
