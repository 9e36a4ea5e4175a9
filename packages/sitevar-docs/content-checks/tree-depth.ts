import type { Root } from 'mdast';
import type { Node } from 'unist';
import { MAX_NESTING_DEPTH } from './limits.ts';

/**
 * Nodes that nest: each is one level of `MAX_NESTING_DEPTH`. (A list's items, a paragraph in
 * one, the rows of a table are not levels of their own: they add a fixed few nodes at most.)
 */
const NESTING = new Set([
  'list',
  'blockquote',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'footnoteDefinition',
]);

/**
 * The first node (in document order) that nests more than `MAX_NESTING_DEPTH` levels deep, or
 * undefined. Walks the tree with a stack of its own: a tree too deep for the checks' recursive
 * walks is what it looks for, so it cannot be one.
 */
export function tooDeeplyNested(tree: Root): Node | undefined {
  const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth: above } = stack.pop()!;
    const depth = above + (NESTING.has(node.type) ? 1 : 0);
    if (depth > MAX_NESTING_DEPTH) return node;
    const children = (node as { children?: Node[] }).children;
    // Pushed last child first, so the first child is looked at first.
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, depth });
  }
  return undefined;
}
