/*
 * `{name}` templates, read one way everywhere: a UI string's parts (`{date}`, `{group}`), a
 * computed variable's references (`https://{subdomain}.{domain}/`), a help text's live values
 * and the guides' heading patterns (`{title} with {section}`). Text outside braces is text; a
 * name starts with a letter or an underscore and goes on with letters, digits, `_` and `-`.
 */

/** The name in braces; one pattern, so every template splits the same way. */
const PART = /\{([A-Za-z_][\w-]*)\}/g;

export type TemplatePart = { readonly text: string } | { readonly name: string };

/** The template as its text and its `{name}` parts, in order (empty text left out). */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PART)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** The names a template refers to, in order, repeats included. */
export const templateNames = (template: string): string[] => [...template.matchAll(PART)].map((match) => match[1]!);

/** The template with each `{name}` replaced by `partOf(name)`; a part it has no value for stays as written. */
export const fillTemplate = (template: string, partOf: (name: string) => string | undefined): string =>
  template.replace(PART, (whole, name: string) => partOf(name) ?? whole);
