/**
 * The code colours every guide's blocks use, for the stylesheet `astro-code-colors.ts` serves.
 * Guides are rendered by the collection's loader, which Astro runs from the site's content
 * config in its own module graph: the rules meet the integration on the process's global, under
 * a key of the engine's.
 */
const KEY = Symbol.for('sitevar-docs.code-colors');
const holder = globalThis as { [KEY]?: Set<string> };

/** The rules of a code colours stylesheet (`.c-1a2b{…}`), as the style-to-class transformer writes them. */
export function cssRules(css: string): string[] {
  return css.match(/\.[\w-]+\{[^}]*\}/g) ?? [];
}

/** The rules of a stylesheet whose classes the HTML uses. */
export function usedRules(css: string, html: string): string {
  const used = new Set([...html.matchAll(/\bclass="([^"]*)"/g)].flatMap((match) => match[1]!.split(' ')));
  return cssRules(css)
    .filter((rule) => used.has(rule.slice(1, rule.indexOf('{'))))
    .join('');
}

/** Adds a stylesheet's rules, each kept once. */
export function addCodeColors(css: string): void {
  const rules = (holder[KEY] ??= new Set());
  for (const rule of cssRules(css)) rules.add(rule);
}

/** Every rule added so far, in a stable order. */
export function collectedCodeColors(): string {
  return [...(holder[KEY] ?? [])].sort().join('');
}
