import { type CST, type Document, isMap, isPair, isScalar, isSeq, type Node, Parser } from 'yaml';
import { MAX_NESTING_DEPTH } from './limits.ts';

/** Collections of YAML's concrete syntax tree: each is a level of nesting. */
const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * The offset of the first collection nested more than `MAX_NESTING_DEPTH` deep, or undefined.
 * The library's concrete syntax tree is built without recursion, and walked here with a stack of
 * its own; composing a document recurses, and runs out of stack on deep nesting.
 */
export function tooDeeplyNestedOffset(text: string, onNewLine?: (offset: number) => void): number | undefined {
  const stack: { token: CST.Token | undefined; depth: number }[] = [];
  for (const token of new Parser(onNewLine).parse(text)) stack.push({ token, depth: 0 });
  stack.reverse();
  while (stack.length > 0) {
    const { token, depth: above } = stack.pop()!;
    if (!token) continue;
    const depth = above + (COLLECTIONS.has(token.type) ? 1 : 0);
    if (depth > MAX_NESTING_DEPTH) return 'offset' in token ? token.offset : undefined;
    const children: (CST.Token | undefined)[] = [];
    if ('value' in token && typeof token.value === 'object') children.push(token.value);
    if ('items' in token) for (const item of token.items) children.push(item.key ?? undefined, item.value);
    for (let index = children.length - 1; index >= 0; index--) stack.push({ token: children[index], depth });
  }
  return undefined;
}

/**
 * The offsets of the keys that a mapping already has, as the YAML library's `uniqueKeys` reports
 * them ("Map keys must be unique"), found in one walk with a set per mapping: the library compares
 * each key with every earlier one, which a block or front matter of many keys makes slow.
 * Scalar keys are equal when their values are (the library's rule); other keys never are.
 */
export function duplicateKeyOffsets(document: Document): number[] {
  const offsets: number[] = [];
  // A stack of its own: nesting is bounded elsewhere, but a walk need not rely on it.
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isScalar(key)) {
          const id = `${typeof key.value}:${String(key.value)}`;
          if (seen.has(id)) offsets.push(key.range?.[0] ?? 0);
          else seen.add(id);
        }
        stack.push(pair.value, pair.key);
      }
    } else if (isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) stack.push(node.items[index]);
    } else if (isPair(node)) {
      stack.push(node.value, node.key);
    }
  }
  return offsets.sort((a, b) => a - b);
}

/** Offset of the key (or, failing that, the value) at a path, to point at the right line. */
export function offsetOf(document: Document, path: readonly PropertyKey[], key?: string): number | undefined {
  const parent = path.length === 0 ? document.contents : (document.getIn(path.map(String), true) as Node | undefined);
  if (key !== undefined && isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair && isScalar(pair.key)) return pair.key.range?.[0];
  }
  if (path.length > 0) {
    const container = path.length === 1 ? document.contents : (document.getIn(path.slice(0, -1).map(String), true) as Node | undefined);
    if (isMap(container)) {
      const pair = container.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
      if (pair && isScalar(pair.key)) return pair.key.range?.[0];
    }
  }
  return parent && 'range' in parent ? parent.range?.[0] : undefined;
}
