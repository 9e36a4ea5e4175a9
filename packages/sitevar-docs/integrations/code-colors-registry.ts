/**
 * The code colours every guide's blocks use, for the stylesheet `astro-code-colors.ts` serves.
 * Guides are rendered by the collection's loader, which Astro runs from the site's content
 * config in its own module graph: the rules meet the integration on the process's global, under
 * a key of the engine's.
 */
const KEY = Symbol.for('sitevar-docs.code-colors');
const holder = globalThis as { [KEY]?: Set<string> };

/** The rules of a code colours stylesheet (`.c-1a2b{…}`), as the engine writes them (`markdown/code-color-rules.ts`): CSS of its own, not a page's HTML. */
export function cssRules(css: string): string[] {
  return css.match(/\.[\w-]+\{[^}]*\}/g) ?? [];
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
