import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Turns each highlighted code block into one HTML string as soon as it is built, the way MDX's
 * static optimisation would at the very end: the passes in between then step over one node per
 * block instead of thousands of token spans. Blocks never hold components, so nothing is lost.
 */
export function rehypeStaticCode() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const isCodeBlock = node.tagName === 'figure' && (node.properties.className as string[] | undefined)?.includes('code-block');
      if (!isCodeBlock) return undefined;
      // An MDX fragment with its HTML set: the node the MDX optimiser makes of static HTML.
      parent.children[index] = {
        type: 'mdxJsxFlowElement',
        name: 'Fragment',
        attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: toHtml(node) }],
        children: [],
      } as unknown as Element;
      return SKIP;
    });
  };
}
