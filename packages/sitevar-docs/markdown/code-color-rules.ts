import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/*
 * Token colours are classes (`c-1a2b`), each with its rule in the site's code colours stylesheet
 * (Shiki's style-to-class transformer keeps the registry). A guide keeps the rules its blocks
 * use: the classes are read from its tree as it is rendered, and the rules from the registry,
 * never from the HTML.
 */

/** The prefix of a code colour's class. */
export const CODE_COLOR_PREFIX = 'c-';

declare module 'vfile' {
  interface DataMap {
    /** The code colour classes the guide's blocks use (`rehypeCodeColorClasses`). */
    codeColorClasses: Set<string>;
  }
}

/** Notes on the file which code colour classes its tree uses, before the blocks become HTML strings (`rehype-static-code.ts`). */
export function rehypeCodeColorClasses() {
  return (tree: Root, file: VFile) => {
    const used = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      // Shiki writes `class` (text, or a list on a block's <pre>), rehype a `className` list.
      const names = [node.properties.className, node.properties.class]
        .flatMap((value) => (Array.isArray(value) ? value : [value]))
        .flatMap((value) => (typeof value === 'string' ? value.split(' ') : []));
      for (const name of names) if (name.startsWith(CODE_COLOR_PREFIX)) used.add(name);
    });
    file.data.codeColorClasses = used;
  };
}

/** A style as the transformer's registry holds it: its text, or its properties. */
type RegisteredStyle = string | Record<string, string>;

/**
 * The rules of the given classes, as CSS, in the registry's order: what the transformer's
 * `getCSS()` writes for them (code-color-rules.test.ts holds the two equal).
 */
export function codeColorRules(registry: ReadonlyMap<string, RegisteredStyle>, classes: ReadonlySet<string>): string {
  let css = '';
  for (const [className, style] of registry) {
    if (!classes.has(className)) continue;
    const text =
      typeof style === 'string'
        ? style
        : Object.entries(style)
            .map(([key, value]) => `${key}:${value}`)
            .join(';');
    css += `.${className}{${text}}`;
  }
  return css;
}
